/**
 * Whether the web app should offer an action: the same permission `decide` applies (room/roomCommands.ts)
 * and the part of the command's rule that holds before its content is typed (the item exists and is
 * not rejected, the round is open, the meeting has adjourned …): the `may` of its entry in the
 * area's command list (`mayAddFact`, `mayVote` …), which the rule runs first itself, so the screen
 * and the server read one rule; the server still decides the whole command. Pure, zod-free.
 */
import type { ProtocolError } from '../core/errors.js';
import type { Command } from '../model/commands.js';
import type { Actor } from '../model/ruling.js';
import type { RoomState } from '../model/state.js';
import { commandRule, permission } from './roomCommands.js';

/**
 * An action someone may start, before its content is typed: a command's type and the things it names.
 * A new case here needs a `may` part in its entry of the area's command list (mayAttempt.test.ts
 * checks every case against `decide`); a complete command is asked with `decide` itself.
 */
export type Attempt =
  | { type: 'agenda.propose' }
  | { type: 'agenda.addFact'; itemId: string }
  | { type: 'agenda.retractFact'; itemId: string; factId: string }
  | { type: 'draft.saveVersion'; itemId: string }
  | { type: 'consensus.open'; itemId: string }
  | { type: 'consensus.vote'; roundId: string }
  | { type: 'decision.record'; roundId: string }
  | { type: 'action.create'; decisionId: string }
  | { type: 'action.update'; actionId: string }
  | { type: 'action.confirm'; actionId: string }
  | { type: 'action.supervise'; actionId: string }
  | { type: 'scorecard.submit' };

/** Why `actor` may not start `attempt` now (the refusal `decide` would give), or null when they may. */
export function attemptRefusal(state: RoomState, actor: Actor, attempt: Attempt): ProtocolError | null {
  // `may` reads only the fields an attempt names (commandRules.ts), so it takes the attempt for its command.
  const barred =
    permission(state, actor, attempt.type) ?? commandRule(attempt.type).may?.({ state, actor }, attempt as Command);
  return barred && !barred.ok ? barred.error : null;
}

/** Whether `actor` may start `attempt` now: whether to show its button or form. */
export function mayAttempt(state: RoomState, actor: Actor, attempt: Attempt): boolean {
  return attemptRefusal(state, actor, attempt) === null;
}
