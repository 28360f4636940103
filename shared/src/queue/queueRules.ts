/** Rules for the speaking queue and the floor (定会纪): fair turns, by the room's policy. */
import { findCurrentMember } from '../meeting/memberRules.js';
import type { CommandOf } from '../model/commands.js';
import { accept, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import type { EventBody } from '../model/events.js';
import { pickNext, turnsOnActiveItem } from './queuePolicy.js';
import type { RoomState } from '../model/state.js';
import { commandRules } from '../model/commandRules.js';

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
  const raised = state.queue.find((e) => e.memberId === memberId);
  if (raised?.kind === kind) return refuse('conflict', 'queue.alreadyRaised');
  if (state.speaker?.memberId === memberId) return refuse('conflict', 'queue.hasFloor');
  if (kind === 'pointOfOrder' && !state.rules.pointsOfOrder) {
    return refuse('conflict', 'queue.noPointsOfOrder');
  }
  const cap = state.rules.maxTurnsPerItem;
  if (kind !== 'pointOfOrder' && cap !== null && turnsOnActiveItem(state, memberId) >= cap) {
    return refuse('conflict', 'queue.turnCap', { cap });
  }
  // Another kind for a hand already up: it keeps its place (its raise time and stored position);
  // serving order then puts it where the policy puts that kind, with no lowering in between.
  if (raised) return accept([{ type: 'queue.kindChanged', memberId, kind }]);
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
  const from = state.queue.findIndex((e) => e.memberId === command.memberId);
  if (from === -1) return refuse('conflict', 'queue.notRaised');
  // The queue moved under the sender (a hand raised, lowered or moved): a move computed from the old
  // order would put the hand somewhere the host did not mean.
  if (command.fromPosition !== undefined && command.fromPosition !== from) return refuse('conflict', 'queue.stale');
  const position = Math.min(command.position, state.queue.length - 1);
  return accept([{ type: 'queue.moved', memberId: command.memberId, position }]);
}

/**
 * Whether a command on the floor still concerns the current turn. `seen` is the turn the sender saw
 * (`null`: nobody speaking; `undefined`: an older client that sent none, which is not checked).
 * Two consoles pressing "Next" at once: the second saw the turn the first just ended, and is refused.
 */
export function isStaleTurn(state: RoomState, seen: number | null | undefined): boolean {
  if (seen === undefined) return false;
  return (state.speaker?.turnId ?? null) !== seen;
}

/** Ends the current turn (if any) and gives the floor to whoever the policy picks. */
export function next({ state }: RuleContext, command: CommandOf<'queue.next'>): Ruling {
  if (isStaleTurn(state, command.turnId)) return refuse('conflict', 'queue.stale');
  const entry = pickNext(state);
  if (!entry) return refuse('conflict', 'queue.empty');
  const events: EventBody[] = endTurn(state);
  events.push({
    type: 'speaker.started',
    memberId: entry.memberId,
    itemId: state.activeItemId,
    kind: entry.kind,
    limitSec: state.rules.speakingLimitSec,
    // The seq this event will get: the room stamps a command's events from state.seq + 1 in order.
    turnId: state.seq + events.length + 1,
  });
  return accept(events);
}

/** The host ends a turn; a speaker may also yield the floor themselves. */
export function end({ state, actor }: RuleContext, command: CommandOf<'speaker.end'>): Ruling {
  if (isStaleTurn(state, command.turnId)) return refuse('conflict', 'queue.stale');
  if (!state.speaker) return refuse('conflict', 'speaker.none');
  if (actor.role !== 'host' && state.speaker.memberId !== actor.memberId) {
    return refuse('forbidden', 'role.endTurn');
  }
  return accept(endTurn(state));
}

export function pause({ state }: RuleContext, command: CommandOf<'speaker.pause'>): Ruling {
  if (isStaleTurn(state, command.turnId)) return refuse('conflict', 'queue.stale');
  if (!state.speaker) return refuse('conflict', 'speaker.none');
  if (state.speaker.pausedAt !== null) return refuse('conflict', 'speaker.alreadyPaused');
  return accept([{ type: 'speaker.paused', memberId: state.speaker.memberId }]);
}

export function resume({ state }: RuleContext, command: CommandOf<'speaker.resume'>): Ruling {
  if (isStaleTurn(state, command.turnId)) return refuse('conflict', 'queue.stale');
  if (!state.speaker) return refuse('conflict', 'speaker.none');
  if (state.speaker.pausedAt === null) return refuse('conflict', 'speaker.notPaused');
  return accept([{ type: 'speaker.resumed', memberId: state.speaker.memberId }]);
}

export function extend({ state }: RuleContext, command: CommandOf<'speaker.extend'>): Ruling {
  if (isStaleTurn(state, command.turnId)) return refuse('conflict', 'queue.stale');
  if (!state.speaker) return refuse('conflict', 'speaker.none');
  return accept([{ type: 'speaker.extended', memberId: state.speaker.memberId, seconds: command.seconds }]);
}

function endTurn(state: RoomState): EventBody[] {
  return state.speaker ? [{ type: 'speaker.ended', memberId: state.speaker.memberId }] : [];
}

/** The queue's and the floor's commands: who may send each (model/commandRules.ts `Access`) and its rule; `decide` dispatches by this list. */
export const QUEUE_COMMANDS = commandRules({
  'queue.raise': { access: 'memberOrHost', rule: raise },
  'queue.lower': { access: 'memberOrHost', rule: lower },
  'queue.move': { access: 'host', rule: move },
  'queue.next': { access: 'host', rule: next },
  'speaker.end': { access: 'memberOrHost', rule: end },
  'speaker.pause': { access: 'host', rule: pause },
  'speaker.resume': { access: 'host', rule: resume },
  'speaker.extend': { access: 'host', rule: extend },
});
