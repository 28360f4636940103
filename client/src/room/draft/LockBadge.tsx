import { own, type AgendaItem, type RoomState } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import './LockBadge.css';

/** "Locked" on a draft nobody may change now, and why: a consensus check, or the host. */
export function LockBadge({
  state,
  item,
  size = 'room',
}: {
  state: RoomState;
  item: AgendaItem;
  size?: 'room' | 'board';
}) {
  const { t } = useTranslation();
  if (!item.draftLocked) return null;
  const underRound = item.roundIds.some((id) => own(state.rounds, id)?.status === 'open');
  return (
    <p className={`lock-badge lock-badge--${size}`}>
      <span className="lock-badge__tag">{t('draft.locked')}</span>
      <span className="lock-badge__why">{t(underRound ? 'draft.lockedByRound' : 'draft.lockedByHost')}</span>
    </p>
  );
}
