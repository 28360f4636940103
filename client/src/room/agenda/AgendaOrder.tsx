import { own } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { AgendaItemLine } from './AgendaItemLine';
import './agenda.css';

/** The agenda as scheduled (定议程), with each topic's step and the one under discussion marked. */
export function AgendaOrder() {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const items = state.agenda.flatMap((id) => own(state.items, id) ?? []);
  if (items.length === 0) return <p className="hint">{t('room.agenda.empty')}</p>;
  return (
    <ol className="plain-list agenda">
      {items.map((item, index) => {
        const active = item.id === state.activeItemId;
        return (
          <li
            key={item.id}
            className={active ? 'agenda__item agenda__item--active' : 'agenda__item'}
            aria-current={active ? 'true' : undefined}
          >
            <AgendaItemLine item={item} index={index} active={active} />
          </li>
        );
      })}
    </ol>
  );
}
