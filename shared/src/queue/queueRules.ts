/** Rules for the speaking queue and the floor (定会纪): fair turns, by the room's policy. */
import { findCurrentMember } from '../meeting/memberRules.js';
import type { CommandOf } from '../model/commands.js';
import { accept, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import type { EventBody } from '../model/events.js';
import { pickNext, turnsOnActiveItem } from './queuePolicy.js';
import type { RoomState } from '../model/state.js';

type Target = { ok: true; memberId: string } | { ok: false; decision: Ruling };

/** Whose hand: one's own, or (for the host) anyone's, e.g. someone in the room without a phone. */
function target({ state, actor }: RuleContext, memberId: string | undefined): Target {
  const id = memberId ?? actor.memberId;
  if (!id) return { ok: false, decision: refuse('invalid', 'queue.whose') };
  if (id !== actor.memberId && actor.role !== 'host') {
    return { ok: false, decision: refuse('forbidden', 'role.hostForOthers') };
  }
  const found = findCurrentMember(state, id);
  return found.ok ? { ok: true, memberId: id } : found;
}

export function raise(ctx: RuleContext, command: CommandOf<'queue.raise'>): Ruling {
  const { state } = ctx;
  const who = target(ctx, command.memberId);
  if (!who.ok) return who.decision;
  const { memberId } = who;
  const kind = command.kind ?? 'speak';
  if (state.phase === 'closed') return refuse('conflict', 'room.closed');
  if (state.queue.some((e) => e.memberId === memberId)) return refuse('conflict', 'queue.alreadyRaised');
  if (state.speaker?.memberId === memberId) return refuse('conflict', 'queue.hasFloor');
  if (kind === 'pointOfOrder' && !state.rules.pointsOfOrder) {
    return refuse('conflict', 'queue.noPointsOfOrder');
  }
  const cap = state.rules.maxTurnsPerItem;
  if (kind !== 'pointOfOrder' && cap !== null && turnsOnActiveItem(state, memberId) >= cap) {
    return refuse('conflict', 'queue.turnCap', { cap });
  }
  return accept([{ type: 'queue.raised', memberId, kind }]);
}

export function lower(ctx: RuleContext, command: CommandOf<'queue.lower'>): Ruling {
  const who = target(ctx, command.memberId);
  if (!who.ok) return who.decision;
  if (!ctx.state.queue.some((e) => e.memberId === who.memberId)) return refuse('conflict', 'queue.notRaised');
  return accept([{ type: 'queue.lowered', memberId: who.memberId }]);
}

export function move({ state }: RuleContext, command: CommandOf<'queue.move'>): Ruling {
  const found = findCurrentMember(state, command.memberId);
  if (!found.ok) return found.decision;
  if (!state.queue.some((e) => e.memberId === command.memberId)) return refuse('conflict', 'queue.notRaised');
  const position = Math.min(command.position, state.queue.length - 1);
  return accept([{ type: 'queue.moved', memberId: command.memberId, position }]);
}

/** Ends the current turn (if any) and gives the floor to whoever the policy picks. */
export function next({ state }: RuleContext): Ruling {
  const entry = pickNext(state);
  if (!entry) return refuse('conflict', 'queue.empty');
  const events: EventBody[] = endTurn(state);
  events.push({
    type: 'speaker.started',
    memberId: entry.memberId,
    itemId: state.activeItemId,
    kind: entry.kind,
    limitSec: state.rules.speakingLimitSec,
  });
  return accept(events);
}

/** The host ends a turn; a speaker may also yield the floor themselves. */
export function end({ state, actor }: RuleContext): Ruling {
  if (!state.speaker) return refuse('conflict', 'speaker.none');
  if (actor.role !== 'host' && state.speaker.memberId !== actor.memberId) {
    return refuse('forbidden', 'role.endTurn');
  }
  return accept(endTurn(state));
}

export function pause({ state }: RuleContext): Ruling {
  if (!state.speaker) return refuse('conflict', 'speaker.none');
  if (state.speaker.pausedAt !== null) return refuse('conflict', 'speaker.alreadyPaused');
  return accept([{ type: 'speaker.paused', memberId: state.speaker.memberId }]);
}

export function resume({ state }: RuleContext): Ruling {
  if (!state.speaker) return refuse('conflict', 'speaker.none');
  if (state.speaker.pausedAt === null) return refuse('conflict', 'speaker.notPaused');
  return accept([{ type: 'speaker.resumed', memberId: state.speaker.memberId }]);
}

export function extend({ state }: RuleContext, command: CommandOf<'speaker.extend'>): Ruling {
  if (!state.speaker) return refuse('conflict', 'speaker.none');
  return accept([{ type: 'speaker.extended', memberId: state.speaker.memberId, seconds: command.seconds }]);
}

function endTurn(state: RoomState): EventBody[] {
  return state.speaker ? [{ type: 'speaker.ended', memberId: state.speaker.memberId }] : [];
}
