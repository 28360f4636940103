/**
 * The embedded `Store`: one SQLite file through better-sqlite3. Its calls are synchronous, so every
 * method finishes its work before the promise it returns settles.
 */
import { setImmediate as nextTurn } from 'node:timers';
import Database from 'better-sqlite3';
import type { RoomEvent, RoomState } from '@dr/shared';
import { SeqConflictError } from './store.js';
import type { DocUpdate, RequestRecord, RoomCredentials, RoomRecord, Snapshot, Store, StoredEvent } from './store.js';
import { assertConsecutive } from './consecutive.js';
import { migrate, prepareStatements, SCHEMA, type RoomRow } from './sqliteStatements.js';

/** How long a writer waits for another connection's write lock before giving up. */
const BUSY_TIMEOUT_MS = 5000;

/** An append waiting for the next group commit. */
interface QueuedAppend {
  streamId: string;
  expectedSeq: number;
  events: readonly StoredEvent[];
  /** The answers to the requests that produced the events, stored with them (room.ts, request ids). */
  requests?: readonly RequestRecord[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly stmt;
  private readonly appendTx;
  private readonly groupTx;
  private readonly compactTx;
  /** Appends from every room made in this turn of the event loop: one transaction (one fsync) for all. */
  private queuedAppends: QueuedAppend[] = [];
  /** Durable transactions that stored events (for tests and the bench: group commit shows here). */
  eventCommits = 0;

  /** Opens (creating if needed) the database at `path`; `':memory:'` gives a private throwaway one. */
  constructor(path: string) {
    // `timeout` is SQLite's busy_timeout.
    this.db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    this.db.pragma('journal_mode = WAL');
    // FULL syncs the WAL on every commit, so an appended event survives a power cut once acknowledged.
    this.db.pragma('synchronous = FULL');
    this.db.exec(SCHEMA);
    migrate(this.db);

    const db = this.db;
    this.stmt = prepareStatements(db);

    this.appendTx = db.transaction(
      (streamId: string, expectedSeq: number, events: readonly StoredEvent[], requests?: readonly RequestRecord[]) => {
        if (this.stmt.hasEventAfter.get(streamId, expectedSeq) !== undefined) {
          throw new SeqConflictError(streamId, expectedSeq);
        }
        for (const event of events) this.stmt.insertEvent.run(streamId, event.seq, JSON.stringify(event));
        for (const request of requests ?? []) this.stmt.insertRequest.run(streamId, ...requestColumns(request));
      },
    );

    // Each stream's append is a savepoint inside the group's transaction: a stream whose expected seq is
    // stale fails alone, and the others are committed with it.
    this.groupTx = db.transaction((batch: readonly QueuedAppend[]) =>
      batch.map((append) => {
        try {
          this.appendTx(append.streamId, append.expectedSeq, append.events, append.requests);
          return null;
        } catch (error) {
          return isConstraintError(error) ? new SeqConflictError(append.streamId, append.expectedSeq) : error;
        }
      }),
    );

    // The merged update takes the place of the newest one it replaces, so it keeps sorting before
    // every update appended after `upToId`, and ids (global in this table) never collide.
    this.compactTx = db.transaction((roomId: string, upToId: number, merged: Buffer) => {
      const lastId = this.stmt.lastDocUpdateUpTo.get(roomId, upToId);
      if (lastId === null || lastId === undefined) return;
      this.stmt.setDocUpdate.run(merged, lastId);
      this.stmt.deleteDocUpdatesBefore.run(roomId, lastId);
    });
  }

  async ping(): Promise<void> {
    this.stmt.ping.get();
  }

  /** A real durable write of one row (`/readyz`): fails when the disk is full or the file read-only. */
  async probeWrite(): Promise<void> {
    this.stmt.probeWrite.run(Date.now());
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  async createRoom(room: RoomRecord): Promise<void> {
    try {
      this.stmt.insertRoom.run({
        title: room.title,
        locale: room.locale,
        created_at: room.createdAt,
        ...credentialColumns(room.roomId, room),
      });
    } catch (error) {
      if (isConstraintError(error)) throw new Error(`Room ${room.roomId} exists already`, { cause: error });
      throw error;
    }
  }

  async roomsCreatedBefore(before: number): Promise<string[]> {
    return this.stmt.roomsCreatedBefore.all(before);
  }

  async getRoom(roomId: string): Promise<RoomRecord | null> {
    const row = this.stmt.getRoom.get(roomId);
    if (!row) return null;
    return {
      roomId: row.room_id,
      title: row.title,
      locale: row.locale,
      createdAt: row.created_at,
      tokenHashes: {
        host: row.host_token_hash,
        participant: row.participant_token_hash,
        observer: row.observer_token_hash,
      },
      joinCodeHash: row.join_code_hash,
      sealedLinks: row.sealed_links,
    };
  }

  async setCredentials(roomId: string, credentials: RoomCredentials): Promise<void> {
    const { changes } = this.stmt.setCredentials.run(credentialColumns(roomId, credentials));
    if (changes === 0) throw new Error(`Room ${roomId} does not exist`);
  }

  async findRoomByJoinCode(joinCodeHash: string): Promise<string | null> {
    return this.stmt.findRoomByJoinCode.get(joinCodeHash) ?? null;
  }

  async replaceJoinCodeHash(roomId: string, from: string, to: string): Promise<boolean> {
    return this.stmt.replaceJoinCodeHash.run(to, roomId, from).changes === 1;
  }

  /**
   * Resolves once the events are durable. Appends of every room made in the same turn of the event
   * loop are committed together (group commit across rooms): one fsync instead of one per room.
   */
  appendEvents(
    streamId: string,
    expectedSeq: number,
    events: readonly StoredEvent[],
    requests?: readonly RequestRecord[],
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      assertConsecutive(streamId, expectedSeq, events); // a throw here rejects the promise
      if (events.length === 0) return resolve();
      this.queuedAppends.push({ streamId, expectedSeq, events, ...(requests ? { requests } : {}), resolve, reject });
      if (this.queuedAppends.length === 1) nextTurn(() => this.commitAppends());
    });
  }

  private commitAppends(): void {
    const batch = this.queuedAppends;
    this.queuedAppends = [];
    let outcomes: unknown[];
    try {
      // IMMEDIATE takes the write lock before the conflict checks, so another process cannot slip an
      // append in between (and a waiting writer honours busy_timeout instead of failing at once).
      outcomes = this.groupTx.immediate(batch);
      this.eventCommits += 1;
    } catch (error) {
      for (const append of batch) append.reject(error);
      return;
    }
    batch.forEach((append, i) => (outcomes[i] ? append.reject(outcomes[i]) : append.resolve()));
  }

  async readEvents<E extends StoredEvent = RoomEvent>(
    streamId: string,
    afterSeq: number,
    limit?: number,
  ): Promise<E[]> {
    if (limit !== undefined && limit <= 0) return [];
    return this.stmt.readEvents.all(streamId, afterSeq, limit ?? -1).map((body) => JSON.parse(body) as E);
  }

  async rewriteEvents(streamId: string, events: readonly StoredEvent[]): Promise<void> {
    this.db
      .transaction(() => {
        for (const event of events) this.stmt.rewriteEvent.run(JSON.stringify(event), streamId, event.seq);
        this.stmt.dropSnapshot.run(streamId);
      })
      .immediate();
  }

  async saveSnapshot(streamId: string, snapshot: Snapshot): Promise<void> {
    this.stmt.saveSnapshot.run(streamId, snapshot.seq, JSON.stringify(snapshot.state));
  }

  async loadSnapshot(streamId: string): Promise<Snapshot | null> {
    const row = this.stmt.loadSnapshot.get(streamId);
    return row ? { seq: row.seq, state: JSON.parse(row.state) as RoomState } : null;
  }

  async saveRequest(streamId: string, request: RequestRecord): Promise<void> {
    this.stmt.saveRequest.run(streamId, ...requestColumns(request));
  }

  async findRequest(streamId: string, sender: string, requestId: string): Promise<RequestRecord | null> {
    const row = this.stmt.findRequest.get(streamId, sender, requestId);
    if (!row) return null;
    return {
      sender: row.sender,
      requestId: row.request_id,
      fingerprint: row.fingerprint,
      ack: JSON.parse(row.ack) as RequestRecord['ack'],
      at: row.at,
    };
  }

  async pruneRequests(streamId: string, before: number): Promise<number> {
    return this.stmt.pruneRequests.run(streamId, before).changes;
  }

  async saveMemberSecret(roomId: string, memberId: string, secretHash: string, device?: string): Promise<void> {
    this.stmt.saveMemberSecret.run(roomId, memberId, secretHash, device ?? null);
  }

  async membersFromDevice(roomId: string, device: string): Promise<number> {
    return this.stmt.membersFromDevice.get(roomId, device) ?? 0;
  }

  async getMemberSecret(roomId: string, memberId: string): Promise<string | null> {
    return this.stmt.getMemberSecret.get(roomId, memberId) ?? null;
  }

  async appendDocUpdate(roomId: string, update: Uint8Array): Promise<number> {
    return Number(this.stmt.insertDocUpdate.run(roomId, toBuffer(update)).lastInsertRowid);
  }

  async loadDocUpdates(roomId: string): Promise<DocUpdate[]> {
    return this.stmt.loadDocUpdates.all(roomId).map((row) => ({ id: row.id, update: new Uint8Array(row.data) }));
  }

  async compactDocUpdates(roomId: string, upToId: number, merged: Uint8Array): Promise<void> {
    this.compactTx.immediate(roomId, upToId, toBuffer(merged));
  }
}

function requestColumns(r: RequestRecord): [string, string, string, string, number] {
  return [r.sender, r.requestId, r.fingerprint, JSON.stringify(r.ack), r.at];
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function isConstraintError(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT');
}

function credentialColumns(roomId: string, c: RoomCredentials): Omit<RoomRow, 'title' | 'locale' | 'created_at'> {
  return {
    room_id: roomId,
    host_token_hash: c.tokenHashes.host,
    participant_token_hash: c.tokenHashes.participant,
    observer_token_hash: c.tokenHashes.observer,
    join_code_hash: c.joinCodeHash,
    sealed_links: c.sealedLinks,
  };
}
