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

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rooms (
  room_id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  locale TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  host_token_hash TEXT NOT NULL,
  participant_token_hash TEXT NOT NULL,
  observer_token_hash TEXT NOT NULL,
  join_code_hash TEXT NOT NULL UNIQUE,
  sealed_links TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  room_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (room_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS snapshots (
  room_id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  state TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS member_secrets (
  room_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  secret_hash TEXT NOT NULL,
  PRIMARY KEY (room_id, member_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_updates (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  room_id TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_room ON doc_updates (room_id, id);
CREATE TABLE IF NOT EXISTS requests (
  room_id TEXT NOT NULL,
  sender TEXT NOT NULL,
  request_id TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  ack TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (room_id, sender, request_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS requests_age ON requests (room_id, at);
CREATE TABLE IF NOT EXISTS write_probe (id INTEGER PRIMARY KEY CHECK (id = 1), at INTEGER NOT NULL);
`;

interface RequestRow {
  sender: string;
  request_id: string;
  fingerprint: string;
  ack: string;
  at: number;
}

interface RoomRow {
  room_id: string;
  title: string;
  locale: RoomRecord['locale'];
  created_at: number;
  host_token_hash: string;
  participant_token_hash: string;
  observer_token_hash: string;
  join_code_hash: string;
  sealed_links: string;
}

/** How long a writer waits for another connection's write lock before giving up. */
const BUSY_TIMEOUT_MS = 5000;

/** An append waiting for the next group commit. */
interface QueuedAppend {
  roomId: string;
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

    const db = this.db;
    this.stmt = {
      ping: db.prepare<[], unknown>('SELECT 1'),
      probeWrite: db.prepare<[number]>(
        'INSERT INTO write_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at',
      ),
      insertRoom: db.prepare<[RoomRow]>(
        `INSERT INTO rooms (room_id, title, locale, created_at, host_token_hash, participant_token_hash,
           observer_token_hash, join_code_hash, sealed_links)
         VALUES (@room_id, @title, @locale, @created_at, @host_token_hash, @participant_token_hash,
           @observer_token_hash, @join_code_hash, @sealed_links)`,
      ),
      getRoom: db.prepare<[string], RoomRow>('SELECT * FROM rooms WHERE room_id = ?'),
      setCredentials: db.prepare<[Omit<RoomRow, 'title' | 'locale' | 'created_at'>]>(
        `UPDATE rooms SET host_token_hash = @host_token_hash, participant_token_hash = @participant_token_hash,
           observer_token_hash = @observer_token_hash, join_code_hash = @join_code_hash, sealed_links = @sealed_links
         WHERE room_id = @room_id`,
      ),
      findRoomByJoinCode: db.prepare<[string], string>('SELECT room_id FROM rooms WHERE join_code_hash = ?').pluck(),
      replaceJoinCodeHash: db.prepare<[string, string, string]>(
        'UPDATE rooms SET join_code_hash = ? WHERE room_id = ? AND join_code_hash = ?',
      ),
      hasEventAfter: db.prepare<[string, number], unknown>(
        'SELECT 1 FROM events WHERE room_id = ? AND seq > ? LIMIT 1',
      ),
      insertEvent: db.prepare<[string, number, string]>('INSERT INTO events (room_id, seq, body) VALUES (?, ?, ?)'),
      // A negative LIMIT means no limit in SQLite.
      readEvents: db
        .prepare<[string, number, number], string>(
          'SELECT body FROM events WHERE room_id = ? AND seq > ? ORDER BY seq LIMIT ?',
        )
        .pluck(),
      saveSnapshot: db.prepare<[string, number, string]>(
        `INSERT INTO snapshots (room_id, seq, state) VALUES (?, ?, ?)
         ON CONFLICT (room_id) DO UPDATE SET seq = excluded.seq, state = excluded.state WHERE excluded.seq > snapshots.seq`,
      ),
      loadSnapshot: db.prepare<[string], { seq: number; state: string }>(
        'SELECT seq, state FROM snapshots WHERE room_id = ?',
      ),
      saveMemberSecret: db.prepare<[string, string, string]>(
        `INSERT INTO member_secrets (room_id, member_id, secret_hash) VALUES (?, ?, ?)
         ON CONFLICT (room_id, member_id) DO UPDATE SET secret_hash = excluded.secret_hash`,
      ),
      getMemberSecret: db
        .prepare<[string, string], string>('SELECT secret_hash FROM member_secrets WHERE room_id = ? AND member_id = ?')
        .pluck(),
      insertDocUpdate: db.prepare<[string, Buffer]>('INSERT INTO doc_updates (room_id, data) VALUES (?, ?)'),
      loadDocUpdates: db.prepare<[string], { id: number; data: Buffer }>(
        'SELECT id, data FROM doc_updates WHERE room_id = ? ORDER BY id',
      ),
      lastDocUpdateUpTo: db
        .prepare<[string, number], number | null>('SELECT max(id) FROM doc_updates WHERE room_id = ? AND id <= ?')
        .pluck(),
      setDocUpdate: db.prepare<[Buffer, number]>('UPDATE doc_updates SET data = ? WHERE id = ?'),
      deleteDocUpdatesBefore: db.prepare<[string, number]>('DELETE FROM doc_updates WHERE room_id = ? AND id < ?'),
      insertRequest: db.prepare<[string, string, string, string, string, number]>(
        'INSERT INTO requests (room_id, sender, request_id, fingerprint, ack, at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      // The first answer stays: a second save of the same request (another node's race) changes nothing.
      saveRequest: db.prepare<[string, string, string, string, string, number]>(
        `INSERT INTO requests (room_id, sender, request_id, fingerprint, ack, at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT DO NOTHING`,
      ),
      findRequest: db.prepare<[string, string, string], RequestRow>(
        'SELECT sender, request_id, fingerprint, ack, at FROM requests WHERE room_id = ? AND sender = ? AND request_id = ?',
      ),
      pruneRequests: db.prepare<[string, number]>('DELETE FROM requests WHERE room_id = ? AND at < ?'),
    };

    this.appendTx = db.transaction(
      (roomId: string, expectedSeq: number, events: readonly StoredEvent[], requests?: readonly RequestRecord[]) => {
        if (this.stmt.hasEventAfter.get(roomId, expectedSeq) !== undefined) {
          throw new SeqConflictError(roomId, expectedSeq);
        }
        for (const event of events) this.stmt.insertEvent.run(roomId, event.seq, JSON.stringify(event));
        for (const request of requests ?? []) this.stmt.insertRequest.run(roomId, ...requestColumns(request));
      },
    );

    // Each room's append is a savepoint inside the group's transaction: a room whose expected seq is
    // stale fails alone, and the others are committed with it.
    this.groupTx = db.transaction((batch: readonly QueuedAppend[]) =>
      batch.map((append) => {
        try {
          this.appendTx(append.roomId, append.expectedSeq, append.events, append.requests);
          return null;
        } catch (error) {
          return isConstraintError(error) ? new SeqConflictError(append.roomId, append.expectedSeq) : error;
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
    roomId: string,
    expectedSeq: number,
    events: readonly StoredEvent[],
    requests?: readonly RequestRecord[],
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      assertConsecutive(roomId, expectedSeq, events); // a throw here rejects the promise
      if (events.length === 0) return resolve();
      this.queuedAppends.push({ roomId, expectedSeq, events, ...(requests ? { requests } : {}), resolve, reject });
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

  async readEvents<E extends StoredEvent = RoomEvent>(roomId: string, afterSeq: number, limit?: number): Promise<E[]> {
    if (limit !== undefined && limit <= 0) return [];
    return this.stmt.readEvents.all(roomId, afterSeq, limit ?? -1).map((body) => JSON.parse(body) as E);
  }

  async saveSnapshot(roomId: string, snapshot: Snapshot): Promise<void> {
    this.stmt.saveSnapshot.run(roomId, snapshot.seq, JSON.stringify(snapshot.state));
  }

  async loadSnapshot(roomId: string): Promise<Snapshot | null> {
    const row = this.stmt.loadSnapshot.get(roomId);
    return row ? { seq: row.seq, state: JSON.parse(row.state) as RoomState } : null;
  }

  async saveRequest(roomId: string, request: RequestRecord): Promise<void> {
    this.stmt.saveRequest.run(roomId, ...requestColumns(request));
  }

  async findRequest(roomId: string, sender: string, requestId: string): Promise<RequestRecord | null> {
    const row = this.stmt.findRequest.get(roomId, sender, requestId);
    if (!row) return null;
    return {
      sender: row.sender,
      requestId: row.request_id,
      fingerprint: row.fingerprint,
      ack: JSON.parse(row.ack) as RequestRecord['ack'],
      at: row.at,
    };
  }

  async pruneRequests(roomId: string, before: number): Promise<number> {
    return this.stmt.pruneRequests.run(roomId, before).changes;
  }

  async saveMemberSecret(roomId: string, memberId: string, secretHash: string): Promise<void> {
    this.stmt.saveMemberSecret.run(roomId, memberId, secretHash);
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
