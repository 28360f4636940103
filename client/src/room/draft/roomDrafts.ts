/**
 * The room's drafts on this page: one Y.Doc per room (each item's draft is its `draft:<itemId>`
 * fragment), one y-websocket connection to `/yjs/<roomId>?token=…`, and for editors a copy in
 * IndexedDB, so a phone that loses signal keeps its edits and merges them when it is back.
 * Shared by every view on the page and closed a little after the last one lets go.
 *
 * An edit the server does not keep (a locked draft, a draft at its size cap) closes nothing: the
 * server undoes it in this document and sends a notice (docs/protocol.md, "Refused edits"), kept
 * here as `refusal` for the editor to say why.
 */
import { DRAFT_CLOSE, parseDraftRefusal, type DraftRefusalNotice } from '@dr/shared';
import * as decoding from 'lib0/decoding';
import type { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { draftServerUrl } from './draftUrl';

/** y-websocket's auth message, which the server uses for refusal notices (permission denied, sub-type 0). */
const MESSAGE_AUTH = 2;
const PERMISSION_DENIED = 0;

export interface DraftRefusal extends DraftRefusalNotice {
  /** Counts refusals on this page, so the same notice twice still shows as new. */
  serial: number;
}

export interface DraftStatus {
  /** Never synced yet; in step with the server; or lost the connection after having had it. */
  link: 'connecting' | 'live' | 'offline';
  /** The latest edit of this person's the server did not keep, and why; null once dismissed. */
  refusal: DraftRefusal | null;
  /** A final close (4400–4499: bad link, no room, a message too large …); the connection is not retried. */
  closedCode: number | null;
  /**
   * This device has edits the server has not seen: made while the draft was not live, kept until the
   * next sync hands them over (the server then keeps them, or undoes them with a refusal notice).
   */
  unsent: boolean;
}

export interface RoomDrafts {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Watch-only: never publishes a cursor and keeps no local copy (observers, the board). */
  readonly watchOnly: boolean;
  draft(itemId: string): Y.XmlFragment;
  status(): DraftStatus;
  /** Forgets the refusal shown (the person has read it). */
  dismissRefusal(): void;
  /** Shows a refusal made on this device (a change too large, never let into the document). */
  refuse(notice: DraftRefusalNotice): void;
  /**
   * Follows the room's own connection, so the page shows one status: while the room is not
   * connected the draft is offline too (never "live" beside "Reconnecting…"), and once the room is
   * back the draft connects at once instead of waiting out its own backoff.
   */
  follow(roomOnline: boolean): void;
  subscribe(listener: () => void): () => void;
}

interface Entry {
  drafts: RoomDrafts;
  refs: number;
  closeTimer: ReturnType<typeof setTimeout> | null;
  destroy(): void;
}

/** Kept open this long after the last view lets go: a remount or a topic switch reuses it. */
const LINGER_MS = 3_000;
/** One opened for a render that never committed is closed after this long. */
const UNCLAIMED_MS = 30_000;

const open = new Map<string, Entry>();
/** Views that follow a room's drafts being opened afresh (see `startAfresh`). */
const replaced = new Set<() => void>();

/** Calls `listener` whenever a room's drafts were opened afresh: `roomDrafts` then returns the new ones. */
export function onReplaced(listener: () => void): () => void {
  replaced.add(listener);
  return () => replaced.delete(listener);
}

/**
 * The room's drafts, opened on first use. Call `retain` once a view that uses it is mounted and
 * `release` when it unmounts; one that is never retained closes by itself.
 */
export function roomDrafts(roomId: string, token: string, watchOnly: boolean): RoomDrafts {
  const key = `${roomId}\n${token}\n${watchOnly}`;
  let entry = open.get(key);
  if (!entry) {
    entry = openEntry(roomId, token, watchOnly, () => open.delete(key));
    open.set(key, entry);
    scheduleClose(entry, UNCLAIMED_MS);
  }
  return entry.drafts;
}

export function retain(drafts: RoomDrafts): void {
  const entry = entryOf(drafts);
  if (!entry) return;
  entry.refs += 1;
  if (entry.closeTimer) clearTimeout(entry.closeTimer);
  entry.closeTimer = null;
}

export function release(drafts: RoomDrafts): void {
  const entry = entryOf(drafts);
  if (!entry) return;
  entry.refs -= 1;
  if (entry.refs <= 0) scheduleClose(entry);
}

function entryOf(drafts: RoomDrafts): Entry | undefined {
  return [...open.values()].find((e) => e.drafts === drafts);
}

function scheduleClose(entry: Entry, afterMs = LINGER_MS): void {
  if (entry.closeTimer) clearTimeout(entry.closeTimer);
  entry.closeTimer = setTimeout(() => {
    if (entry.refs <= 0) entry.destroy();
  }, afterMs);
}

function openEntry(roomId: string, token: string, watchOnly: boolean, forget: () => void): Entry {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(draftServerUrl(window.location), roomId, doc, {
    params: { token },
    connect: false,
    // Every tab talks to the server, the one authority on locks and roles, and to nobody else.
    disableBc: true,
    // Back within a second of the server (y-websocket waits up to 2.5 s); a drop of the room's own
    // connection reconnects the draft as soon as the room is back (`follow`), with its jitter.
    maxBackoffTime: 1000,
  });
  // An observer's or a board's cursor would be dropped by the server anyway; never send one.
  if (watchOnly) provider.awareness.setLocalState(null);
  // The stored copy's code comes a moment after the page's (off the phone's first path): what it
  // holds merges into the document when it is there, as it would a moment after opening anyway.
  let persistence: IndexeddbPersistence | null = null;
  let destroyed = false;
  if (!watchOnly && typeof indexedDB !== 'undefined')
    void keepLocally(roomId, doc).then((kept) => {
      if (destroyed) void kept?.destroy();
      else persistence = kept;
    });

  let status: DraftStatus = { link: 'connecting', refusal: null, closedCode: null, unsent: false };
  const listeners = new Set<() => void>();
  const update = (patch: Partial<DraftStatus>) => {
    status = { ...status, ...patch };
    listeners.forEach((listener) => listener());
  };
  let serial = 0;

  provider.on('sync', (synced) => {
    // Syncing sends the server whatever it lacks, the edits made offline included.
    if (synced) update({ link: 'live', unsent: false });
  });
  doc.on('update', (_update: Uint8Array, origin: unknown) => {
    const local = origin !== provider && (!persistence || origin !== persistence);
    if (local && status.link !== 'live' && !status.unsent) update({ unsent: true });
  });
  provider.on('connection-close', () => {
    update({ link: status.link === 'connecting' ? 'connecting' : 'offline' });
  });
  provider.on('closed', ({ code }) => {
    // More than the server takes came from this device (a copy stored before issue 25): never again.
    if (code === DRAFT_CLOSE.tooLarge && persistence) startAfresh(entry, persistence, roomId, token);
    else update({ closedCode: code });
  });
  // In place of the stock handler, which only logs the notice to the console.
  provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
    if (decoding.readVarUint(decoder) !== PERMISSION_DENIED) return;
    const notice = parseDraftRefusal(decoding.readVarString(decoder));
    if (notice) drafts.refuse(notice);
  };
  provider.connect();

  const drafts: RoomDrafts = {
    doc,
    provider,
    watchOnly,
    draft: (itemId) => doc.getXmlFragment(`draft:${itemId}`),
    status: () => status,
    dismissRefusal: () => update({ refusal: null }),
    refuse: (notice) => update({ refusal: { ...notice, serial: (serial += 1) } }),
    follow(roomOnline) {
      if (status.closedCode !== null) return;
      if (!roomOnline && provider.shouldConnect) {
        provider.disconnect();
        update({ link: status.link === 'live' ? 'offline' : status.link });
      } else if (roomOnline && !provider.shouldConnect) {
        provider.connect();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const entry: Entry = {
    drafts,
    refs: 0,
    closeTimer: null,
    destroy() {
      forget();
      listeners.clear();
      provider.destroy();
      provider.awareness.destroy();
      destroyed = true;
      void persistence?.destroy();
      doc.destroy();
    },
  };
  return entry;
}

/** Discards the stored copy the server refused and opens the drafts again (keepWhatFits.ts, loaded then). */
function startAfresh(entry: Entry, persistence: IndexeddbPersistence, roomId: string, token: string): void {
  void import('./keepWhatFits').then(({ afresh }) =>
    afresh(entry.drafts.doc, persistence, () => {
      entry.destroy();
      replaced.forEach((listener) => listener());
      return roomDrafts(roomId, token, false);
    }),
  );
}

async function keepLocally(roomId: string, doc: Y.Doc): Promise<IndexeddbPersistence | null> {
  try {
    const { IndexeddbPersistence } = await import('y-indexeddb');
    return new IndexeddbPersistence(`dr-draft:${roomId}`, doc);
  } catch {
    // Storage disabled (some private modes), or no signal for the file: the edits last as long as this page.
    return null;
  }
}
