/**
 * The persistence port. The room core talks only to this interface; `sqliteStore.ts` (the embedded
 * default) and `mongoStore.ts` (production) implement it, and `test/store.contract.test.ts` holds
 * both to the same behaviour.
 */
import type { CommandAck, Locale, RoomEvent, RoomState } from '@dr/shared';

export const LINK_ROLES = ['host', 'participant', 'observer'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

/**
 * What lets people into a room: SHA-256 hex hashes of the three link tokens, the short join code
 * under the server's keyed hash (`credentials/joinCodeKey.ts`; older rooms: a plain SHA-256), and the
 * participant/observer links sealed with a key only the host token unlocks. None of it is usable
 * without a token, and none of it is ever sent out.
 */
export interface RoomCredentials {
  tokenHashes: Record<LinkRole, string>;
  joinCodeHash: string;
  sealedLinks: string;
}

/** A room's durable record. */
export interface RoomRecord extends RoomCredentials {
  roomId: string;
  title: string;
  locale: Locale;
  createdAt: number;
}

export interface Snapshot {
  seq: number;
  state: RoomState;
}

/** One stored Yjs update of a room's document; `id` grows with every append. */
export interface DocUpdate {
  id: number;
  update: Uint8Array;
}

/**
 * The first answer to a command sent with a request id, kept so that the same request sent again
 * (a lost ack, a reconnect) is answered the same way and runs nothing (protocol.md, "Request ids").
 */
export interface RequestRecord {
  /** Whose request: `member:<memberId>`, or the role of a console without a member (`host`). */
  sender: string;
  requestId: string;
  /** SHA-256 (hex) of the parsed command, so a request id reused for another command is told apart. */
  fingerprint: string;
  /** The answer as first given (never marked `replayed`). */
  ack: CommandAck;
  /** When it was answered (ms since the epoch); records older than the retention are pruned. */
  at: number;
}

/** Thrown by `appendEvents` when another writer got there first (the expected seq is stale). */
export class SeqConflictError extends Error {
  constructor(
    readonly roomId: string,
    readonly expectedSeq: number,
  ) {
    super(`Room ${roomId}: events after seq ${expectedSeq} exist already`);
    this.name = 'SeqConflictError';
  }
}

/**
 * What every stored event has. A room's events are `RoomEvent`s; a council's and an office's streams
 * (`council:<id>`, `office:<id>`, server/src/council/streams.ts) use the same log with their own
 * event unions, so one port, one contract and one group commit serve all three.
 */
export interface StoredEvent {
  seq: number;
  at: number;
  type: string;
}

export interface Store {
  /** Resolves when the backing database answers; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;

  /** Creates a room; rejects if the id exists. */
  createRoom(room: RoomRecord): Promise<void>;
  getRoom(roomId: string): Promise<RoomRecord | null>;
  /** Replaces a room's credentials at once (link rotation); rejects for an unknown room. */
  setCredentials(roomId: string, credentials: RoomCredentials): Promise<void>;
  /** The room whose current join code has this hash, or null. */
  findRoomByJoinCode(joinCodeHash: string): Promise<string | null>;
  /**
   * Replaces the join-code hash `from` by `to` (same code, new form: the legacy plain hash by the
   * keyed one) only if the room still has `from`, so it never undoes a rotation made meanwhile.
   * Resolves true when it replaced it.
   */
  replaceJoinCodeHash(roomId: string, from: string, to: string): Promise<boolean>;

  /**
   * Appends events durably, all or nothing. `events[0].seq` must be `expectedSeq + 1` and seqs
   * must be consecutive; if the room already has an event after `expectedSeq`, throws
   * `SeqConflictError` and writes nothing. Resolves only once the events are committed. `requests`,
   * when given, are stored in the same transaction: the events and the answers to the requests that
   * produced them exist together or not at all (a request already stored under that sender and id
   * makes the append fail too).
   */
  appendEvents<E extends StoredEvent = RoomEvent>(
    roomId: string,
    expectedSeq: number,
    events: readonly E[],
    requests?: readonly RequestRecord[],
  ): Promise<void>;
  /** Events with seq > afterSeq in seq order, at most `limit` of them (default: all). */
  readEvents<E extends StoredEvent = RoomEvent>(roomId: string, afterSeq: number, limit?: number): Promise<E[]>;

  /** Stores the state at `seq`, replacing an older snapshot (never a newer one). */
  saveSnapshot(roomId: string, snapshot: Snapshot): Promise<void>;
  loadSnapshot(roomId: string): Promise<Snapshot | null>;

  /** Stores the answer to a request that produced no events (a refusal); the first one stored wins. */
  saveRequest(roomId: string, request: RequestRecord): Promise<void>;
  /** The stored answer to `requestId` from `sender` in this room, or null. */
  findRequest(roomId: string, sender: string, requestId: string): Promise<RequestRecord | null>;
  /** Forgets the room's requests answered before `before` (ms since the epoch); resolves how many. */
  pruneRequests(roomId: string, before: number): Promise<number>;

  /** The secret hash that lets a member come back as themselves. */
  saveMemberSecret(roomId: string, memberId: string, secretHash: string): Promise<void>;
  getMemberSecret(roomId: string, memberId: string): Promise<string | null>;

  /** Appends one Yjs update to the room's document log; returns its id. */
  appendDocUpdate(roomId: string, update: Uint8Array): Promise<number>;
  /** All stored updates of the room's document, in append order. */
  loadDocUpdates(roomId: string): Promise<DocUpdate[]>;
  /**
   * Compaction: atomically replaces every update with id <= `upToId` by the single `merged`
   * update (which must contain them all). Updates appended after `upToId` stay.
   */
  compactDocUpdates(roomId: string, upToId: number, merged: Uint8Array): Promise<void>;
}
