/**
 * What the nodes of a cluster tell each other over one Redis channel. Every message carries the
 * node it came from, so a node ignores its own and answers only what is addressed to it. Binary
 * payloads (Yjs updates, state vectors, awareness) travel as base64.
 */
import type { PresenceMessage, Role } from '@dr/shared';

export const CLUSTER_CHANNEL = 'dr:cluster';

export type ClusterMessage =
  /** The room's events are stored up to `seq`: fold them from the store. */
  | { t: 'seq'; room: string; seq: number }
  /** The sender's own sessions of the room (empty when the last one left); repeated as a heartbeat. */
  | { t: 'presence'; room: string; presence: PresenceMessage; seq: number }
  /** A node that loaded the room asks the others to say who is with them. */
  | { t: 'presenceQuery'; room: string }
  /** A link of `role` was replaced: close the draft connections that came in through it. */
  | { t: 'revoke'; room: string; role: Role }
  /** A Yjs update the sender accepted and stores. */
  | { t: 'docUpdate'; room: string; update: string }
  /** An awareness update of the sender's editors. */
  | { t: 'awareness'; room: string; update: string }
  /** "My document has this state vector": send me what it lacks. Every live node answers `query`. */
  | { t: 'docQuery'; room: string; query: string; stateVector: string }
  /** The answer to a `docQuery`, for node `to` only; without `update` when the sender lacks nothing of it. */
  | { t: 'docAnswer'; room: string; to: string; query: string; update?: string }
  /** Sent every heartbeat: the sender is alive (a node not heard from for three beats is gone). */
  | { t: 'alive' }
  /** The sender is shutting down: forget its presence now. */
  | { t: 'bye' };

export interface Envelope {
  node: string;
  message: ClusterMessage;
}

export function encodeEnvelope(envelope: Envelope): string {
  return JSON.stringify(envelope);
}

/** Null for anything that is not a well-formed envelope (another program on the channel). */
export function decodeEnvelope(text: string): Envelope | null {
  try {
    const value = JSON.parse(text) as Partial<Envelope>;
    if (typeof value.node !== 'string' || typeof value.message?.t !== 'string') return null;
    return value as Envelope;
  } catch {
    return null;
  }
}

export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
export const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));
