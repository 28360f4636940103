/**
 * Every rule and permission of a room: a command in, events or a refusal out. Pure. Permissions are
 * decided here, once, from the actor's role and membership; each command then goes to its area's
 * rules (the `…Rules` modules), which hold the rest.
 */
import * as agendaRules from '../agenda/agendaRules.js';
import * as interestRules from '../agenda/interestRules.js';
import * as consensusRules from '../consensus/consensusRules.js';
import { assertNever } from '../core/errors.js';
import { LIMITS } from '../core/limits.js';
import { normalizeName } from '../core/normalizeName.js';
import type { Presence, Role } from '../core/vocabulary.js';
import * as draftRules from '../draft/draftRules.js';
import * as actionRules from '../followup/actionRules.js';
import * as detailsRules from '../followup/detailsRules.js';
import * as noticeRules from '../followup/noticeRules.js';
import * as scorecardRules from '../followup/scorecardRules.js';
import * as householdRules from '../meeting/householdRules.js';
import * as memberRules from '../meeting/memberRules.js';
import * as proxyRules from '../meeting/proxyRules.js';
import * as roomRules from '../meeting/roomRules.js';
import * as attendanceRules from '../meeting/attendance.js';
import { memberNamed } from '../meeting/sameName.js';
import type { Command } from '../model/commands.js';
import { HOST_ONLY, HOST_WITHOUT_MEMBERSHIP } from '../model/hostOnly.js';
import {
  accept,
  nextId,
  refuse,
  type Actor,
  type DecideInputs,
  type RuleContext,
  type Ruling,
} from '../model/ruling.js';
import type { RoomState } from '../model/state.js';
import * as queueRules from '../queue/queueRules.js';

export { nextId, type Actor, type Ruling, type DecideInputs } from '../model/ruling.js';

/** Decides a command sent by `actor` at server time `now`. Permissions first, then the rule. */
export function decide(
  state: RoomState,
  actor: Actor,
  command: Command,
  now: number,
  inputs: DecideInputs = {},
): Ruling {
  const denied = permission(state, actor, command);
  if (denied) return denied;
  const ctx: RuleContext = { state, actor, now, inputs };
  switch (command.type) {
    case 'room.setPhase':
      return roomRules.setPhase(ctx, command);
    case 'rules.set':
      return roomRules.setRules(ctx, command);
    case 'attendance.setHeadcount':
      return attendanceRules.setHeadcount(ctx, command);
    case 'attendance.markDeparted':
      return attendanceRules.markDeparted(ctx, command);
    case 'attendance.markReturned':
      return attendanceRules.markReturned(ctx, command);
    case 'member.addInRoom':
      return roomRules.addInRoom(ctx, command);
    case 'member.remove':
      return memberRules.remove(ctx, command);
    case 'member.merge':
      return memberRules.merge(ctx, command);
    case 'member.keepBoth':
      return memberRules.keepBoth(ctx, command);
    case 'member.setGroup':
      return roomRules.setGroup(ctx, command);
    case 'member.setPresence':
      return roomRules.setPresence(ctx, command);
    case 'member.setHousehold':
      return householdRules.setHousehold(ctx, command);
    case 'proxy.grant':
      return proxyRules.grant(ctx, command);
    case 'proxy.revoke':
      return proxyRules.revoke(ctx, command);
    case 'agenda.propose':
      return agendaRules.propose(ctx, command);
    case 'agenda.support':
      return agendaRules.support(ctx, command);
    case 'agenda.edit':
    case 'agenda.update':
      return agendaRules.edit(ctx, command);
    case 'agenda.schedule':
      return agendaRules.schedule(ctx, command);
    case 'agenda.unschedule':
      return agendaRules.unschedule(ctx, command);
    case 'agenda.reorder':
      return agendaRules.reorder(ctx, command);
    case 'agenda.reject':
      return agendaRules.reject(ctx, command);
    case 'agenda.activate':
      return agendaRules.activate(ctx, command);
    case 'agenda.deactivate':
      return agendaRules.deactivate(ctx);
    case 'agenda.setStep':
      return agendaRules.setStep(ctx, command);
    case 'agenda.addFact':
      return agendaRules.addFact(ctx, command);
    case 'interest.declare':
      return interestRules.declare(ctx, command);
    case 'interest.withdraw':
      return interestRules.withdraw(ctx, command);
    case 'agenda.retractFact':
      return agendaRules.retractFact(ctx, command);
    case 'queue.raise':
      return queueRules.raise(ctx, command);
    case 'queue.lower':
      return queueRules.lower(ctx, command);
    case 'queue.move':
      return queueRules.move(ctx, command);
    case 'queue.next':
      return queueRules.next(ctx, command);
    case 'speaker.end':
      return queueRules.end(ctx, command);
    case 'speaker.pause':
      return queueRules.pause(ctx, command);
    case 'speaker.resume':
      return queueRules.resume(ctx, command);
    case 'speaker.extend':
      return queueRules.extend(ctx, command);
    case 'draft.lock':
      return draftRules.lock(ctx, command);
    case 'draft.unlock':
      return draftRules.unlock(ctx, command);
    case 'draft.saveVersion':
      return draftRules.saveVersion(ctx, command);
    case 'consensus.open':
      return consensusRules.open(ctx, command);
    case 'consensus.vote':
      return consensusRules.vote(ctx, command);
    case 'consensus.tally':
      return consensusRules.tally(ctx, command);
    case 'consensus.close':
      return consensusRules.close(ctx, command);
    case 'decision.record':
      return consensusRules.record(ctx, command);
    case 'room.setDetails':
      return detailsRules.setDetails(ctx, command);
    case 'action.create':
      return actionRules.create(ctx, command);
    case 'action.update':
      return actionRules.update(ctx, command);
    case 'action.confirm':
      return actionRules.confirm(ctx, command);
    case 'notice.publish':
      return noticeRules.publish(ctx);
    case 'notice.unpublish':
      return noticeRules.unpublish(ctx);
    case 'scorecard.setRubric':
      return scorecardRules.setRubric(ctx, command);
    case 'scorecard.submit':
      return scorecardRules.submit(ctx, command);
    default:
      return assertNever(command);
  }
}

/** Decided once per command, from the role the link gave and whether the actor has joined. */
function permission(state: RoomState, actor: Actor, command: Command): Ruling | null {
  if (actor.role === 'observer') return refuse('forbidden', 'role.observer');
  if (HOST_ONLY.has(command.type) && actor.role !== 'host') return refuse('forbidden', 'role.hostOnly');
  // A removed member is no member: only the role their link gave is left.
  if (memberRules.isCurrentMember(state, actor.memberId)) return null;
  if (actor.role === 'host' && HOST_WITHOUT_MEMBERSHIP.has(command.type)) return null;
  return refuse('forbidden', 'role.joinFirst');
}

/** Who asks to join, and as what: from the handshake or a `join` message (protocol/socket.ts). */
export interface Joining {
  role: Role;
  name: string | undefined;
  presence: Presence | undefined;
}

/** Decides a new member joining by name through a host or participant link. */
export function decideJoin(state: RoomState, request: Joining): Ruling {
  if (request.role === 'observer') return refuse('forbidden', 'role.observerJoin');
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  // The same normalisation as every name in a command (names.ts): a name of invisible characters is none.
  const name = normalizeName(request.name ?? '');
  if (name.length === 0 || name.length > LIMITS.name) {
    return refuse('invalid', 'room.nameNeeded', { max: LIMITS.name });
  }
  const full = memberRules.roomFull(state);
  if (full) return full;
  const memberId = nextId(state, 'm');
  const presence = request.presence ?? 'remote';
  // One person, one voice: a name already present is flagged for the host (sameName.ts).
  const sameNameAs = memberNamed(state, name)?.id ?? null;
  return accept(
    [{ type: 'member.joined', memberId, name, role: request.role, presence, group: null, sameNameAs }],
    memberId,
  );
}
