/**
 * One behaviour for every `Store` adapter: the same contract runs against SQLite always and against
 * MongoDB when MONGODB_URI names a server (in a throwaway database that is dropped afterwards).
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyState, type CommandAck, type RoomEvent, type RoomState } from '@dr/shared';
import { MongoStore } from '../../server/src/store/mongoStore.js';
import { openStore, SQLITE_FILE } from '../../server/src/store/openStore.js';
import { SqliteStore } from '../../server/src/store/sqliteStore.js';
import { SeqConflictError, type RequestRecord, type RoomRecord, type Store } from '../../server/src/store/store.js';

/** Opens another handle on one test's data; two handles on the same data act as two processes. */
type Opener = () => Promise<Store>;

interface Backend {
  /** Data of its own for one test. */
  freshData(): Promise<Opener>;
  /** Removes all the backend created, once its tests are done. */
  removeAll(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dirs: string[] = [];
  return {
    async freshData() {
      const dir = await mkdtemp(path.join(tmpdir(), 'dr-store-'));
      dirs.push(dir);
      return async () => new SqliteStore(path.join(dir, 'store.sqlite'));
    },
    async removeAll() {
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

function mongoBackend(uri: string): Backend {
  // One database per run; tests keep apart by using rooms of their own.
  const dbName = `dr_store_contract_${Date.now()}_${randomUUID().slice(0, 8)}`;
  return {
    async freshData() {
      return () => MongoStore.connect(uri, { dbName });
    },
    async removeAll() {
      const conn = await mongoose.createConnection(uri, { dbName }).asPromise();
      await conn.dropDatabase();
      await conn.close();
    },
  };
}

const T0 = 1_767_225_600_000; // beyond 32 bits, as real timestamps are

function roomRecord(roomId = newRoomId()): RoomRecord {
  return {
    roomId,
    title: 'Courtyard council',
    locale: 'zh-CN',
    createdAt: T0,
    tokenHashes: { host: 'a'.repeat(64), participant: 'b'.repeat(64), observer: 'c'.repeat(64) },
    joinCodeHash: `join-${roomId}`,
    sealedLinks: 'sealed',
  };
}

function newRoomId(): string {
  return `room-${randomUUID()}`;
}

/** Events `from..to`; `by` tells batches of rival writers apart. */
function events(roomId: string, from: number, to: number, by = 'm1'): RoomEvent[] {
  const out: RoomEvent[] = [];
  for (let seq = from; seq <= to; seq++) {
    out.push(
      seq === 1
        ? { type: 'room.created', roomId, title: 'Courtyard council', locale: 'en', seq, at: T0, actor: null }
        : { type: 'queue.raised', memberId: by, kind: 'speak', seq, at: T0 + seq, actor: by },
    );
  }
  return out;
}

function request(sender: string, requestId: string, ack: CommandAck): RequestRecord {
  return { sender, requestId, fingerprint: 'f0'.repeat(32), ack, at: T0 };
}

function stateAt(roomId: string, seq: number): RoomState {
  return {
    ...emptyState(roomId),
    title: 'Courtyard council',
    phase: 'in_session',
    createdAt: T0,
    seq,
    members: {
      m1: {
        id: 'm1',
        name: 'Ana',
        role: 'host',
        presence: 'in_room',
        group: null,
        proxy: false,
        joinedAt: T0,
        arrivedAt: T0,
        removedAt: null,
        sameNameAs: null,
        mergedInto: null,
        departedAt: null,
        household: null,
      },
    },
    queue: [{ memberId: 'm1', kind: 'speak', raisedAt: T0 + seq }],
  };
}

/** A shared draft typed in several steps, with every update the document emitted. */
function typedDraft(): { updates: Uint8Array[]; text: string } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const draft = doc.getText('draft');
  draft.insert(0, 'The council ');
  draft.insert(draft.length, 'resolves to widen ');
  draft.insert(draft.length, 'the old bridge.');
  draft.delete(draft.toString().indexOf('old '), 4);
  draft.insert(0, '1. ');
  return { updates, text: draft.toString() };
}

function textOf(updates: readonly Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('draft').toString();
}

function storeContract(name: string, backend: Backend): void {
  describe(`Store contract: ${name}`, () => {
    let open: Opener;
    let handles: Store[];
    /** The first handle on this test's data. */
    let store: Store;

    const openHandle = async (): Promise<Store> => {
      const handle = await open();
      handles.push(handle);
      return handle;
    };

    beforeEach(async () => {
      handles = [];
      open = await backend.freshData();
      store = await openHandle();
    });
    afterEach(async () => {
      await Promise.all(handles.map((handle) => handle.close()));
    });
    afterAll(() => backend.removeAll());

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('creates and reads rooms, rejects a second room with the same id, and replaces credentials', async () => {
      const room = roomRecord();
      await store.createRoom(room);
      expect(await store.getRoom(room.roomId)).toEqual(room);
      expect(await store.getRoom(newRoomId())).toBeNull();
      await expect(store.createRoom({ ...room, title: 'Impostor' })).rejects.toThrow();
      expect((await store.getRoom(room.roomId))?.title).toBe(room.title);

      const rotated = {
        tokenHashes: { ...room.tokenHashes, participant: 'd'.repeat(64) },
        joinCodeHash: `rotated-${room.roomId}`,
        sealedLinks: 'resealed',
      };
      await store.setCredentials(room.roomId, rotated);
      expect(await store.getRoom(room.roomId)).toEqual({ ...room, ...rotated });
      await expect(store.setCredentials(newRoomId(), rotated)).rejects.toThrow();
    });

    it('lists the rooms created before a time, oldest first (the retention sweep)', async () => {
      const old = { ...roomRecord(), createdAt: T0 - 2 };
      const older = { ...roomRecord(), createdAt: T0 - 5 };
      await store.createRoom(old);
      await store.createRoom(older);
      await store.createRoom(roomRecord());
      expect(await store.roomsCreatedBefore(T0)).toEqual([older.roomId, old.roomId]);
      expect(await store.roomsCreatedBefore(T0 - 5)).toEqual([]);
    });

    it('rewrites stored events in place (erasure) and forgets the snapshot, leaving the rest alone', async () => {
      const roomId = newRoomId();
      const all = events(roomId, 1, 4);
      await store.appendEvents(roomId, 0, all);
      await store.saveSnapshot(roomId, { seq: 4, state: stateAt(roomId, 4) });
      const rewritten = { ...all[2]!, memberId: 'pseudonym' } as RoomEvent;
      await store.rewriteEvents(roomId, [rewritten]);
      expect(await store.readEvents(roomId, 0)).toEqual([all[0], all[1], rewritten, all[3]]);
      expect(await store.loadSnapshot(roomId)).toBeNull();
      // Appends go on after the rewritten record as before.
      await store.appendEvents(roomId, 4, events(roomId, 5, 5));
      expect(await store.readEvents(roomId, 4)).toHaveLength(1);
    });

    it('finds a room by its current join code only', async () => {
      const room = roomRecord();
      await store.createRoom(room);
      await store.createRoom(roomRecord());
      expect(await store.findRoomByJoinCode(room.joinCodeHash)).toBe(room.roomId);
      expect(await store.findRoomByJoinCode('nobody')).toBeNull();
      await store.setCredentials(room.roomId, { ...room, joinCodeHash: `new-${room.roomId}` });
      expect(await store.findRoomByJoinCode(room.joinCodeHash)).toBeNull();
      expect(await store.findRoomByJoinCode(`new-${room.roomId}`)).toBe(room.roomId);
    });

    it('replaces a join-code hash only while the room still has the old one', async () => {
      const room = roomRecord();
      await store.createRoom(room);
      const keyed = `k1.key.${room.roomId}`;
      expect(await store.replaceJoinCodeHash(room.roomId, room.joinCodeHash, keyed)).toBe(true);
      expect((await store.getRoom(room.roomId))?.joinCodeHash).toBe(keyed);
      expect(await store.findRoomByJoinCode(keyed)).toBe(room.roomId);
      // A rotation happened meanwhile: the stale replacement must not bring the old code back.
      await store.setCredentials(room.roomId, { ...room, joinCodeHash: `rotated-${room.roomId}` });
      expect(await store.replaceJoinCodeHash(room.roomId, keyed, `late-${room.roomId}`)).toBe(false);
      expect((await store.getRoom(room.roomId))?.joinCodeHash).toBe(`rotated-${room.roomId}`);
      expect(await store.replaceJoinCodeHash(newRoomId(), keyed, 'x')).toBe(false);
    });

    it('appends events and reads them back in seq order, after a seq and up to a limit', async () => {
      const roomId = newRoomId();
      const all = events(roomId, 1, 5);
      await store.appendEvents(roomId, 0, all.slice(0, 3));
      await store.appendEvents(roomId, 3, all.slice(3));
      await store.appendEvents(newRoomId(), 0, events('other', 1, 2, 'x'));

      expect(await store.readEvents(roomId, 0)).toEqual(all);
      expect(await store.readEvents(roomId, 2)).toEqual(all.slice(2));
      expect(await store.readEvents(roomId, 0, 2)).toEqual(all.slice(0, 2));
      expect(await store.readEvents(roomId, 3, 10)).toEqual(all.slice(3));
      expect(await store.readEvents(roomId, 0, 0)).toEqual([]);
      expect(await store.readEvents(roomId, 5)).toEqual([]);
      expect(await store.readEvents(newRoomId(), 0)).toEqual([]);
    });

    it('rejects a stale expected seq with SeqConflictError and writes nothing', async () => {
      const roomId = newRoomId();
      const stored = events(roomId, 1, 3);
      await store.appendEvents(roomId, 0, stored);

      const stale = store.appendEvents(roomId, 2, events(roomId, 3, 6, 'late'));
      await expect(stale).rejects.toBeInstanceOf(SeqConflictError);
      await expect(stale).rejects.toMatchObject({ roomId, expectedSeq: 2 });
      await expect(store.appendEvents(roomId, 0, events(roomId, 1, 1))).rejects.toBeInstanceOf(SeqConflictError);
      expect(await store.readEvents(roomId, 0)).toEqual(stored);
    });

    it('rejects a batch that does not continue at expectedSeq + 1 or has a gap, as a bug, writing nothing', async () => {
      const roomId = newRoomId();
      await store.appendEvents(roomId, 0, events(roomId, 1, 2));
      const gap = [...events(roomId, 3, 3), ...events(roomId, 5, 5)];
      for (const attempt of [store.appendEvents(roomId, 2, gap), store.appendEvents(roomId, 2, events(roomId, 4, 5))]) {
        const error = await attempt.then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(Error);
        expect(error).not.toBeInstanceOf(SeqConflictError);
      }
      expect(await store.readEvents(roomId, 0)).toEqual(events(roomId, 1, 2));
    });

    it('lets exactly one of several racing appends with the same expected seq win', async () => {
      const roomId = newRoomId();
      await store.appendEvents(roomId, 0, events(roomId, 1, 1));
      const other = await openHandle();
      const writers = ['w0', 'w1', 'w2', 'w3'];
      const results = await Promise.allSettled(
        writers.map((by, i) => (i % 2 ? other : store).appendEvents(roomId, 1, events(roomId, 2, 4, by))),
      );

      const winners = writers.filter((_, i) => results[i]?.status === 'fulfilled');
      expect(winners).toHaveLength(1);
      for (const result of results) {
        if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(SeqConflictError);
      }
      expect(await other.readEvents(roomId, 0)).toEqual([...events(roomId, 1, 1), ...events(roomId, 2, 4, winners[0])]);
    });

    it('stores a request with its events in one append, and never without them', async () => {
      const roomId = newRoomId();
      await store.appendEvents(roomId, 0, events(roomId, 1, 1));
      const voted = request('member:m1', 'req-0001', { ok: true, seq: 3, id: 'b1' });
      await store.appendEvents(roomId, 1, events(roomId, 2, 3), [voted]);
      expect(await store.findRequest(roomId, 'member:m1', 'req-0001')).toEqual(voted);
      // Another sender's id, another room: not the same request.
      expect(await store.findRequest(roomId, 'member:m2', 'req-0001')).toBeNull();
      expect(await store.findRequest(newRoomId(), 'member:m1', 'req-0001')).toBeNull();

      // A stale append writes neither its events nor its request.
      const late = request('member:m1', 'req-0002', { ok: true, seq: 3 });
      await expect(store.appendEvents(roomId, 1, events(roomId, 2, 3, 'late'), [late])).rejects.toBeInstanceOf(
        SeqConflictError,
      );
      expect(await store.findRequest(roomId, 'member:m1', 'req-0002')).toBeNull();
      // A request stored already refuses the append that repeats it, which then writes nothing.
      await expect(store.appendEvents(roomId, 3, events(roomId, 4, 4), [voted])).rejects.toThrow();
      expect(await store.readEvents(roomId, 3)).toEqual([]);
    });

    it('keeps the first answer to a refused request, prunes old answers, and keeps them across a reopen', async () => {
      const roomId = newRoomId();
      const refused = request('host', 'req-close-1', {
        ok: false,
        error: { code: 'conflict', message: 'Round is closed.', reason: 'round.closed' },
      });
      await store.saveRequest(roomId, refused);
      await store.saveRequest(roomId, { ...refused, ack: { ok: true, seq: 9 } });
      expect(await store.findRequest(roomId, 'host', 'req-close-1')).toEqual(refused);

      const old = { ...request('member:m1', 'req-old-01', { ok: true, seq: 2 }), at: T0 - 1 };
      await store.saveRequest(roomId, old);
      await store.saveRequest(newRoomId(), old);
      expect(await store.pruneRequests(roomId, T0)).toBe(1);
      expect(await store.findRequest(roomId, 'member:m1', 'req-old-01')).toBeNull();

      await store.close();
      const reopened = await openHandle();
      expect(await reopened.findRequest(roomId, 'host', 'req-close-1')).toEqual(refused);
    });

    it('keeps everything after close and reopen', async () => {
      const room = roomRecord();
      const { updates } = typedDraft();
      await store.createRoom(room);
      await store.appendEvents(room.roomId, 0, events(room.roomId, 1, 4));
      await store.saveSnapshot(room.roomId, { seq: 4, state: stateAt(room.roomId, 4) });
      await store.saveMemberSecret(room.roomId, 'm1', 'f'.repeat(64));
      for (const update of updates) await store.appendDocUpdate(room.roomId, update);
      await store.close();

      const reopened = await openHandle();
      expect(await reopened.getRoom(room.roomId)).toEqual(room);
      expect(await reopened.readEvents(room.roomId, 0)).toEqual(events(room.roomId, 1, 4));
      expect(await reopened.loadSnapshot(room.roomId)).toEqual({ seq: 4, state: stateAt(room.roomId, 4) });
      expect(await reopened.getMemberSecret(room.roomId, 'm1')).toBe('f'.repeat(64));
      expect((await reopened.loadDocUpdates(room.roomId)).map((u) => u.update)).toEqual(updates);
      await reopened.appendEvents(room.roomId, 4, events(room.roomId, 5, 5));
      expect(await reopened.readEvents(room.roomId, 4)).toEqual(events(room.roomId, 5, 5));
    });

    it('saves snapshots, never letting an older one replace a newer one', async () => {
      const roomId = newRoomId();
      expect(await store.loadSnapshot(roomId)).toBeNull();
      await store.saveSnapshot(roomId, { seq: 5, state: stateAt(roomId, 5) });
      expect(await store.loadSnapshot(roomId)).toEqual({ seq: 5, state: stateAt(roomId, 5) });

      await store.saveSnapshot(roomId, { seq: 3, state: stateAt(roomId, 3) });
      expect(await store.loadSnapshot(roomId)).toEqual({ seq: 5, state: stateAt(roomId, 5) });

      await store.saveSnapshot(roomId, { seq: 8, state: stateAt(roomId, 8) });
      expect(await store.loadSnapshot(roomId)).toEqual({ seq: 8, state: stateAt(roomId, 8) });
      expect(await store.loadSnapshot(newRoomId())).toBeNull();
    });

    it('keeps member secrets per room and member, the latest one winning', async () => {
      const roomId = newRoomId();
      const otherRoom = newRoomId();
      expect(await store.getMemberSecret(roomId, 'm1')).toBeNull();
      await store.saveMemberSecret(roomId, 'm1', '1'.repeat(64));
      await store.saveMemberSecret(roomId, 'm2', '2'.repeat(64));
      await store.saveMemberSecret(otherRoom, 'm1', '3'.repeat(64));
      await store.saveMemberSecret(roomId, 'm1', '4'.repeat(64));
      expect(await store.getMemberSecret(roomId, 'm1')).toBe('4'.repeat(64));
      expect(await store.getMemberSecret(roomId, 'm2')).toBe('2'.repeat(64));
      expect(await store.getMemberSecret(otherRoom, 'm1')).toBe('3'.repeat(64));
      expect(await store.getMemberSecret(otherRoom, 'm2')).toBeNull();
    });

    it("counts a room's members by the device they joined from, keeping the first device", async () => {
      const roomId = newRoomId();
      const otherRoom = newRoomId();
      const phone = 'a'.repeat(64);
      expect(await store.membersFromDevice(roomId, phone)).toBe(0);
      await store.saveMemberSecret(roomId, 'm1', '1'.repeat(64), phone);
      await store.saveMemberSecret(roomId, 'm2', '2'.repeat(64), phone);
      await store.saveMemberSecret(roomId, 'm3', '3'.repeat(64), 'b'.repeat(64));
      await store.saveMemberSecret(roomId, 'm4', '4'.repeat(64));
      await store.saveMemberSecret(otherRoom, 'm1', '5'.repeat(64), phone);
      // A new secret for m1 (a merge, a council seat) keeps where m1 joined from.
      await store.saveMemberSecret(roomId, 'm1', '6'.repeat(64));
      await store.saveMemberSecret(roomId, 'm2', '7'.repeat(64), 'c'.repeat(64));
      expect(await store.membersFromDevice(roomId, phone)).toBe(2);
      expect(await store.membersFromDevice(roomId, 'b'.repeat(64))).toBe(1);
      expect(await store.membersFromDevice(otherRoom, phone)).toBe(1);
      expect(await store.getMemberSecret(roomId, 'm1')).toBe('6'.repeat(64));
    });

    it('appends document updates with growing ids and loads them in append order', async () => {
      const roomId = newRoomId();
      const otherRoom = newRoomId();
      const { updates, text } = typedDraft();
      const ids: number[] = [];
      for (const [i, update] of updates.entries()) {
        ids.push(await store.appendDocUpdate(roomId, update));
        // Interleave another room so ids must be kept apart per room.
        if (i === 1) await store.appendDocUpdate(otherRoom, updates[0]!);
      }
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(ids).size).toBe(ids.length);

      const loaded = await store.loadDocUpdates(roomId);
      expect(loaded).toEqual(updates.map((update, i) => ({ id: ids[i], update })));
      expect(loaded.every((u) => u.update.constructor === Uint8Array)).toBe(true);
      expect(textOf(loaded.map((u) => u.update))).toBe(text);
      expect((await store.loadDocUpdates(otherRoom)).map((u) => u.update)).toEqual([updates[0]]);
      expect(await store.loadDocUpdates(newRoomId())).toEqual([]);
    });

    it('compacts document updates up to an id into the merged one, first, keeping later ones', async () => {
      const roomId = newRoomId();
      const otherRoom = newRoomId();
      const { updates, text } = typedDraft();
      expect(updates.length).toBeGreaterThanOrEqual(5);
      const ids: number[] = [];
      for (const update of updates) ids.push(await store.appendDocUpdate(roomId, update));
      await store.appendDocUpdate(otherRoom, updates[0]!);

      const upToId = ids[2]!;
      const merged = Y.mergeUpdates(updates.slice(0, 3));
      await store.compactDocUpdates(roomId, upToId, merged);
      const afterId = await store.appendDocUpdate(roomId, updates[4]!);
      expect(afterId).toBeGreaterThan(ids.at(-1)!);

      const loaded = await store.loadDocUpdates(roomId);
      expect(loaded[0]!.id).toBeLessThanOrEqual(upToId);
      expect(loaded.map((u) => u.update)).toEqual([merged, ...updates.slice(3), updates[4]]);
      expect(loaded.slice(1).map((u) => u.id)).toEqual([...ids.slice(3), afterId]);
      expect(textOf(loaded.map((u) => u.update))).toBe(text);
      expect((await store.loadDocUpdates(otherRoom)).map((u) => u.update)).toEqual([updates[0]]);

      const all = Y.mergeUpdates(loaded.map((u) => u.update));
      await store.compactDocUpdates(roomId, afterId, all);
      const compacted = await store.loadDocUpdates(roomId);
      expect(compacted.map((u) => u.update)).toEqual([all]);
      expect(textOf([compacted[0]!.update])).toBe(text);
    });
  });
}

storeContract('SQLite', sqliteBackend());

const mongodbUri = process.env['MONGODB_URI'];
if (mongodbUri) storeContract('MongoDB', mongoBackend(mongodbUri));
else console.log('[store contract] MongoDB adapter skipped: MONGODB_URI is not set');

describe('openStore', () => {
  it('opens SQLite in the data dir, creating the dir, when no MongoDB URI is given', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dr-open-store-'));
    const dataDir = path.join(root, 'nested', 'data');
    try {
      const store = await openStore({ dataDir, mongodbUri: undefined });
      expect(store).toBeInstanceOf(SqliteStore);
      await store.ping();
      await store.close();
      expect(existsSync(path.join(dataDir, SQLITE_FILE))).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
