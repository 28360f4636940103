/**
 * Hand counts that add up: the room's count of hands or cards is for the people in the room who do
 * not answer by phone. A count larger than that needs the host's confirmation, so nobody is counted
 * twice unseen (someone who voted by phone raising a hand too, a miscount). Pure.
 */
import type { RoomState, Round } from '../model/state.js';
import { isPresent } from '../meeting/attendance.js';

/**
 * The people the room's count may cover: current members present in the room (`presence: 'in_room'`,
 * those the host added for someone without a phone included, not marked departed) with no phone
 * ballot in `round`, plus the hall's headcount of people without an entry. Reads the server's state,
 * where every ballot names its member (clients' copies of anonymous rounds do not).
 */
export function countableInRoom(state: RoomState, round: Round): number {
  const voted = new Set(Object.values(round.ballots).map((b) => b.memberId));
  const members = Object.values(state.members).filter(
    (m) => isPresent(m) && m.presence === 'in_room' && !voted.has(m.id),
  ).length;
  return members + state.headcount.count;
}
