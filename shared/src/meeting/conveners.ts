/**
 * Who convened the meeting (定主事): the screen, the minutes and the notice name them from here, so
 * they never disagree. A council's chair is seated in every meeting as a host (council `seatOf`) and,
 * like every seated member, is named once they came, not for a meeting they never opened.
 */
import { attendingMembers, type RoomState } from '../model/state.js';

/** The names of the members with the host's role who attended, removed ones included, in the order they joined. */
export function conveners(state: Pick<RoomState, 'members'>): string[] {
  return attendingMembers(state)
    .filter((m) => m.role === 'host')
    .map((m) => m.name);
}
