/**
 * The y-websocket wire protocol (Yjs 13, y-protocols 1): message types, our close codes and limits,
 * and the few encoders the server needs. Documented for other clients in docs/protocol.md.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** Top-level message types of y-websocket. `auth` (2) is server → client only, so a client sending it is malformed. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

/** Sub-types of a sync message (y-protocols/sync). */
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

/**
 * Close codes. y-websocket's provider treats 4400–4499 as final (it stops reconnecting and emits
 * `closed { code, reason }`) and every other code as transient (it reconnects with backoff).
 */
export const CLOSE = {
  /** Not a y-websocket message, an unknown type, an update that does not decode or refers to missing content. */
  malformed: 4400,
  /** No token, or a token that is not one of the room's links. */
  badToken: 4401,
  /** No such room. */
  notFound: 4404,
  /** A message over the size cap, or an update that would grow the document past its cap. */
  tooLarge: 4413,
  /** Awareness updates far beyond the throttle, for long. */
  tooManyMessages: 4429,
  /** An edit to a locked draft. Transient on purpose: the provider reconnects and resyncs. */
  draftLocked: 4523,
  /** Standard codes: the server is shutting down / failed; both are transient for the provider. */
  goingAway: 1001,
  serverError: 1011,
} as const;

export interface DocSettings {
  /** Largest message accepted from a client, in bytes. */
  maxMessageBytes: number;
  /** Largest awareness update (cursor and name) accepted from a client, in bytes. */
  maxAwarenessBytes: number;
  /** Largest encoded document a room may grow to, in bytes. */
  maxDocBytes: number;
  /** Awareness updates per connection: a burst of this many, refilled at `awarenessPerSecond`. */
  awarenessBurst: number;
  awarenessPerSecond: number;
  /** Dropped awareness updates tolerated (a burst, refilled per second) before the connection is closed. */
  awarenessStrikes: number;
  awarenessStrikesPerSecond: number;
  /** How long an update may wait in memory before it is appended to the store. */
  flushDelayMs: number;
  /** The stored log is compacted into one update once it holds more than this many. */
  compactAfterUpdates: number;
}

export const DOC_SETTINGS: DocSettings = {
  maxMessageBytes: 1_000_000,
  maxAwarenessBytes: 64_000,
  maxDocBytes: 4_000_000,
  awarenessBurst: 20,
  awarenessPerSecond: 20,
  awarenessStrikes: 200,
  awarenessStrikesPerSecond: 10,
  flushDelayMs: 1000,
  compactAfterUpdates: 200,
};

/** The root type that holds an agenda item's draft. */
export const DRAFT_PREFIX = 'draft:';
export function draftRootName(itemId: string): string {
  return `${DRAFT_PREFIX}${itemId}`;
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  return message(MESSAGE_SYNC, SYNC_STEP1, Y.encodeStateVector(doc));
}

export function syncStep2Message(update: Uint8Array): Uint8Array {
  return message(MESSAGE_SYNC, SYNC_STEP2, update);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  return message(MESSAGE_SYNC, SYNC_UPDATE, update);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  return message(MESSAGE_AWARENESS, null, update);
}

function message(type: number, subType: number | null, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  if (subType !== null) encoding.writeVarUint(encoder, subType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}
