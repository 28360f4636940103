/**
 * The y-websocket wire protocol (Yjs 13, y-protocols 1): message types, our close codes and limits,
 * and the few encoders the server needs. Documented for other clients in docs/protocol.md.
 */
import { DRAFT_CAPS, DRAFT_CLOSE, type DraftRefusalNotice } from '@dr/shared';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** Top-level message types of y-websocket. `auth` (2) is server → client only, so a client sending it is malformed. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;
/** The one sub-type of an auth message (y-protocols/auth): permission denied, with a reason. */
export const AUTH_PERMISSION_DENIED = 0;

/** Sub-types of a sync message (y-protocols/sync). */
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

/** Close codes of the draft endpoint (shared with clients; a refused edit closes nothing). */
export const CLOSE = DRAFT_CLOSE;

export interface DocSettings {
  /** Largest message accepted from a client, in bytes. */
  maxMessageBytes: number;
  /** Largest awareness update (cursor and name) accepted from a client, in bytes. */
  maxAwarenessBytes: number;
  /** Largest size of one draft (its items in the update encoding, deleted runs included), in bytes. */
  maxDraftBytes: number;
  /** Largest encoded document a room may grow to, in bytes: a last line of defence, far above one draft. */
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
  maxMessageBytes: DRAFT_CAPS.message,
  maxAwarenessBytes: 64_000,
  maxDraftBytes: DRAFT_CAPS.draft,
  maxDocBytes: 16_000_000,
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

/**
 * y-protocols' "permission denied" message with the notice as JSON text: a stock y-websocket
 * provider logs it and carries on; ours shows it in the person's language.
 */
export function refusalMessage(notice: DraftRefusalNotice): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AUTH);
  encoding.writeVarUint(encoder, AUTH_PERMISSION_DENIED);
  encoding.writeVarString(encoder, JSON.stringify(notice));
  return encoding.toUint8Array(encoder);
}

function message(type: number, subType: number | null, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  if (subType !== null) encoding.writeVarUint(encoder, subType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}
