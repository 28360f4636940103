import { own } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import './RejectedList.css';

/** Topics that were not taken up, each with the host's reason, so nobody wonders what happened. */
export function RejectedList() {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const rejected = state.itemOrder.flatMap((id) => own(state.items, id) ?? []).filter((i) => i.status === 'rejected');
  if (rejected.length === 0) return null;
  return (
    <div className="stack">
      <h3>{t('room.rejected.heading')}</h3>
      <ul className="plain-list rejected">
        {rejected.map((item) => (
          <li key={item.id} className="rejected__item">
            <span className="rejected__title">{item.title}</span>
            <span className="hint">{t('room.rejected.reason', { reason: item.rejectReason ?? '' })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
