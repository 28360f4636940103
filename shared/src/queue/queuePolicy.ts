/**
 * Who gets the floor next. Points of order come first, then direct replies, then everyone else in
 * the order the room's policy gives (定会纪). The same order is shown to everyone ("you are 3rd").
 */
import { own } from '../core/own.js';
import type { Member, QueueEntry, RoomState } from '../model/state.js';
import type { Presence } from '../core/vocabulary.js';

/** The queue in the order `queue.next` will serve it. */
export function servingOrder(state: RoomState): QueueEntry[] {
  const pointsOfOrder = state.queue.filter((e) => e.kind === 'pointOfOrder');
  const replies = state.queue.filter((e) => e.kind === 'reply');
  const speakers = state.queue.filter((e) => e.kind === 'speak');
  return [...pointsOfOrder, ...replies, ...orderSpeakers(state, speakers)];
}

/** The entry that `queue.next` gives the floor to, or null when nobody is waiting. */
export function pickNext(state: RoomState): QueueEntry | null {
  return servingOrder(state)[0] ?? null;
}

/** 1-based place of a member in serving order, or null when not waiting. */
export function placeInQueue(state: RoomState, memberId: string): number | null {
  const index = servingOrder(state).findIndex((e) => e.memberId === memberId);
  return index === -1 ? null : index + 1;
}

/** Turns a member has had on the active item, counting the one in progress. */
export function turnsOnActiveItem(state: RoomState, memberId: string): number {
  const finished = state.turns.filter((t) => t.memberId === memberId && t.itemId === state.activeItemId).length;
  const current = state.speaker?.memberId === memberId && state.speaker.itemId === state.activeItemId ? 1 : 0;
  return finished + current;
}

function orderSpeakers(state: RoomState, entries: QueueEntry[]): QueueEntry[] {
  switch (state.rules.queuePolicy) {
    case 'fifo':
      return entries;
    case 'firstTimeFirst': {
      // Stable: newcomers keep their relative order, and so do those who have spoken before.
      const newcomers = entries.filter((e) => turnsOnActiveItem(state, e.memberId) === 0);
      return [...newcomers, ...entries.filter((e) => !newcomers.includes(e))];
    }
    case 'alternate':
      return alternate(entries, lastPresence(state), (e) => presenceOf(own(state.members, e.memberId)));
  }
}

/**
 * In-room and remote speakers take turns: each pick is the earliest entry from the other side
 * than the previous speaker; when one side has nobody waiting, the other side goes on in order.
 */
function alternate(entries: QueueEntry[], previous: Presence | null, side: (e: QueueEntry) => Presence): QueueEntry[] {
  const waiting = [...entries];
  const order: QueueEntry[] = [];
  let last = previous;
  while (waiting.length > 0) {
    const index = Math.max(
      0,
      waiting.findIndex((e) => last === null || side(e) !== last),
    );
    const [next] = waiting.splice(index, 1);
    order.push(next!);
    last = side(next!);
  }
  return order;
}

function lastPresence(state: RoomState): Presence | null {
  const memberId = state.speaker?.memberId ?? state.turns.at(-1)?.memberId;
  return memberId ? presenceOf(own(state.members, memberId)) : null;
}

function presenceOf(member: Member | undefined): Presence {
  return member?.presence ?? 'remote';
}
