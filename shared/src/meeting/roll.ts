/**
 * The roll (点名): who is present (实到), counted over every member, the one place the rule is
 * written. The law's quorum and its "more than half of those present" are taken over attendance, not
 * over responses (村民委员会组织法 art. 22: a 村民会议 needs more than half of the adult villagers, or
 * two thirds of the households' representatives, present; art. 26 for the representatives' meeting).
 * A member is present once arrived, until marked departed or removed; counting households, one
 * household is one, however many of its members came (art. 22). The state keeps the roll (`RoomState.roll`)
 * so a screen without every member (a big room's welcome, issue 30) still has the figure. Pure.
 */
import type { EventMeta, EventType } from '../model/events.js';
import type { Member, Roll, RoomState } from '../model/state.js';
import { unitOf } from './householdRules.js';

/** A member present now: arrived, not marked departed, not removed (a closed phone is still present). */
export function isPresent(member: Member): boolean {
  return member.arrivedAt !== null && member.departedAt === null && member.removedAt === null;
}

/** The events that may move the roll (`movesRoll` leaves out a seated join). */
export const ROLL_EVENTS: ReadonlySet<EventType> = new Set<EventType>([
  'member.joined',
  'member.arrived',
  'member.departed',
  'member.returned',
  'member.removed',
  'member.merged',
  'member.householdSet',
]);

/**
 * Whether `event` may move the roll; as broadcast, such an event carries it (`EventMeta.roll`). A
 * member who joins seated (by a link, until they take part; a council's roster) with a phone is in
 * none of its counts: a hall filling up sends no roll with each join.
 */
export function movesRoll(event: { type: EventType; seated?: boolean; proxy?: boolean }): boolean {
  if (!ROLL_EVENTS.has(event.type)) return false;
  return !(event.type === 'member.joined' && event.seated === true && event.proxy !== true);
}

/** The roll counted from `state`'s members: right where the state holds every member (the server's). */
export function rollOf(state: Pick<RoomState, 'members'>): Roll {
  let people = 0;
  let withoutPhone = 0;
  const households = new Set<string>();
  for (const m of Object.values(state.members)) {
    if (m.proxy && m.removedAt === null) withoutPhone += 1;
    if (!isPresent(m)) continue;
    people += 1;
    households.add(unitOf(m));
  }
  return { people, households: households.size, withoutPhone };
}

/**
 * The state after a roll event was folded into it (`next`): the roll the event carries as broadcast,
 * else (the server, which holds every member) the roll counted from the members.
 */
export function foldRoll(next: RoomState, event: Parameters<typeof movesRoll>[0] & Pick<EventMeta, 'roll'>): RoomState {
  if (!movesRoll(event)) return next;
  return { ...next, roll: event.roll ?? rollOf(next) };
}
