/**
 * Attendance (签到 · 清点人数): who is present at the meeting, apart from who responds to a round.
 * Present (实到) = the members present (arrived, not departed, not removed) + the hall's headcount
 * of people who have no entry in the room; a registered member is never also in the headcount, so
 * nobody is counted twice. The law's quorum is attendance (村民委员会组织法 art. 22, art. 26). Pure.
 */
import type { CommandOf } from '../model/commands.js';
import { accept, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import type { Attendance, Member, RoomState } from '../model/state.js';
import { findCurrentMember } from './memberRules.js';
import { commandRules } from '../model/commandRules.js';

/** A member present now: arrived, not marked departed, not removed (a closed phone is still present). */
export function isPresent(member: Member): boolean {
  return member.arrivedAt !== null && member.departedAt === null && member.removedAt === null;
}

/** Who is present now: members present, the hall's headcount, and their sum. */
export function attendanceNow(state: Pick<RoomState, 'members' | 'headcount'>): Attendance {
  const members = Object.values(state.members).filter(isPresent).length;
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
