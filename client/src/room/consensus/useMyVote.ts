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

export function useMyVote(round: Round): MyVote {
  const { roomId, you, youId } = useRoomView();
  const [sent, setSent] = useState(() => own(loadVotes(roomId), round.id) ?? null);
  const named = youId ? Object.entries(round.ballots).find(([, b]) => b.memberId === youId)?.[0] : undefined;
  const ballotId = own(you.ballots, round.id) ?? named ?? null;
  const ballot = ballotId ? own(round.ballots, ballotId) : undefined;
  const remember = useCallback(
    (level: ConsensusLevel) => {
      saveVote(roomId, round.id, level);
      setSent(level);
    },
    [roomId, round.id],
  );
  return {
    ballotId,
    level: ballot ? (ballot.level ?? sent) : null,
    reason: ballot?.reason ?? null,
    remember,
  };
}
