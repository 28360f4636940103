import { own } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { currentRound } from '../../room/consensus/rounds';
import PaperDownload from './PaperDownload';

/**
 * "Print paper ballots" in the host's round controls while a round is open on the topic: the
 * ballots' counts go into the round's in-room count. Part of the host console's chunk.
 */
export function RoundBallot() {
  const { t } = useTranslation('followup');
  const { roomId, token, state } = useRoomView();
  const item = state.activeItemId ? own(state.items, state.activeItemId) : undefined;
  const round = item ? currentRound(state, item.id) : undefined;
  if (!round || round.status !== 'open') return null;
  return (
    <PaperDownload
      url={`/api/rooms/${encodeURIComponent(roomId)}/rounds/${encodeURIComponent(round.id)}/ballot.pdf`}
      token={token}
      fallbackName={`ballot-${round.id}.pdf`}
      label={t('paper.ballot')}
      hint={t('paper.ballotHint')}
    />
  );
}
