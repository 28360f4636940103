import { own } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { roundsOf } from './rounds';

/**
 * Tells screen readers when a consensus check on the topic opens, closes or is voided. Visually
 * hidden: the panel itself shows the same on screen.
 */
export function RoundAnnouncer() {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const item = state.activeItemId ? own(state.items, state.activeItemId) : undefined;
  const round = item ? roundsOf(state, item.id).at(-1) : undefined;
  let said = '';
  if (item && round?.status === 'open') said = t('consensus.announce.opened', { title: item.title });
  else if (item && round?.result)
    said = t('consensus.announce.closed', {
      title: item.title,
      outcome: t(`consensus.outcome.${round.result.outcome}`),
    });
  else if (item && round?.status === 'void') said = t('consensus.announce.voided', { title: item.title });
  return (
    <div className="visually-hidden" aria-live="polite">
      {said}
    </div>
  );
}
