/** Rules for action items (分层分类办事): every decision gets owners, a tier and a due date; progress is recorded. */
import { findCurrentMember } from '../meeting/memberRules.js';
import { own } from '../core/own.js';
import type { CommandOf } from '../model/commands.js';
import { accept, nextId, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import { commandRules } from '../room/commandRules.js';

/** The host gives a recorded decision an action item; its owner may be a member, who can then update it. */
export function create({ state }: RuleContext, command: CommandOf<'action.create'>): Ruling {
  const decision = own(state.decisions, command.decisionId);
  if (!decision) return refuse('not_found', 'decision.unknown');
  const ownerMemberId = command.ownerMemberId ?? null;
  if (ownerMemberId !== null) {
    const owner = findCurrentMember(state, ownerMemberId);
    if (!owner.ok) return owner.decision;
  }
  const supervisorMemberId = command.supervisorMemberId ?? null;
  if (supervisorMemberId !== null) {
    const supervisor = findCurrentMember(state, supervisorMemberId);
    if (!supervisor.ok) return supervisor.decision;
    // Supervision by someone with no stake (行难管): never the owner, never someone who declared an interest.
    if (supervisorMemberId === ownerMemberId) return refuse('invalid', 'action.supervisorIsOwner');
    const item = own(state.items, decision.itemId);
    if (item?.interests.some((i) => i.memberId === supervisorMemberId)) {
      return refuse('invalid', 'action.supervisorInterested');
    }
  }
  const actionId = nextId(state, 'a');
  return accept(
    [
      {
        type: 'action.created',
        actionId,
        decisionId: decision.id,
        title: command.title,
        owner: command.owner,
        ownerMemberId,
        supervisorMemberId,
        tier: command.tier,
        dueDate: command.dueDate,
        category: command.category || null,
      },
    ],
    actionId,
  );
}

/**
 * Progress from the host or the owner. The event keeps only what changed; every update is one
 * timeline entry. Marking an item done without a progress figure completes it (100%).
 */
export function update({ state, actor }: RuleContext, command: CommandOf<'action.update'>): Ruling {
  const action = own(state.actions, command.actionId);
  if (!action) return refuse('not_found', 'action.unknown');
  const isOwner = action.ownerMemberId !== null && action.ownerMemberId === actor.memberId;
  if (actor.role !== 'host' && !isOwner) {
    return refuse('forbidden', 'role.actionOwner');
  }
  const { status, note } = command;
  if (status === undefined && command.progress === undefined && !note) {
    return refuse('invalid', 'action.nothing');
  }
  // A supervised item becomes done only by its supervisor's confirmation (action.confirm).
  if (status === 'done' && action.supervisorMemberId !== null && action.status !== 'done') {
    return refuse('conflict', 'action.needsConfirmation');
  }
  if (status === 'done' && command.progress !== undefined && command.progress < 100) {
    return refuse('invalid', 'action.doneIsFull');
  }
  const progress = command.progress ?? (status === 'done' ? 100 : undefined);
  const changedStatus = status !== undefined && status !== action.status ? status : null;
  const changedProgress = progress !== undefined && progress !== action.progress ? progress : null;
  if (changedStatus === null && changedProgress === null && !note) {
    return refuse('conflict', 'action.unchanged');
  }
  return accept([
    {
      type: 'action.updated',
      actionId: action.id,
      status: changedStatus,
      progress: changedProgress,
      note: note || null,
    },
  ]);
}

/** The named supervisor confirms a supervised item done; nobody else can, the host included. */
export function confirm({ state, actor }: RuleContext, command: CommandOf<'action.confirm'>): Ruling {
  const action = own(state.actions, command.actionId);
  if (!action) return refuse('not_found', 'action.unknown');
  if (action.supervisorMemberId === null) return refuse('conflict', 'action.unsupervised');
  if (actor.memberId !== action.supervisorMemberId) return refuse('forbidden', 'role.actionSupervisor');
  if (action.confirmedBy !== null && action.status === 'done') return refuse('conflict', 'action.unchanged');
  return accept([{ type: 'action.confirmed', actionId: action.id }]);
}

/** Action items' commands (an owner updates their own item too: the rule checks): who may send each (room/commandRules.ts `Access`) and its rule; `decide` dispatches by this list. */
export const ACTION_COMMANDS = commandRules({
  'action.create': { access: 'host', rule: create },
  'action.update': { access: 'memberOrHost', rule: update },
  'action.confirm': { access: 'member', rule: confirm },
});
