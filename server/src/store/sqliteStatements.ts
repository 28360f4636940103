/** The SQLite store's schema and prepared statements (sqliteStore.ts runs them). */
import type Database from 'better-sqlite3';
import type { RoomRecord } from './credentialStore.js';

export const SCHEMA = `
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

/**
 * Changes to tables that existing data dirs already have (CREATE … IF NOT EXISTS leaves those as
 * they are): each runs once, when its column is missing. `member_secrets.device` (issue 30): the
 * hash of the device pass a member joined from, so a device's cap holds across restarts and nodes.
 */
export function migrate(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(member_secrets)').all();
  if (!columns.some((column) => column.name === 'device')) db.exec('ALTER TABLE member_secrets ADD COLUMN device TEXT');
  db.exec(
    'CREATE INDEX IF NOT EXISTS member_secrets_device ON member_secrets (room_id, device) WHERE device IS NOT NULL',
  );
}

export interface RequestRow {
  sender: string;
  request_id: string;
  fingerprint: string;
  ack: string;
  at: number;
}

export interface RoomRow {
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

/** Every statement the store runs, prepared once. */
export function prepareStatements(db: Database.Database) {
  return {
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
    roomsCreatedBefore: db
      .prepare<[number], string>('SELECT room_id FROM rooms WHERE created_at < ? ORDER BY created_at')
      .pluck(),
    setCredentials: db.prepare<[Omit<RoomRow, 'title' | 'locale' | 'created_at'>]>(
      `UPDATE rooms SET host_token_hash = @host_token_hash, participant_token_hash = @participant_token_hash,
         observer_token_hash = @observer_token_hash, join_code_hash = @join_code_hash, sealed_links = @sealed_links
       WHERE room_id = @room_id`,
    ),
    findRoomByJoinCode: db.prepare<[string], string>('SELECT room_id FROM rooms WHERE join_code_hash = ?').pluck(),
    replaceJoinCodeHash: db.prepare<[string, string, string]>(
      'UPDATE rooms SET join_code_hash = ? WHERE room_id = ? AND join_code_hash = ?',
    ),
    hasEventAfter: db.prepare<[string, number], unknown>('SELECT 1 FROM events WHERE room_id = ? AND seq > ? LIMIT 1'),
    insertEvent: db.prepare<[string, number, string]>('INSERT INTO events (room_id, seq, body) VALUES (?, ?, ?)'),
    rewriteEvent: db.prepare<[string, string, number]>('UPDATE events SET body = ? WHERE room_id = ? AND seq = ?'),
    dropSnapshot: db.prepare<[string]>('DELETE FROM snapshots WHERE room_id = ?'),
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
    // A new secret for a member keeps the device they first joined from.
    saveMemberSecret: db.prepare<[string, string, string, string | null]>(
      `INSERT INTO member_secrets (room_id, member_id, secret_hash, device) VALUES (?, ?, ?, ?)
       ON CONFLICT (room_id, member_id) DO UPDATE SET secret_hash = excluded.secret_hash`,
    ),
    membersFromDevice: db
      .prepare<[string, string], number>('SELECT count(*) FROM member_secrets WHERE room_id = ? AND device = ?')
      .pluck(),
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
}
