/** Which raised hand gets the floor next. */
import type { QueueEntry, RoomState } from './state.js';

/** The entry that `queue.next` gives the floor to, or null when nobody is waiting. */
export function pickNext(state: RoomState): QueueEntry | null {
  return state.queue[0] ?? null;
}

/** 1-based place of a member in the order the queue will be served, or null when not waiting. */
export function placeInQueue(state: RoomState, memberId: string): number | null {
  const index = state.queue.findIndex((e) => e.memberId === memberId);
  return index === -1 ? null : index + 1;
}
