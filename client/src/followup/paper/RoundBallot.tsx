import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import PaperDownload from './PaperDownload';

/**
 * "Print paper ballots" in the host's round controls while a round is open on the topic: the
 * ballots' counts go into the round's in-room count. Part of the host console's chunk.
 */
export function RoundBallot() {
  const { t } = useTranslation('followup');
  const { roomId, token, state } = useRoomView();
  // An item has at most one open round.
  const round = Object.values(state.rounds).find((r) => r.status === 'open' && r.itemId === state.activeItemId);
  if (!round) return null;
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
