/**
 * Whether the web app should offer an action: the same permission `decide` applies (room/roomCommands.ts)
 * and the part of the command's rule that holds before its content is typed (the item exists and is
 * not rejected, the round is open, the meeting has adjourned …). Each area's rules export that part
 * (`mayAddFact`, `mayVote` …) and run it first themselves, so the screen and the server read one rule;
 * the server still decides the whole command. Pure, zod-free.
 */
import { mayAddFact, mayPropose, mayRetractFact } from '../agenda/agendaRules.js';
import { mayOpen, mayRecord, mayVote } from '../consensus/consensusRules.js';
import { assertNever } from '../core/errors.js';
import type { ProtocolError } from '../core/errors.js';
import { maySaveVersion } from '../draft/draftRules.js';
import { mayCreate, mayUpdate } from '../followup/actionRules.js';
import { maySubmit } from '../followup/scorecardRules.js';
import type { Actor, Ruling } from '../model/ruling.js';
import type { RoomState } from '../model/state.js';
import { permission } from './roomCommands.js';

/**
 * An action someone may start, before its content is typed: a command's type and the things it names.
 * A new case here needs its `may…` part in the area's rules (a type not listed is refused by the type
 * checker); a complete command is asked with `decide` itself.
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
  | { type: 'scorecard.submit' };

/** Why `actor` may not start `attempt` now (the refusal `decide` would give), or null when they may. */
export function attemptRefusal(state: RoomState, actor: Actor, attempt: Attempt): ProtocolError | null {
  const barred = permission(state, actor, attempt.type) ?? rulePart(state, actor, attempt);
  return barred && !barred.ok ? barred.error : null;
}

/** Whether `actor` may start `attempt` now: whether to show its button or form. */
export function mayAttempt(state: RoomState, actor: Actor, attempt: Attempt): boolean {
  return attemptRefusal(state, actor, attempt) === null;
}

function rulePart(state: RoomState, actor: Actor, attempt: Attempt): Ruling | null {
  switch (attempt.type) {
    case 'agenda.propose':
      return mayPropose(state);
    case 'agenda.addFact':
      return mayAddFact(state, attempt);
    case 'agenda.retractFact':
      return mayRetractFact(state, attempt);
    case 'draft.saveVersion':
      return maySaveVersion(state, attempt);
    case 'consensus.open':
      return mayOpen(state, attempt);
    case 'consensus.vote':
      return mayVote(state, actor, attempt);
    case 'decision.record':
      return mayRecord(state, attempt);
    case 'action.create':
      return mayCreate(state, attempt);
    case 'action.update':
      return mayUpdate(state, actor, attempt);
    case 'scorecard.submit':
      return maySubmit(state);
    default:
      return assertNever(attempt);
  }
}
