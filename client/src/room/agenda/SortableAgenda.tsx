import { own } from '@dr/shared';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { SortableAgendaItem } from './SortableAgendaItem';
import './agenda.css';

/** A dropped order shown until the server's answer changes the agenda (it is then replaced). */
interface Pending {
  base: readonly string[];
  order: string[];
}

/** The host's agenda (定议程): drag to reorder with a mouse, a finger or the keyboard. */
export function SortableAgenda() {
  const { t } = useTranslation();
  const { state, send } = useRoomView();
  const { run, error, dismiss } = useCommand(send);
  const [pending, setPending] = useState<Pending | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const order = pending && pending.base === state.agenda ? pending.order : state.agenda;
  const items = order.flatMap((id) => own(state.items, id) ?? []);
  if (items.length === 0) return <p className="hint">{t('room.agenda.empty')}</p>;

  const titleOf = (id: UniqueIdentifier) => own(state.items, String(id))?.title ?? '';
  const placeOf = (id: UniqueIdentifier) => order.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('room.agenda.dnd.pickedUp', { title: titleOf(active.id), place: placeOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('room.agenda.dnd.over', { title: titleOf(active.id), place: placeOf(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('room.agenda.dnd.dropped', { title: titleOf(active.id), place: placeOf(over.id) }) : undefined,
    onDragCancel: ({ active }) => t('room.agenda.dnd.cancelled', { title: titleOf(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const itemId = String(active.id);
    const position = order.indexOf(String(over.id));
    setPending({ base: state.agenda, order: arrayMove(order, order.indexOf(itemId), position) });
    void run({ type: 'agenda.reorder', itemId, position }).then((ok) => {
      if (!ok) setPending(null);
    });
  };

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('room.agenda.dnd.instructions') } }}
      >
        <SortableContext items={order} strategy={verticalListSortingStrategy}>
          <ol className="plain-list agenda">
            {items.map((item, index) => (
              <SortableAgendaItem
                key={item.id}
                item={item}
                index={index}
                count={items.length}
                active={item.id === state.activeItemId}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </>
  );
}
