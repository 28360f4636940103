/**
 * Members who joined and did nothing (issue 30): someone who read the join code off the projector
 * can add names faster than a host can remove them one by one. The host sees how many joined in the
 * last minute and removes, at once, those who joined in a window and never took part. Pure.
 */
import type { CommandOf } from '../model/commands.js';
import type { Member, RoomState } from '../model/state.js';
import { accept, refuse, type Ruling, type RuleContext } from '../model/ruling.js';

/**
 * Whether a member joined by a link and never took part: a current participant, not added by the
 * host, not present (`arrivedAt` null: no command of theirs, no phone that stayed or came back).
 */
export function isIdle(member: Member): boolean {
  return member.removedAt === null && member.role === 'participant' && !member.proxy && member.arrivedAt === null;
}

/** The idle members who joined between `from` and `to` (server ms, both included), in join order. */
export function idleMembersJoined(state: Pick<RoomState, 'members'>, from: number, to: number): Member[] {
  return Object.values(state.members)
    .filter((m) => isIdle(m) && m.joinedAt >= from && m.joinedAt <= to)
    .sort((a, b) => a.joinedAt - b.joinedAt);
}

/** How many members joined (by any way) in the minute before `now` (server ms): the host's join counter. */
export function joinedInLastMinute(state: Pick<RoomState, 'members'>, now: number): number {
  return Object.values(state.members).filter((m) => m.joinedAt > now - 60_000 && m.joinedAt <= now).length;
}

/**
 * The host removes the idle members who joined in the window: `member.removed` for each (they have
 * no hand up, no turn and no ballot: they never acted). Refused when there are none
 * (`member.noneIdle`), or the meeting is closed.
 */
export function removeIdle({ state }: RuleContext, command: CommandOf<'member.removeIdle'>): Ruling {
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  const idle = idleMembersJoined(state, command.joinedFrom, command.joinedTo);
  if (idle.length === 0) return refuse('conflict', 'member.noneIdle');
  return accept(idle.map((m) => ({ type: 'member.removed' as const, memberId: m.id })));
}
