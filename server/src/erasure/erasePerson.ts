/**
 * Erases a person from a meeting, or from a council and every one of its meetings (a council's
 * members keep their id in each meeting): the stored events are rewritten (eraseEvents.ts), each
 * stream folded again and its snapshot replaced, so the state, the minutes, the notice and the
 * archive all show the pseudonym from then on. A room that held the person then records
 * `member.erased` (pseudonym and note only), so the screens open at that moment show the pseudonym
 * without loading the room again.
 */
import type { CouncilState } from '@dr/shared/council';
import type { CouncilBook } from '../council/councilBook.js';
import type { RoomRegistry } from '../room/roomRegistry.js';
import type { StoredEvent } from '../store/eventLog.js';
import { erasedNote, eraseEvents, pseudonymFor } from './eraseEvents.js';

/** What an erasure did: the pseudonym and how many stored events changed. */
export interface Erased {
  pseudonym: string;
  events: number;
}

/** Erases `memberId` in one room; null when the room does not exist. */
export async function eraseInRoom(registry: RoomRegistry, roomId: string, memberId: string): Promise<Erased | null> {
  const room = await registry.get(roomId);
  if (!room) return null;
  const locale = room.current.locale;
  const pseudonym = pseudonymFor(memberId, locale);
  const events = await room.rewriteRecord(
    (stored) =>
      eraseEvents(stored as unknown as StoredEvent[], memberId, locale) as unknown as (typeof stored)[number][],
    { type: 'member.erased', memberId, pseudonym, note: erasedNote(locale) },
  );
  return { pseudonym, events };
}

/** Erases `memberId` in the council's roster and in each of its meetings. */
export async function eraseInCouncil(
  book: CouncilBook,
  registry: RoomRegistry,
  council: CouncilState,
  memberId: string,
): Promise<Erased> {
  let events = await book.rewriteRecord(
    council.councilId,
    (stored) =>
      eraseEvents(stored as unknown as StoredEvent[], memberId, council.locale) as unknown as (typeof stored)[number][],
  );
  for (const meeting of council.meetings)
    events += (await eraseInRoom(registry, meeting.roomId, memberId))?.events ?? 0;
  return { pseudonym: pseudonymFor(memberId, council.locale), events };
}
