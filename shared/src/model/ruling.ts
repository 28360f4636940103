/** The result type of every rule, and the context a rule reads. */
import { own } from '../core/own.js';
import type { Rubric } from './rubric.js';
import type { RefusalKey, RefusalParams } from '../core/refusals.js';
import type { EventBody } from './events.js';
import type { RoomState } from './state.js';
import { protocolError, type ErrorCode, type ProtocolError } from '../core/errors.js';
import type { Role } from '../core/vocabulary.js';

/** Who sends a command: the role of their link, and their member id once they have joined by name. */
export interface Actor {
  role: Role;
  memberId: string | null;
}

export type Ruling = { ok: true; events: EventBody[]; id?: string } | { ok: false; error: ProtocolError };

/**
 * What the server reads from outside the event state before deciding, so `decide` stays pure:
 * the draft text a consensus round freezes (or a saved version keeps), rendered from the room's Yjs
 * document and hashed.
 */
export interface DecideInputs {
  frozenDraft?: { text: string; textHash: string };
  /**
   * The default scorecard rubric, for `scorecard.submit` before the host set one: given by the server
   * (followup/rubricInputs.ts) so that its ~5 KB of labels stay off the phone's path, which runs
   * `decide` for its buttons but never submits a card without the follow-up screens.
   */
  defaultRubric?: Rubric;
  /** The council's default notice period (公示期, days) for `notice.publish` without one; absent: 7. */
  noticePeriodDays?: number;
}

/** What a rule sees: the state, who acts, the server time, and any outside inputs. */
export interface RuleContext {
  state: RoomState;
  actor: Actor;
  now: number;
  inputs: DecideInputs;
}

/** A lookup a rule makes: the entry, or the refusal to answer with when there is none. */
export type Found<T> = { ok: true; value: T } | { ok: false; decision: Ruling };

/**
 * The room's own entry of `record` under `id` (an id a client sent), or `not_found` with `reason`:
 * `constructor` and other built-ins are never entries (core/own.ts).
 */
export function findOwn<T>(record: Readonly<Record<string, T>>, id: string, reason: RefusalKey): Found<T> {
  const value = own(record, id);
  return value ? { ok: true, value } : { ok: false, decision: refuse('not_found', reason) };
}

/** Refuses a command with a refusal key of core/refusals.ts. */
export function refuse(code: ErrorCode, reason: RefusalKey, params?: RefusalParams): Ruling {
  return { ok: false, error: protocolError(code, reason, params) };
}

/** Accepts a command: the events it produces, and the id of whatever it created. */
export function accept(events: EventBody[], id?: string): Ruling {
  return id === undefined ? { ok: true, events } : { ok: true, events, id };
}

/**
 * Ids are derived from the seq the next event will get, so rules stay pure and every id in a
 * room is unique without a random source.
 */
export function nextId(state: RoomState, prefix: string): string {
  return `${prefix}${state.seq + 1}`;
}
