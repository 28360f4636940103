/**
 * The draft endpoint's contract beyond the y-websocket protocol itself (docs/protocol.md, "Draft
 * resolution"): its close codes, and the notice an editor gets when part of its update was not kept.
 * Shared so that the server that sends them and every client that reads them agree.
 */
import type { RefusalKey } from '../core/refusals.js';

/**
 * Close codes of the draft endpoint. y-websocket's provider treats 4400–4499 as final (it stops
 * reconnecting and emits `closed { code, reason }`) and every other code as transient (it
 * reconnects with backoff). A refused edit closes nothing: see `DraftRefusalNotice`.
 */
export const DRAFT_CLOSE = {
  /** Not a y-websocket message, an unknown type, an update that does not decode or refers to missing content. */
  malformed: 4400,
  /** No token, or a token that is not one of the room's links. */
  badToken: 4401,
  /** No such room. */
  notFound: 4404,
  /** A message or awareness update over its size cap, or an undoable deletion in a locked draft at its cap. */
  tooLarge: 4413,
  /** Awareness updates far beyond the throttle, for long. */
  tooManyMessages: 4429,
  /**
   * A join code from an address slowed for guessing (server/src/access/guessGuard.ts). Outside
   * 4400–4499 on purpose: the provider retries with backoff, and its retries are never counted.
   */
  tooManyGuesses: 4529,
  /** Standard codes: the server is shutting down / failed; both are transient for the provider. */
  goingAway: 1001,
  serverError: 1011,
} as const;

/**
 * The draft endpoint's size caps, in bytes, as the server applies them (its `DOC_SETTINGS`); an
 * editor checks a large change against them before it enters its own document (issue 25), so a
 * paste too large is refused on the device instead of being sent, refused, and stored.
 * - `message`: one y-websocket message (an update, a sync step); over it the connection closes (4413).
 * - `draft`: one draft's content; over it the edit is undone with a `draft.tooLarge` notice.
 */
export const DRAFT_CAPS = { message: 1_000_000, draft: 500_000 } as const;

/**
 * Why part of an update was not kept; each is a refusal key (REFUSALS) with its text in both languages.
 * - `draft.notADraft`: content outside `draft:<itemId>` of an existing agenda item.
 * - `draft.badContent`: content a draft cannot hold (not the y-prosemirror shape, or nested too deep).
 * - `draft.lockedEdit`: an edit to a locked draft (it arrived after the lock).
 * - `draft.tooLarge`: the draft would pass its size cap (`limit`, bytes).
 * - `draft.roomFull`: the room's whole document would pass its cap (`limit`, bytes).
 */
export const DRAFT_REFUSALS = [
  'draft.notADraft',
  'draft.badContent',
  'draft.lockedEdit',
  'draft.tooLarge',
  'draft.roomFull',
] as const satisfies readonly RefusalKey[];
export type DraftRefusal = (typeof DRAFT_REFUSALS)[number];

/**
 * Sent to the editor whose update was partly refused, as the reason of y-protocols' "permission
 * denied" message (type 2, sub-type 0), in JSON. The refused content is also deleted at the sender
 * (a sync update carrying its ids), so its editor shows what everyone else sees.
 */
export interface DraftRefusalNotice {
  reason: DraftRefusal;
  /** The agenda item whose draft it was; null for content outside any draft. */
  itemId: string | null;
  /** The cap reached, in bytes (`draft.tooLarge`, `draft.roomFull`): a positive whole number. */
  limit?: number;
}

const NOTICE_KEYS: ReadonlySet<string> = new Set(['reason', 'itemId', 'limit']);

/**
 * Whether `value` is a `DraftRefusalNotice` and nothing more (no other key). Checked by hand, not
 * with zod: every editor runs it, and the web app's first load carries no zod (docs/performance.md).
 */
function isDraftRefusalNotice(value: unknown): value is DraftRefusalNotice {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const notice = value as Record<string, unknown>;
  const { reason, itemId, limit } = notice;
  return (
    Object.keys(notice).every((key) => NOTICE_KEYS.has(key)) &&
    typeof reason === 'string' &&
    (DRAFT_REFUSALS as readonly string[]).includes(reason) &&
    (itemId === null || typeof itemId === 'string') &&
    (limit === undefined || (Number.isSafeInteger(limit) && (limit as number) > 0))
  );
}

/** Reads a refusal notice from the text of a "permission denied" message; null if it is not one. */
export function parseDraftRefusal(text: string): DraftRefusalNotice | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isDraftRefusalNotice(parsed)) return null;
    const { reason, itemId, limit } = parsed;
    return { reason, itemId, ...(limit === undefined ? {} : { limit }) };
  } catch {
    return null;
  }
}
