/**
 * The council's rules: who may do what to its roster and topic pool. Pure, like a room's `decide`:
 * the server passes the state, the actor (the role of the presented token and the member it proved to
 * be) and the time; an accepted command yields events, a refused one a reason key.
 */
import { own } from '../core/own.js';
import { assertNever, type ErrorCode } from '../core/errors.js';
import type { RefusalKey } from '../core/refusals.js';
import { councilError, type CouncilError, type CouncilRefusalKey } from './councilRefusals.js';
import type { CouncilCommand, CouncilCommandOf, JoinCouncil } from './councilCommands.js';
import type { CouncilEventBody } from './councilEvents.js';
import type { CouncilRole, CouncilState } from './councilState.js';

/** Who acts: the role of their council token, and their roster id once proven by their member secret. */
export interface CouncilActor {
  role: CouncilRole;
  memberId: string | null;
}

export type CouncilRuling = { ok: true; events: CouncilEventBody[]; id?: string } | { ok: false; error: CouncilError };

function refuse(code: ErrorCode, reason: RefusalKey | CouncilRefusalKey): CouncilRuling {
  return { ok: false, error: councilError(code, reason) };
}

/** Ids follow the seq the next event gets, so they are unique in the council and distinct from a room's (`m…`). */
export function nextCouncilId(state: CouncilState, prefix: 'cm' | 't'): string {
  return `${prefix}${state.seq + 1}`;
}

/** Decides one council command. */
export function decideCouncil(state: CouncilState, actor: CouncilActor, command: CouncilCommand): CouncilRuling {
  if (actor.role === 'observer') return refuse('forbidden', 'role.observer');
  switch (command.type) {
    case 'roster.update':
      return updateMember(state, actor, command);
    case 'topic.propose':
      return propose(state, actor, command);
    case 'topic.support':
    case 'topic.unsupport':
      return support(state, actor, command);
    case 'settings.set':
      return setSettings(state, actor, command);
    default:
      return assertNever(command);
  }
}

/**
 * A person joins the roster through the member or supervisor link (or the host adds them). Only the
 * host marks an expert or a host of every meeting (by default whoever joins through the host link,
 * but not an expert the host adds); the secret's hash comes from the server, which keeps the
 * secret's only copy until it answers.
 */
export function decideJoinCouncil(
  state: CouncilState,
  actor: CouncilActor,
  join: JoinCouncil,
  secretHash: string,
): CouncilRuling {
  if (actor.role === 'observer') return refuse('forbidden', 'role.observerJoin');
  if ((join.expert || join.host) && actor.role !== 'host') return refuse('forbidden', 'role.hostOnly');
  const memberId = nextCouncilId(state, 'cm');
  return {
    ok: true,
    id: memberId,
    events: [
      {
        type: 'council.memberJoined',
        memberId,
        name: join.name,
        group: join.group || null,
        household: join.household || null,
        expert: join.expert ?? false,
        supervisor: actor.role === 'supervisor',
        host: actor.role === 'host' && (join.host ?? !join.expert),
        secretHash,
      },
    ],
  };
}

function updateMember(
  state: CouncilState,
  actor: CouncilActor,
  command: CouncilCommandOf<'roster.update'>,
): CouncilRuling {
  if (actor.role !== 'host') return refuse('forbidden', 'role.hostOnly');
  const member = own(state.members, command.memberId);
  if (!member) return refuse('not_found', 'member.unknown');
  const group = command.group === undefined ? member.group : command.group || null;
  const expert = command.expert ?? member.expert;
  const before = member.household ?? null;
  const household = command.household === undefined ? before : command.household || null;
  if (group === member.group && expert === member.expert && household === before) {
    return refuse('conflict', 'council.unchanged');
  }
  return { ok: true, events: [{ type: 'council.memberUpdated', memberId: member.id, group, expert, household }] };
}

function propose(state: CouncilState, actor: CouncilActor, command: CouncilCommandOf<'topic.propose'>): CouncilRuling {
  if (actor.role !== 'host' && !actor.memberId) return refuse('forbidden', 'council.joinFirst');
  const topicId = nextCouncilId(state, 't');
  return {
    ok: true,
    id: topicId,
    events: [
      {
        type: 'topic.proposed',
        topicId,
        title: command.title,
        description: command.description ?? '',
        proposedBy: actor.memberId,
      },
    ],
  };
}

function support(
  state: CouncilState,
  actor: CouncilActor,
  command: CouncilCommandOf<'topic.support' | 'topic.unsupport'>,
): CouncilRuling {
  // Support is counted per person, so it takes a roster member, the host's console included only as one.
  if (!actor.memberId) return refuse('forbidden', 'council.joinFirst');
  const topic = own(state.topics, command.topicId);
  if (!topic) return refuse('not_found', 'topic.unknown');
  if (topic.status === 'settled') return refuse('conflict', 'topic.settled');
  const has = topic.supporters.includes(actor.memberId);
  if (command.type === 'topic.support') {
    if (has) return refuse('conflict', 'topic.supportedAlready');
    return { ok: true, events: [{ type: 'topic.supported', topicId: topic.id, memberId: actor.memberId }] };
  }
  if (!has) return refuse('conflict', 'topic.notSupported');
  return { ok: true, events: [{ type: 'topic.unsupported', topicId: topic.id, memberId: actor.memberId }] };
}

/** The host sets the disclosure settings; a field left out keeps its value, and no change is refused. */
function setSettings(
  state: CouncilState,
  actor: CouncilActor,
  command: CouncilCommandOf<'settings.set'>,
): CouncilRuling {
  if (actor.role !== 'host') return refuse('forbidden', 'role.hostOnly');
  const disclosureDueDays =
    command.disclosureDueDays === undefined ? state.disclosureDueDays : command.disclosureDueDays;
  const disclosurePeriodDays =
    command.disclosurePeriodDays === undefined ? state.disclosurePeriodDays : command.disclosurePeriodDays;
  if (disclosureDueDays === state.disclosureDueDays && disclosurePeriodDays === state.disclosurePeriodDays) {
    return refuse('conflict', 'council.unchanged');
  }
  return { ok: true, events: [{ type: 'council.settingsSet', disclosureDueDays, disclosurePeriodDays }] };
}
