import { servingOrder } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { MemberLabel } from '../meeting/MemberLabel';
import { useRoomView } from '../../live/RoomContext';
import { QueueEntryControls } from './QueueEntryControls';
import './QueueList.css';

/** The raised hands in the order they will be served (the same order for everyone). */
export function QueueList({ controls = false }: { controls?: boolean }) {
  const { t } = useTranslation();
  const { state, youId } = useRoomView();
  const order = servingOrder(state);
  if (order.length === 0) return <p className="hint">{t('room.queue.empty')}</p>;
  return (
    <>
      <p className="hint">{t('room.queue.waiting', { count: order.length })}</p>
      <ol className="plain-list queue">
        {order.map((entry) => (
          <li
            key={entry.memberId}
            className={entry.memberId === youId ? 'queue__item queue__item--you' : 'queue__item'}
          >
            <div className="queue__who">
              <MemberLabel memberId={entry.memberId} />
              {entry.kind !== 'speak' && (
                <span className={`tag tag--kind tag--${entry.kind}`}>{t(`handKinds.${entry.kind}.name`)}</span>
              )}
            </div>
            {controls && <QueueEntryControls memberId={entry.memberId} />}
          </li>
        ))}
      </ol>
    </>
  );
}
