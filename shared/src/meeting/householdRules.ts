/**
 * Households (户): a 村民会议 may be constituted by households' representatives, one household one
 * voice (村民委员会组织法 art. 22). The host labels each member's household; when the room counts
 * households (`rules.eligibleUnit`), the first member of a household to vote in a round votes for
 * it, a second is refused, and the quorum of attendance counts households present. Pure.
 */
import type { Member, RoomState } from '../model/state.js';

/** Whether the room counts households rather than people. */
export function countsHouseholds(state: Pick<RoomState, 'rules'>): boolean {
  return state.rules.eligibleUnit === 'households';
}

/**
 * How many units are among `members`: people, or with households distinct households (a member
 * without a household label counts as a household of their own).
 */
export function unitsAmong(state: Pick<RoomState, 'rules'>, members: readonly Member[]): number {
  if (!countsHouseholds(state)) return members.length;
  return new Set(members.map(unitOf)).size;
}

/** The unit a member counts in when the room counts households: their household, or themselves without one. */
export function unitOf(member: Member): string {
  return member.household === null ? `member:${member.id}` : `household:${member.household}`;
}
