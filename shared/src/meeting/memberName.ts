/**
 * A member as others see them: by name. Every place that shows who did something (the screen, the
 * notice, the minutes) reads the name here, so a removed member keeps their name and an id the room
 * does not have (or a host console that never joined) shows as nobody.
 */
import { own } from '../core/own.js';
import type { RoomState } from '../model/state.js';

/** The member's name, or null for null or an id the room does not have. */
export function memberName(state: Pick<RoomState, 'members'>, memberId: string | null): string | null {
  return memberId === null ? null : (own(state.members, memberId)?.name ?? null);
}
