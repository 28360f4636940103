import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from './sqliteStore.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('SqliteStore on a data dir from before a schema change', () => {
  it('adds member_secrets.device and keeps the secrets already there', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dr-migrate-'));
    dirs.push(dir);
    const file = path.join(dir, 'rooms.db');
    // The table as data dirs made before issue 30's device count have it.
    const old = new Database(file);
    old.exec(`CREATE TABLE member_secrets (
      room_id TEXT NOT NULL, member_id TEXT NOT NULL, secret_hash TEXT NOT NULL,
      PRIMARY KEY (room_id, member_id)) WITHOUT ROWID`);
    old.prepare('INSERT INTO member_secrets VALUES (?, ?, ?)').run('r1', 'm1', '1'.repeat(64));
    old.close();

    const store = new SqliteStore(file);
    expect(await store.getMemberSecret('r1', 'm1')).toBe('1'.repeat(64));
    expect(await store.membersFromDevice('r1', 'd'.repeat(64))).toBe(0);
    await store.saveMemberSecret('r1', 'm2', '2'.repeat(64), 'd'.repeat(64));
    expect(await store.membersFromDevice('r1', 'd'.repeat(64))).toBe(1);
    await store.close();
    // Opening it again finds the column there and changes nothing.
    const again = new SqliteStore(file);
    expect(await again.membersFromDevice('r1', 'd'.repeat(64))).toBe(1);
    await again.close();
  });
});
