/**
 * The event log: every stream's events (rooms, councils `council:<id>`, offices `office:<id>`;
 * streams.ts), its snapshots, and the answers to its requests (exactly once, stream/requestLog.ts).
 * One port, one contract (test/store.contract.test.ts) and one group commit serve all three.
 */
import type { CommandAck, RoomEvent, RoomState } from '@dr/shared';

/** What every stored event has; each stream has its own event union. */
export interface StoredEvent {
  seq: number;
  at: number;
  type: string;
}

/** A room's state at `seq` (only rooms keep snapshots: councils and offices are short). */
export interface Snapshot {
  seq: number;
  state: RoomState;
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
  /** The answer as first given (never marked `replayed`); a council's refusal has a key of its own table. */
  ack: CommandAck;
  /** When it was answered (ms since the epoch); records older than the retention are pruned. */
  at: number;
}

/** Thrown by `appendEvents` when another writer got there first (the expected seq is stale). */
export class SeqConflictError extends Error {
  /** The stream under its older name (the store contract's tests and logs read `roomId`). */
  readonly roomId: string;

  constructor(
    readonly streamId: string,
    readonly expectedSeq: number,
  ) {
    super(`Stream ${streamId}: events after seq ${expectedSeq} exist already`);
    this.name = 'SeqConflictError';
    this.roomId = streamId;
  }
}

export interface EventLog {
  /**
   * Appends events durably, all or nothing. `events[0].seq` must be `expectedSeq + 1` and seqs
   * must be consecutive; if the stream already has an event after `expectedSeq`, throws
   * `SeqConflictError` and writes nothing. Resolves only once the events are committed. `requests`,
   * when given, are stored in the same transaction: the events and the answers to the requests that
   * produced them exist together or not at all (a request already stored under that sender and id
   * makes the append fail too).
   */
  appendEvents<E extends StoredEvent = RoomEvent>(
    streamId: string,
    expectedSeq: number,
    events: readonly E[],
    requests?: readonly RequestRecord[],
  ): Promise<void>;
  /** Events with seq > afterSeq in seq order, at most `limit` of them (default: all). */
  readEvents<E extends StoredEvent = RoomEvent>(streamId: string, afterSeq: number, limit?: number): Promise<E[]>;

  /**
   * Replaces the stored bodies of `events` (each names a seq the stream already has; others are
   * ignored) and forgets the stream's snapshot, in one transaction. Only erasure (erasure/) uses it:
   * it changes personal fields whose seals keep the hash chain valid (stream/chain.ts).
   */
  rewriteEvents(streamId: string, events: readonly StoredEvent[]): Promise<void>;

  /** Stores the state at `seq`, replacing an older snapshot (never a newer one). */
  saveSnapshot(streamId: string, snapshot: Snapshot): Promise<void>;
  loadSnapshot(streamId: string): Promise<Snapshot | null>;

  /** Stores the answer to a request that produced no events (a refusal); the first one stored wins. */
  saveRequest(streamId: string, request: RequestRecord): Promise<void>;
  /** The stored answer to `requestId` from `sender` in this stream, or null. */
  findRequest(streamId: string, sender: string, requestId: string): Promise<RequestRecord | null>;
  /** Forgets the stream's requests answered before `before` (ms since the epoch); resolves how many. */
  pruneRequests(streamId: string, before: number): Promise<number>;
}
