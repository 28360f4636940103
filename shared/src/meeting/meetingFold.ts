/** Folds the events of the meeting itself: the room, its details and time zone, its phases and sittings, its rules, its members. */
import { foldJoining, withoutRequest } from './joining.js';
import { assertNever } from '../core/errors.js';
import { own } from '../core/own.js';
import { DEFAULT_RULES } from '../core/vocabularyLists.js';
import type { RoomPhase } from '../core/vocabulary.js';
import type { EventOf } from '../model/events.js';
import type { RoomState, Sitting } from '../model/state.js';
import { foldErasure } from './eraseFold.js';
import { foldMerge } from './mergeFold.js';
import { foldRoll } from './roll.js';

/** The events this fold takes; room/apply.ts hands each to the fold whose list names it. */
export const MEETING_EVENTS = [
  'room.created',
  'room.phaseSet',
  'room.detailsSet',
  'rules.set',
  'member.joined',
  'member.groupSet',
  'member.householdSet',
  'member.presenceSet',
  'member.removed',
  'member.merged',
  'member.erased',
  'member.keptBoth',
  'member.arrived',
  'member.departed',
  'member.returned',
  'attendance.headcountSet',
  'joining.locked',
  'joining.requested',
  'joining.turnedAway',
] as const;
export type MeetingEvent = EventOf<(typeof MEETING_EVENTS)[number]>;

/**
 * `apply` for the meeting's events; `s` already carries the event's seq and time. An event about a
 * member the state lacks (a big room's client) changes no member, but still brings the roll it carries.
 */
export function foldMeeting(s: RoomState, event: MeetingEvent): RoomState {
  return foldRoll(foldMeetingEvent(s, event), event);
}

function foldMeetingEvent(s: RoomState, event: MeetingEvent): RoomState {
  switch (event.type) {
    case 'room.created':
      return {
        ...s,
        roomId: event.roomId,
        title: event.title,
        locale: event.locale,
        createdAt: event.at,
        details: { ...s.details, timeZone: event.timeZone ?? null },
      };
    case 'room.detailsSet':
      return { ...s, details: event.details };
    case 'room.phaseSet':
      return { ...s, phase: event.phase, sittings: nextSittings(s.sittings, event.phase, event.at) };
    case 'rules.set': {
      // Rooms recorded before a rule existed carry no value for it: the default stands. Rules from
      // before presets counted over responses, as `consent` does: they are `consent` under its
      // consensus rule and `custom` under any other.
      const rules = { ...DEFAULT_RULES, ...event.rules };
      const preset = event.rules.preset ?? (rules.decisionRule === 'consensus' ? 'consent' : 'custom');
      return { ...s, rules: { ...rules, preset } };
    }
    case 'member.joined': {
      const { memberId: id, name, role, presence } = event;
      const member = {
        id,
        name,
        role,
        presence,
        group: event.group ?? null,
        proxy: event.proxy ?? false,
        joinedAt: event.at,
        arrivedAt: event.seated ? null : event.at,
        removedAt: null,
        sameNameAs: event.sameNameAs ?? null,
        mergedInto: null,
        household: event.household ?? null,
        ...(event.representative ? { representative: true } : {}),
        departedAt: null,
      };
      // Let in from the waiting list (joining.ts): no longer waiting.
      return withoutRequest({ ...s, members: { ...s.members, [id]: member } }, id);
    }
    case 'member.groupSet': {
      const member = own(s.members, event.memberId);
      return member ? { ...s, members: { ...s.members, [member.id]: { ...member, group: event.group } } } : s;
    }
    case 'member.householdSet': {
      const member = own(s.members, event.memberId);
      if (!member) return s;
      return { ...s, members: { ...s.members, [member.id]: { ...member, household: event.household } } };
    }
    case 'member.presenceSet': {
      const member = own(s.members, event.memberId);
      return member ? { ...s, members: { ...s.members, [member.id]: { ...member, presence: event.presence } } } : s;
    }
    case 'member.removed': {
      const member = own(s.members, event.memberId);
      return member ? { ...s, members: { ...s.members, [member.id]: { ...member, removedAt: event.at } } } : s;
    }
    case 'member.merged':
      return foldMerge(s, event.memberId, event.intoMemberId, event.at);
    case 'member.erased':
      return foldErasure(s, event);
    case 'member.keptBoth': {
      const member = own(s.members, event.memberId);
      return member ? { ...s, members: { ...s.members, [member.id]: { ...member, sameNameAs: null } } } : s;
    }
    case 'member.arrived': {
      // Once: a repeated arrival (another node's, a replay) changes nothing.
      const member = own(s.members, event.memberId);
      if (!member || member.arrivedAt !== null) return s;
      const arrived = { ...member, arrivedAt: event.at, presence: event.presence };
      return { ...s, members: { ...s.members, [member.id]: arrived } };
    }
    case 'member.departed':
    case 'member.returned': {
      const member = own(s.members, event.memberId);
      const departedAt = event.type === 'member.departed' ? event.at : null;
      return member ? { ...s, members: { ...s.members, [member.id]: { ...member, departedAt } } } : s;
    }
    case 'attendance.headcountSet':
      return { ...s, headcount: { count: event.count, countedAt: event.at } };
    case 'joining.locked':
    case 'joining.requested':
    case 'joining.turnedAway':
      return foldJoining(s, event);
    default:
      return assertNever(event);
  }
}

/** Entering the session opens a sitting; adjourning or closing ends the open one. */
export function nextSittings(sittings: readonly Sitting[], phase: RoomPhase, at: number): Sitting[] {
  const open = sittings.at(-1)?.endedAt === null;
  if (phase === 'in_session' && !open) return [...sittings, { startedAt: at, endedAt: null }];
  if (phase !== 'in_session' && open) return [...sittings.slice(0, -1), { ...sittings.at(-1)!, endedAt: at }];
  return [...sittings];
}
