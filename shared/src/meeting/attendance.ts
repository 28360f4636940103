/**
 * Attendance (签到 · 清点人数): who is present at the meeting, apart from who responds to a round.
 * Present (实到) = the members present (the roll, roll.ts: arrived, not departed, not removed) + the
 * hall's headcount of people who have no entry in the room; a registered member is never also in the
 * headcount, so nobody is counted twice. The law's quorum is attendance (村民委员会组织法 art. 22,
 * art. 26). Pure.
 */
import type { CommandOf } from '../model/commands.js';
import { accept, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import type { Attendance, RoomState } from '../model/state.js';
import { findCurrentMember } from './memberRules.js';
import { commandRules } from '../model/commandRules.js';
import { countsHouseholds } from './householdRules.js';

export { isPresent } from './roll.js';

/**
 * Who is present now: members present, the hall's headcount, and their sum. Read from the state's
 * roll, so a client without every member (a big room's welcome) says the server's figure.
 */
export function attendanceNow(state: Pick<RoomState, 'roll' | 'headcount' | 'rules'>): Attendance {
  // Counting households (art. 22: "三分之二以上的户的代表参加"), `members` is the households present.
  const members = countsHouseholds(state) ? state.roll.households : state.roll.people;
  const headcount = state.headcount.count;
  return { members, headcount, present: members + headcount };
}

/** The host's count of the people in the hall without an entry; the event's time is the time of count. */
export function setHeadcount({ state }: RuleContext, command: CommandOf<'attendance.setHeadcount'>): Ruling {
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  return accept([{ type: 'attendance.headcountSet', count: command.count }]);
}

/** The host marks that a member left; one who never came, or already left, is refused. */
export function markDeparted({ state }: RuleContext, command: CommandOf<'attendance.markDeparted'>): Ruling {
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  const found = findCurrentMember(state, command.memberId);
  if (!found.ok) return found.decision;
  if (found.member.arrivedAt === null) return refuse('conflict', 'attendance.notArrived');
  if (found.member.departedAt !== null) return refuse('conflict', 'attendance.departedAlready');
  return accept([{ type: 'member.departed', memberId: found.member.id }]);
}

/** The host marks that a member who left is back. */
export function markReturned({ state }: RuleContext, command: CommandOf<'attendance.markReturned'>): Ruling {
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  const found = findCurrentMember(state, command.memberId);
  if (!found.ok) return found.decision;
  if (found.member.departedAt === null) return refuse('conflict', 'attendance.notDeparted');
  return accept([{ type: 'member.returned', memberId: found.member.id }]);
}

/** Attendance's commands, all the host's: who may send each (model/commandRules.ts `Access`) and its rule. */
export const ATTENDANCE_COMMANDS = commandRules({
  'attendance.setHeadcount': { access: 'host', rule: setHeadcount },
  'attendance.markDeparted': { access: 'host', rule: markDeparted },
  'attendance.markReturned': { access: 'host', rule: markReturned },
});
