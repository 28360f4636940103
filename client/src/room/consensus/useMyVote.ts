/** Your own response in a round: the ballot the server named yours, and its level as far as it can be known. */
import { own, type ConsensusLevel, type Round } from '@dr/shared';
import { useCallback, useState } from 'react';
import { useRoomView } from '../../live/RoomContext';
import { loadVotes, saveVote } from './myVotes';

export interface MyVote {
  ballotId: string | null;
  level: ConsensusLevel | null;
  reason: string | null;
  /** Remember what you just sent (the server's ack has already named the ballot). */
  remember: (level: ConsensusLevel) => void;
}

/** `forId`: the principal a proxy holder votes for (their ballot is the principal's, cast by you). */
export function useMyVote(round: Round, forId?: string): MyVote {
  const { roomId, you, youId } = useRoomView();
  const key = forId ? `${round.id}:${forId}` : round.id;
  const [sent, setSent] = useState(() => own(loadVotes(roomId), key) ?? null);
  const named = youId
    ? Object.entries(round.ballots).find(([, b]) =>
        forId ? b.memberId === forId && b.castBy === youId : b.memberId === youId,
      )?.[0]
    : undefined;
  // In an anonymous round no ballot says it was cast for the principal: what this phone sent is all it knows.
  const ballotId = forId ? (named ?? (sent === null ? null : key)) : (own(you.ballots, round.id) ?? named ?? null);
  const ballot = ballotId ? own(round.ballots, ballotId) : undefined;
  const remember = useCallback(
    (level: ConsensusLevel) => {
      saveVote(roomId, key, level);
      setSent(level);
    },
    [roomId, key],
  );
  return {
    ballotId,
    level: ballot ? (ballot.level ?? sent) : forId ? sent : null,
    reason: ballot?.reason ?? null,
    remember,
  };
}
