/** The result type of every rule, and the context a rule reads. */
import { protocolError, type ErrorCode, type ProtocolError, type Role } from './protocol.js';
import type { EventBody } from './events.js';
import type { RoomState } from './state.js';

/** Who sends a command: the role of their link, and their member id once they have joined by name. */
export interface Actor {
  role: Role;
  memberId: string | null;
}

export type Decision = { ok: true; events: EventBody[]; id?: string } | { ok: false; error: ProtocolError };

/** What a rule sees: the state, who acts, and the server time. */
export interface RuleContext {
  state: RoomState;
  actor: Actor;
  now: number;
}

export function refuse(code: ErrorCode, message: string): Decision {
  return { ok: false, error: protocolError(code, message) };
}

export function accept(events: EventBody[], id?: string): Decision {
  return id === undefined ? { ok: true, events } : { ok: true, events, id };
}

/**
 * Ids are derived from the seq the next event will get, so rules stay pure and every id in a
 * room is unique without a random source.
 */
export function nextId(state: RoomState, prefix: string): string {
  return `${prefix}${state.seq + 1}`;
}
