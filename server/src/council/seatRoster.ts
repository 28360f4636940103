/**
 * The same member, in the same seat, in every meeting of the council: members who join the roster
 * (by name, or by a roster import) are seated in the meetings already called too.
 */
import { seatOf, type CouncilMember, type CouncilState } from '@dr/shared/council';
import type { RoomRegistry } from '../room/roomRegistry.js';

export async function seatInCalledMeetings(
  registry: RoomRegistry,
  state: CouncilState,
  members: readonly CouncilMember[],
): Promise<void> {
  if (members.length === 0) return;
  for (const meeting of state.meetings) {
    const room = await registry.get(meeting.roomId);
    if (!room) continue;
    for (const member of members) await room.admitRosterMember(seatOf(member), member.secretHash);
  }
}
