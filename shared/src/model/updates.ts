/**
 * Small immutable updates of the room state that several areas' folds share: an agenda item or a
 * round changed by a patch. An id the room does not have leaves the state as it was (own entries
 * only: `constructor` is no item).
 */
import { own } from '../core/own.js';
import type { AgendaItem, Round, RoomState } from './state.js';

/** `s` with the item `itemId` patched; `s` itself when there is no such item. */
export function updateItem(s: RoomState, itemId: string, patch: (item: AgendaItem) => Partial<AgendaItem>): RoomState {
  const item = own(s.items, itemId);
  return item ? { ...s, items: { ...s.items, [itemId]: { ...item, ...patch(item) } } } : s;
}

/** `s` with the round `roundId` patched; `s` itself when there is no such round. */
export function updateRound(s: RoomState, roundId: string, patch: (round: Round) => Partial<Round>): RoomState {
  const round = own(s.rounds, roundId);
  return round ? { ...s, rounds: { ...s.rounds, [roundId]: { ...round, ...patch(round) } } } : s;
}
