/**
 * Declared interests (利益回避): a member declares an interest in an agenda item (a relative's
 * house on the lane, a contract with the firm), or the host declares it for them; either may
 * withdraw it. Declarations are shown to everyone, and the meeting rules say whether interested
 * members vote (`interestedMayVote`); when they may not, a ballot they gave in an open round on the
 * item is withdrawn as they declare.
 */
import { findItem } from './agendaRules.js';
import { barredBallots, interestOf } from '../consensus/interestVoting.js';
import { findCurrentMember } from '../meeting/memberRules.js';
import type { CommandOf } from '../model/commands.js';
import { accept, refuse, type Actor, type RuleContext, type Ruling } from '../model/ruling.js';
import type { RoomState } from '../model/state.js';
import { commandRules } from '../model/commandRules.js';

type Whose = { ok: true; memberId: string } | { ok: false; decision: Ruling };

/** The member a declaration is about: oneself, or anyone for the host. */
function whose(state: RoomState, actor: Actor, memberId: string | undefined): Whose {
  const target = memberId ?? actor.memberId;
  if (!target) return { ok: false, decision: refuse('invalid', 'interest.whose') };
  if (target !== actor.memberId && actor.role !== 'host') {
    return { ok: false, decision: refuse('forbidden', 'role.hostForOthers') };
  }
  const found = findCurrentMember(state, target);
  return found.ok ? { ok: true, memberId: target } : { ok: false, decision: found.decision };
}

export function declare({ state, actor }: RuleContext, command: CommandOf<'interest.declare'>): Ruling {
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  const item = findItem(state, command.itemId);
  if (!item.ok) return item.decision;
  const member = whose(state, actor, command.memberId);
  if (!member.ok) return member.decision;
  const { memberId } = member;
  return accept([
    ...barredBallots(state, state.rules, { itemId: item.value.id, memberId }),
    { type: 'interest.declared', itemId: item.value.id, memberId, note: command.note },
  ]);
}

export function withdraw({ state, actor }: RuleContext, command: CommandOf<'interest.withdraw'>): Ruling {
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  const item = findItem(state, command.itemId);
  if (!item.ok) return item.decision;
  const member = whose(state, actor, command.memberId);
  if (!member.ok) return member.decision;
  if (!interestOf(item.value, member.memberId)) return refuse('conflict', 'interest.none');
  return accept([{ type: 'interest.withdrawn', itemId: item.value.id, memberId: member.memberId }]);
}

/** Declared interests' commands: who may send each (model/commandRules.ts `Access`) and its rule; `decide` dispatches by this list. */
export const INTEREST_COMMANDS = commandRules({
  'interest.declare': { access: 'memberOrHost', rule: declare },
  'interest.withdraw': { access: 'memberOrHost', rule: withdraw },
});
