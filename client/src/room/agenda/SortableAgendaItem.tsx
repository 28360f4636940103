import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { AgendaItem } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { ScheduledItemActions } from './ScheduledItemActions';
import { AgendaItemLine } from './AgendaItemLine';
import './agenda.css';

interface Props {
  item: AgendaItem;
  index: number;
  count: number;
  active: boolean;
}

/** One topic in the host's agenda: a drag handle (mouse, touch or keyboard) and its actions. */
export function SortableAgendaItem({ item, index, count, active }: Props) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  const classes = ['agenda__item', 'agenda__item--host'];
  if (active) classes.push('agenda__item--active');
  if (isDragging) classes.push('agenda__item--dragging');

  return (
    <li
      ref={setNodeRef}
      className={classes.join(' ')}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-current={active ? 'true' : undefined}
    >
      <div className="agenda__head">
        <button type="button" className="button drag-handle" ref={setActivatorNodeRef} {...attributes} {...listeners}>
          <span aria-hidden="true">⠿ </span>
          {t('room.agenda.drag')}
          <span className="visually-hidden"> {item.title}</span>
        </button>
        <AgendaItemLine item={item} index={index} active={active} />
      </div>
      <ScheduledItemActions item={item} index={index} count={count} />
    </li>
  );
}
