/** Every rule and permission of a room: a command in, events or a refusal out. Pure. */
import { normalizeName } from '../core/names.js';
import * as action from '../followup/actionRules.js';
import * as agenda from '../agenda/agendaRules.js';
import { HOST_ONLY, HOST_WITHOUT_MEMBERSHIP, type Command } from '../model/commands.js';
import * as consensus from '../consensus/consensusRules.js';
import * as details from '../followup/detailsRules.js';
import * as members from '../meeting/memberRules.js';
import * as notice from '../followup/noticeRules.js';
import {
  accept,
  nextId,
  refuse,
  type Actor,
  type Ruling,
  type DecideInputs,
  type RuleContext,
} from '../model/ruling.js';
import * as queue from '../queue/queueRules.js';
import * as room from '../meeting/roomRules.js';
import * as scorecard from '../followup/scorecardRules.js';
import type { RoomState } from '../model/state.js';
import { LIMITS } from '../core/limits.js';
import { assertNever } from '../core/errors.js';
import type { Presence, Role } from '../core/vocabulary.js';

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
      return room.setPhase(ctx, command);
    case 'rules.set':
      return room.setRules(ctx, command);
    case 'member.addInRoom':
      return room.addInRoom(ctx, command);
    case 'member.remove':
      return members.remove(ctx, command);
    case 'member.setGroup':
      return room.setGroup(ctx, command);
    case 'agenda.propose':
      return agenda.propose(ctx, command);
    case 'agenda.support':
      return agenda.support(ctx, command);
    case 'agenda.edit':
      return agenda.edit(ctx, command);
    case 'agenda.schedule':
      return agenda.schedule(ctx, command);
    case 'agenda.unschedule':
      return agenda.unschedule(ctx, command);
    case 'agenda.reorder':
      return agenda.reorder(ctx, command);
    case 'agenda.reject':
      return agenda.reject(ctx, command);
    case 'agenda.activate':
      return agenda.activate(ctx, command);
    case 'agenda.deactivate':
      return agenda.deactivate(ctx);
    case 'agenda.setStep':
      return agenda.setStep(ctx, command);
    case 'agenda.addFact':
      return agenda.addFact(ctx, command);
    case 'queue.raise':
      return queue.raise(ctx, command);
    case 'queue.lower':
      return queue.lower(ctx, command);
    case 'queue.move':
      return queue.move(ctx, command);
    case 'queue.next':
      return queue.next(ctx);
    case 'speaker.end':
      return queue.end(ctx);
    case 'speaker.pause':
      return queue.pause(ctx);
    case 'speaker.resume':
      return queue.resume(ctx);
    case 'speaker.extend':
      return queue.extend(ctx, command);
    case 'draft.lock':
      return consensus.lock(ctx, command);
    case 'draft.unlock':
      return consensus.unlock(ctx, command);
    case 'draft.saveVersion':
      return consensus.saveVersion(ctx, command);
    case 'consensus.open':
      return consensus.open(ctx, command);
    case 'consensus.vote':
      return consensus.vote(ctx, command);
    case 'consensus.tally':
      return consensus.tally(ctx, command);
    case 'consensus.close':
      return consensus.close(ctx, command);
    case 'decision.record':
      return consensus.record(ctx, command);
    case 'room.setDetails':
      return details.setDetails(ctx, command);
    case 'action.create':
      return action.create(ctx, command);
    case 'action.update':
      return action.update(ctx, command);
    case 'notice.publish':
      return notice.publish(ctx);
    case 'notice.unpublish':
      return notice.unpublish(ctx);
    case 'scorecard.setRubric':
      return scorecard.setRubric(ctx, command);
    case 'scorecard.submit':
      return scorecard.submit(ctx, command);
    default:
      return assertNever(command);
  }
}

/** Decided once per command, from the role the link gave and whether the actor has joined. */
function permission(state: RoomState, actor: Actor, command: Command): Ruling | null {
  if (actor.role === 'observer') return refuse('forbidden', 'role.observer');
  if (HOST_ONLY.has(command.type) && actor.role !== 'host') return refuse('forbidden', 'role.hostOnly');
  // A removed member is no member: only the role their link gave is left.
  if (members.isCurrentMember(state, actor.memberId)) return null;
  if (actor.role === 'host' && HOST_WITHOUT_MEMBERSHIP.has(command.type)) return null;
  return refuse('forbidden', 'role.joinFirst');
}

export interface JoinRequest {
  role: Role;
  name: string | undefined;
  presence: Presence | undefined;
}

/** Decides a new member joining by name through a host or participant link. */
export function decideJoin(state: RoomState, request: JoinRequest): Ruling {
  if (request.role === 'observer') return refuse('forbidden', 'role.observerJoin');
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  // The same normalisation as every name in a command (names.ts): a name of invisible characters is none.
  const name = normalizeName(request.name ?? '');
  if (name.length === 0 || name.length > LIMITS.name) {
    return refuse('invalid', 'room.nameNeeded', { max: LIMITS.name });
  }
  const full = members.roomFull(state);
  if (full) return full;
  const memberId = nextId(state, 'm');
  const presence = request.presence ?? 'remote';
  return accept([{ type: 'member.joined', memberId, name, role: request.role, presence, group: null }], memberId);
}
