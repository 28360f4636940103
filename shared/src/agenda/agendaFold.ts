/** Folds the agenda's events (定议题 · 定议程): proposals, support, the order, the active item, facts. */
import { assertNever } from '../core/errors.js';
import type { EventOf } from '../model/events.js';
import type { AgendaItem, RoomState } from '../model/state.js';
import { updateItem } from '../model/updates.js';

/** The events this fold takes; room/apply.ts hands each to the fold whose list names it. */
export const AGENDA_EVENTS = [
  'agenda.proposed',
  'agenda.supported',
  'agenda.unsupported',
  'agenda.edited',
  'agenda.scheduled',
  'agenda.unscheduled',
  'agenda.reordered',
  'agenda.rejected',
  'agenda.activated',
  'agenda.deactivated',
  'agenda.stepSet',
  'agenda.factAdded',
  'interest.declared',
  'interest.withdrawn',
  'agenda.factRetracted',
] as const;
export type AgendaEvent = EventOf<(typeof AGENDA_EVENTS)[number]>;

/** `apply` for the agenda's events; `s` already carries the event's seq and time. */
export function foldAgenda(s: RoomState, event: AgendaEvent): RoomState {
  switch (event.type) {
    case 'agenda.proposed': {
      const item: AgendaItem = {
        id: event.itemId,
        title: event.title,
        description: event.description,
        proposedBy: event.proposedBy,
        proposedAt: event.at,
        status: 'proposed',
        step: 'collecting',
        supporters: [],
        facts: [],
        timeboxSec: null,
        rejectReason: null,
        activatedAt: null,
        draftLocked: false,
        versions: [],
        roundIds: [],
        decisionIds: [],
        interests: [],
        category: event.category ?? null,
      };
      return { ...s, items: { ...s.items, [item.id]: item }, itemOrder: [...s.itemOrder, item.id] };
    }
    case 'agenda.supported':
      return updateItem(s, event.itemId, (i) => ({ supporters: [...i.supporters, event.memberId] }));
    case 'agenda.unsupported':
      return updateItem(s, event.itemId, (i) => ({ supporters: i.supporters.filter((m) => m !== event.memberId) }));
    case 'agenda.edited':
      return updateItem(s, event.itemId, () => ({
        title: event.title,
        description: event.description,
        timeboxSec: event.timeboxSec,
        // Histories from before categories leave it as it was.
        ...(event.category === undefined ? {} : { category: event.category }),
      }));
    case 'agenda.scheduled':
      return updateItem({ ...s, agenda: insertAt(s.agenda, event.itemId, event.position) }, event.itemId, () => ({
        status: 'scheduled',
        rejectReason: null,
      }));
    case 'agenda.unscheduled':
      return updateItem({ ...s, agenda: s.agenda.filter((i) => i !== event.itemId) }, event.itemId, () => ({
        status: 'proposed',
      }));
    case 'agenda.reordered':
      return { ...s, agenda: insertAt(s.agenda, event.itemId, event.position) };
    case 'agenda.rejected':
      return updateItem({ ...s, agenda: s.agenda.filter((i) => i !== event.itemId) }, event.itemId, () => ({
        status: 'rejected',
        rejectReason: event.reason,
      }));
    case 'agenda.activated':
      return updateItem({ ...s, activeItemId: event.itemId }, event.itemId, () => ({ activatedAt: event.at }));
    case 'agenda.deactivated':
      return { ...s, activeItemId: null };
    case 'interest.declared': {
      const declared = { memberId: event.memberId, note: event.note, declaredAt: event.at, declaredBy: event.actor };
      return updateItem(s, event.itemId, (i) => ({
        interests: i.interests.some((d) => d.memberId === event.memberId)
          ? i.interests.map((d) => (d.memberId === event.memberId ? declared : d))
          : [...i.interests, declared],
      }));
    }
    case 'interest.withdrawn':
      return updateItem(s, event.itemId, (i) => ({
        interests: i.interests.filter((d) => d.memberId !== event.memberId),
      }));
    case 'agenda.stepSet':
      return updateItem(s, event.itemId, () => ({ step: event.step }));
    case 'agenda.factAdded':
      return updateItem(s, event.itemId, (i) => ({
        facts: [
          ...i.facts,
          {
            id: event.factId,
            text: event.text,
            source: event.source,
            addedBy: event.actor,
            at: event.at,
            retracted: null,
          },
        ],
      }));
    case 'agenda.factRetracted':
      return updateItem(s, event.itemId, (i) => ({
        facts: i.facts.map((f) =>
          f.id === event.factId ? { ...f, retracted: { reason: event.reason, by: event.actor, at: event.at } } : f,
        ),
      }));
    default:
      return assertNever(event);
  }
}

/** `list` without `id`, then `id` inserted at `position` (clamped to the end). */
function insertAt(list: readonly string[], id: string, position: number): string[] {
  const rest = list.filter((x) => x !== id);
  return [...rest.slice(0, position), id, ...rest.slice(position)];
}
