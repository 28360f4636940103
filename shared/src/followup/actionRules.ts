/** Rules for action items (分层分类办事): every decision gets owners, a tier and a due date; progress is recorded. */
import { findCurrentMember } from '../meeting/memberRules.js';
import { own } from '../core/own.js';
import type { CommandOf } from '../model/commands.js';
import type { ActionItem, RoomState } from '../model/state.js';
import { accept, nextId, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import { commandRules, type MayContext } from '../model/commandRules.js';

/** The host gives a recorded decision an action item; its owner may be a member, who can then update it. */
export function create({ state }: RuleContext, command: CommandOf<'action.create'>): Ruling {
  const barred = mayCreate({ state }, command);
  if (barred) return barred;
  const decision = own(state.decisions, command.decisionId)!;
  const ownerMemberId = command.ownerMemberId ?? null;
  if (ownerMemberId !== null) {
    const owner = findCurrentMember(state, ownerMemberId);
    if (!owner.ok) return owner.decision;
  }
  const supervisorMemberId = command.supervisorMemberId ?? null;
  if (supervisorMemberId !== null) {
    const supervisor = findCurrentMember(state, supervisorMemberId);
    if (!supervisor.ok) return supervisor.decision;
    const barredSupervisor = supervisorBarred(state, { itemId: decision.itemId, ownerMemberId }, supervisorMemberId);
    if (barredSupervisor) return barredSupervisor;
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
  const barred = mayUpdate({ state, actor }, command);
  if (barred) return barred;
  const action = own(state.actions, command.actionId)!;
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

/** Whether an action item may be given to decision `decisionId` now, before its fields are read: the decision exists. */
export function mayCreate({ state }: Pick<MayContext, 'state'>, { decisionId }: { decisionId: string }): Ruling | null {
  return own(state.decisions, decisionId) ? null : refuse('not_found', 'decision.unknown');
}

/** Whether `actor` may update action item `actionId`, before the update is read: it exists, and they host or own it. */
export function mayUpdate({ state, actor }: MayContext, { actionId }: { actionId: string }): Ruling | null {
  const action = own(state.actions, actionId);
  if (!action) return refuse('not_found', 'action.unknown');
  const isOwner = action.ownerMemberId !== null && action.ownerMemberId === actor.memberId;
  return actor.role !== 'host' && !isOwner ? refuse('forbidden', 'role.actionOwner') : null;
}

/**
 * Why `memberId` may not supervise an item of agenda item `itemId` owned by `ownerMemberId`, or null
 * when they may (行难管: supervision by someone with no stake): never the owner, never someone who has
 * declared an interest in the topic. Asked when the supervisor is named (`action.create`,
 * `action.supervise`) and again when they confirm (`action.confirm`): an interest declared after
 * naming, or a merge that made them the owner, bars the confirmation with the same reason.
 */
export function supervisorBarred(
  state: Pick<RoomState, 'items'>,
  action: Pick<ActionItem, 'itemId' | 'ownerMemberId'>,
  memberId: string,
): Ruling | null {
  if (memberId === action.ownerMemberId) return refuse('invalid', 'action.supervisorIsOwner');
  const item = own(state.items, action.itemId);
  if (item?.interests.some((i) => i.memberId === memberId)) return refuse('invalid', 'action.supervisorInterested');
  return null;
}

/** Whether `actor` may confirm action item `actionId` now, before the note is read: its named supervisor, not barred since. */
export function mayConfirm({ state, actor }: MayContext, { actionId }: { actionId: string }): Ruling | null {
  const action = own(state.actions, actionId);
  if (!action) return refuse('not_found', 'action.unknown');
  if (action.supervisorMemberId === null) return refuse('conflict', 'action.unsupervised');
  if (actor.memberId !== action.supervisorMemberId) return refuse('forbidden', 'role.actionSupervisor');
  if (action.confirmedBy !== null && action.status === 'done') return refuse('conflict', 'action.unchanged');
  return supervisorBarred(state, action, action.supervisorMemberId);
}

/** The named supervisor confirms a supervised item done, with an optional note; nobody else can, the host included. */
export function confirm({ state, actor }: RuleContext, command: CommandOf<'action.confirm'>): Ruling {
  const barred = mayConfirm({ state, actor }, command);
  if (barred) return barred;
  return accept([{ type: 'action.confirmed', actionId: command.actionId, note: command.note || null }]);
}

/**
 * The host names another supervisor (or none) for an item not yet confirmed done: the one way on
 * when the supervisor declared an interest after being named, or left the meeting.
 */
export function supervise({ state }: RuleContext, command: CommandOf<'action.supervise'>): Ruling {
  const barred = maySupervise({ state }, command);
  if (barred) return barred;
  const action = own(state.actions, command.actionId)!;
  const { supervisorMemberId } = command;
  if (supervisorMemberId === action.supervisorMemberId) return refuse('conflict', 'action.supervisorUnchanged');
  if (supervisorMemberId !== null) {
    const supervisor = findCurrentMember(state, supervisorMemberId);
    if (!supervisor.ok) return supervisor.decision;
    const barred = supervisorBarred(state, action, supervisorMemberId);
    if (barred) return barred;
  }
  return accept([{ type: 'action.supervisorNamed', actionId: action.id, supervisorMemberId }]);
}

/** Whether action item `actionId` may be given another supervisor now: it exists and its supervisor has not confirmed it. */
export function maySupervise({ state }: Pick<MayContext, 'state'>, { actionId }: { actionId: string }): Ruling | null {
  const action = own(state.actions, actionId);
  if (!action) return refuse('not_found', 'action.unknown');
  const confirmed = action.confirmedBy !== null && action.status === 'done';
  return confirmed ? refuse('conflict', 'action.confirmedAlready') : null;
}

/** Action items' commands (an owner updates their own item too: the rule checks): who may send each (model/commandRules.ts `Access`) and its rule; `decide` dispatches by this list. */
export const ACTION_COMMANDS = commandRules({
  'action.create': { access: 'host', may: mayCreate, rule: create },
  'action.update': { access: 'memberOrHost', may: mayUpdate, rule: update },
  'action.confirm': { access: 'member', may: mayConfirm, rule: confirm },
  'action.supervise': { access: 'host', may: maySupervise, rule: supervise },
});
