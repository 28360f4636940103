/**
 * Every command of a room, by area, with who may send it: the areas' lists (`…_COMMANDS` at the foot
 * of each `…Rules.ts`) joined, as room/apply.ts joins the areas' event lists. A command type no area
 * lists is a compile error at `ROOM_COMMANDS`; one listed by two areas fails `roomCommands.test.ts`.
 * Zod-free: the web app runs `decide` and `mayAttempt`.
 */
import { AGENDA_COMMANDS } from '../agenda/agendaRules.js';
import { INTEREST_COMMANDS } from '../agenda/interestRules.js';
import { CONSENSUS_COMMANDS } from '../consensus/consensusRules.js';
import { DRAFT_COMMANDS } from '../draft/draftRules.js';
import { ACTION_COMMANDS } from '../followup/actionRules.js';
import { NOTICE_COMMANDS } from '../followup/noticeRules.js';
import { SCORECARD_COMMANDS } from '../followup/scorecardRules.js';
import { DETAILS_COMMANDS } from '../meeting/detailsRules.js';
import { isCurrentMember, MEMBER_COMMANDS } from '../meeting/memberRules.js';
import { ROOM_COMMANDS as ROOM_OWN_COMMANDS } from '../meeting/roomRules.js';
import { ATTENDANCE_COMMANDS } from '../meeting/attendance.js';
import { JOINING_COMMANDS } from '../meeting/joining.js';
import type { CommandType } from '../model/commands.js';
import { refuse, type Actor, type Ruling } from '../model/ruling.js';
import type { RoomState } from '../model/state.js';
import { QUEUE_COMMANDS } from '../queue/queueRules.js';
import { PROXY_COMMANDS } from '../meeting/proxyRules.js';
import type { CommandRule, CommandRules } from '../model/commandRules.js';

/** The areas' lists, in the order of the meeting (and of `apply`'s folds). */
export const AREA_COMMANDS = [
  ROOM_OWN_COMMANDS,
  DETAILS_COMMANDS,
  MEMBER_COMMANDS,
  PROXY_COMMANDS,
  ATTENDANCE_COMMANDS,
  JOINING_COMMANDS,
  AGENDA_COMMANDS,
  INTEREST_COMMANDS,
  QUEUE_COMMANDS,
  DRAFT_COMMANDS,
  CONSENSUS_COMMANDS,
  ACTION_COMMANDS,
  NOTICE_COMMANDS,
  SCORECARD_COMMANDS,
] as const;

/** Every command type's entry: who may send it, and its rule. */
export const ROOM_COMMANDS: CommandRules<CommandType> = {
  ...ROOM_OWN_COMMANDS,
  ...DETAILS_COMMANDS,
  ...MEMBER_COMMANDS,
  ...PROXY_COMMANDS,
  ...ATTENDANCE_COMMANDS,
  ...JOINING_COMMANDS,
  ...AGENDA_COMMANDS,
  ...INTEREST_COMMANDS,
  ...QUEUE_COMMANDS,
  ...DRAFT_COMMANDS,
  ...CONSENSUS_COMMANDS,
  ...ACTION_COMMANDS,
  ...NOTICE_COMMANDS,
  ...SCORECARD_COMMANDS,
};

/** The entry of `type`, read as an entry of any command (its rule is only ever given its own command). */
export function commandRule(type: CommandType): CommandRule<CommandType> {
  // The type checker cannot pair a key with its own command; `decide` only ever passes the command of `type`.
  return ROOM_COMMANDS[type] as CommandRule<CommandType>;
}

/**
 * Whether `actor` may send a command of `type` at all, from the role their link gave and whether they
 * have joined: null when they may, else the refusal (`forbidden`). Decided once per command, before
 * its rule; `mayAttempt` asks the same.
 */
export function permission(state: RoomState, actor: Actor, type: CommandType): Ruling | null {
  if (actor.role === 'observer') return refuse('forbidden', 'role.observer');
  const { access } = commandRule(type);
  if (access === 'host' && actor.role !== 'host') return refuse('forbidden', 'role.hostOnly');
  // A removed member is no member: only the role their link gave is left.
  if (isCurrentMember(state, actor.memberId)) return null;
  if (actor.role === 'host' && access !== 'member') return null;
  return refuse('forbidden', 'role.joinFirst');
}
