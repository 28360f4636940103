import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { AgendaItem } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { ScheduledItemActions } from './ScheduledItemActions';
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
        <span className="agenda__number">{index + 1}</span>
        <div className="agenda__body">
          <span className="agenda__title">{item.title}</span>
          <span className="agenda__meta">
            {active && <span className="tag tag--active">{t('room.agenda.activeTag')}</span>}
            <span className="tag tag--step">{t(`steps.${item.step}.short`)}</span>
            {item.timeboxSec !== null && (
              <span className="hint">{t('room.agenda.timebox', { minutes: Math.round(item.timeboxSec / 60) })}</span>
            )}
          </span>
        </div>
      </div>
      <ScheduledItemActions item={item} index={index} count={count} />
    </li>
  );
}
