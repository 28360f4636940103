/** Folds one event into the room state. Pure; runs on the server and in the browser. */
import { assertNever, type RoomEvent } from './protocol.js';
import type { RoomState } from './state.js';

/** Returns the state after `event`; never mutates its input. */
export function apply(state: RoomState, event: RoomEvent): RoomState {
  const next = { ...state, seq: event.seq, updatedAt: event.at };
  switch (event.type) {
    case 'room.created':
      return { ...next, roomId: event.roomId, title: event.title, locale: event.locale, createdAt: event.at };
    case 'member.joined':
      return {
        ...next,
        members: {
          ...state.members,
          [event.memberId]: {
            id: event.memberId,
            name: event.name,
            role: event.role,
            presence: event.presence,
            joinedAt: event.at,
          },
        },
      };
    case 'agenda.proposed':
      return {
        ...next,
        items: {
          ...state.items,
          [event.itemId]: {
            id: event.itemId,
            title: event.title,
            description: event.description,
            proposedBy: event.proposedBy,
            proposedAt: event.at,
            status: 'proposed',
          },
        },
        itemOrder: [...state.itemOrder, event.itemId],
      };
    case 'queue.raised':
      return { ...next, queue: [...state.queue, { memberId: event.memberId, raisedAt: event.at }] };
    case 'queue.lowered':
      return { ...next, queue: state.queue.filter((e) => e.memberId !== event.memberId) };
    case 'speaker.started':
      return {
        ...next,
        queue: state.queue.filter((e) => e.memberId !== event.memberId),
        speaker: { memberId: event.memberId, itemId: event.itemId, startedAt: event.at },
        turns: [...state.turns, { memberId: event.memberId, itemId: event.itemId, startedAt: event.at, endedAt: null }],
      };
    case 'speaker.ended':
      return {
        ...next,
        speaker: null,
        turns: state.turns.map((t) =>
          t.endedAt === null && t.memberId === event.memberId ? { ...t, endedAt: event.at } : t,
        ),
      };
    default:
      return assertNever(event);
  }
}

/** Folds a list of events in order. */
export function applyAll(state: RoomState, events: readonly RoomEvent[]): RoomState {
  return events.reduce(apply, state);
}
