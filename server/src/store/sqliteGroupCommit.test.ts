import type { RoomEvent } from '@dr/shared';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from './sqliteStore.js';
import { SeqConflictError } from './store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function events(from: number, to: number): RoomEvent[] {
  return Array.from(
    { length: to - from + 1 },
    (_, i) => ({ type: 'queue.lowered', memberId: 'm1', seq: from + i, at: 0, actor: 'm1' }) as unknown as RoomEvent,
  );
}

describe('SqliteStore group commit', () => {
  it('stores the appends of several rooms made in one turn in one transaction; a stale one fails alone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dr-group-'));
    dirs.push(dir);
    const file = path.join(dir, 'rooms.db');
    const store = new SqliteStore(file);
    await store.appendEvents('stale', 0, events(1, 2));
    const before = store.eventCommits;

    const results = await Promise.allSettled([
      store.appendEvents('a', 0, events(1, 3)),
      store.appendEvents('b', 0, events(1, 1)),
      store.appendEvents('stale', 1, events(2, 2)),
      store.appendEvents('c', 0, events(1, 2)),
    ]);

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(SeqConflictError);
    expect(store.eventCommits - before).toBe(1);
    await store.close();

    const reopened = new SqliteStore(file);
    expect((await reopened.readEvents('a', 0)).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((await reopened.readEvents('b', 0)).map((e) => e.seq)).toEqual([1]);
    expect((await reopened.readEvents('c', 0)).map((e) => e.seq)).toEqual([1, 2]);
    expect((await reopened.readEvents('stale', 0)).map((e) => e.seq)).toEqual([1, 2]);
    await reopened.close();
  });
});
