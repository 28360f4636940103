import type { RoomState } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { memberName } from './memberName';

/** The agenda items in the order they were proposed. */
export function AgendaList({ state }: { state: RoomState }) {
  const { t } = useTranslation();
  const items = state.itemOrder.flatMap((id) => state.items[id] ?? []);
  if (items.length === 0) return <p className="hint">{t('room.agenda.empty')}</p>;
  return (
    <ol className="agenda">
      {items.map((item) => (
        <li key={item.id} className="card agenda__item">
          <h3 className="agenda__title">{item.title}</h3>
          {item.description && <p className="agenda__description">{item.description}</p>}
          <p className="hint">
            {item.proposedBy === null
              ? t('room.agenda.proposedByHost')
              : t('room.agenda.proposedBy', {
                  name: memberName(state, item.proposedBy) ?? t('common.unknownMember'),
                })}
          </p>
        </li>
      ))}
    </ol>
  );
}
