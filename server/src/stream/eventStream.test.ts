import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqliteStore.js';
import type { RequestRecord, StoredEvent } from '../store/store.js';
import { EventStream } from './eventStream.js';
import { pendingRequest } from './requestLog.js';
import type { Stamped } from './stamp.js';

/** A tally: each `add` adds `n`; a negative `n` cannot be folded. */
interface Tally {
  seq: number;
  total: number;
}
interface Add {
  type: 'add';
  n: number;
}
type Refusal = { code: 'conflict'; message: string; reason: 'tally.tooBig' };

const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** A real store that counts appends, and can be told to have another writer append first, once. */
class CountingStore extends SqliteStore {
  appends: { expectedSeq: number; events: number; requests: number }[] = [];
  interloper: StoredEvent | null = null;
  override async appendEvents<E extends StoredEvent>(
    streamId: string,
    expectedSeq: number,
    events: readonly E[],
    requests?: readonly RequestRecord[],
  ): Promise<void> {
    if (this.interloper) {
      const other = { ...this.interloper, seq: expectedSeq + 1 };
      this.interloper = null;
      await super.appendEvents(streamId, expectedSeq, [other]);
    }
    this.appends.push({ expectedSeq, events: events.length, requests: requests?.length ?? 0 });
    return super.appendEvents(streamId, expectedSeq, events, requests);
  }
}

function tallyStream(store: CountingStore, streamId = 'tally') {
  let state: Tally = { seq: 0, total: 0 };
  const fold = (s: Tally, events: readonly Stamped<Add>[]): Tally =>
    events.reduce((t, e) => {
      if (e.n < 0) throw new Error('negative');
      return { seq: e.seq, total: t.total + e.n };
    }, s);
  const stream = new EventStream<Tally, Add, Refusal>({
    streamId,
    log: store,
    logger: pino({ level: 'silent' }),
    clock: () => 1000,
    current: () => state,
    fold,
    catchUp: async () => {
      state = fold(state, await store.readEvents<Stamped<Add>>(streamId, state.seq));
    },
    catchUpFirst: false,
    attempts: 2,
    committed: (next) => (state = next),
  });
  const add = (n: number, requestId?: string, sender = 'member:a') =>
    stream.submit(
      'a',
      (s) =>
        s.total + n > 100
          ? { ok: false, error: { code: 'conflict', message: 'too big', reason: 'tally.tooBig' } }
          : { ok: true, events: [{ type: 'add', n }] },
      { request: requestId ? pendingRequest(sender.slice(7), 'member', requestId, { n }) : undefined },
    );
  const catchUp = async () => {
    state = fold(state, await store.readEvents<Stamped<Add>>(streamId, state.seq));
  };
  return { stream, add, catchUp, state: () => state };
}

function newStore(): CountingStore {
  const store = new CountingStore(':memory:');
  stores.push(store);
  return store;
}

describe('EventStream', () => {
  it('stores the commands of one turn in one append, each decided on the state the one before left', async () => {
    const store = newStore();
    const { add, state } = tallyStream(store);
    const answers = await Promise.all([add(1), add(2), add(3)]);
    expect(answers.map((a) => a.ack)).toEqual([
      { ok: true, seq: 1 },
      { ok: true, seq: 2 },
      { ok: true, seq: 3 },
    ]);
    expect(answers[1]!.after).toEqual({ seq: 2, total: 3 });
    expect(store.appends).toEqual([{ expectedSeq: 0, events: 3, requests: 0 }]);
    expect(state()).toEqual({ seq: 3, total: 6 });
    const stored = (await store.readEvents('tally', 0)).map((e) => ({ ...e }) as Record<string, unknown>);
    expect(stored).toMatchObject([
      { type: 'add', n: 1, seq: 1, at: 1000, actor: 'a', prev: null },
      { type: 'add', n: 2, seq: 2, at: 1000, actor: 'a', prev: stored[0]!.hash },
      { type: 'add', n: 3, seq: 3, at: 1000, actor: 'a', prev: stored[1]!.hash },
    ]);
  });

  it('chains each commit to the stored head, read back from the log by a stream that did not write it', async () => {
    const store = newStore();
    await tallyStream(store).add(1);
    const [first] = await store.readEvents('tally', 0);
    // A second stream on the same log (another node, a restart) links its event to the first one's hash.
    const other = tallyStream(store);
    await other.catchUp();
    await other.add(2);
    const [, second] = await store.readEvents('tally', 0);
    expect((second as unknown as { prev: string }).prev).toBe((first as unknown as { hash: string }).hash);
  });

  it('answers a repeated request from the log without running it, and refuses its id for another command', async () => {
    const store = newStore();
    const { add, state } = tallyStream(store);
    expect((await add(5, 'req-00000001')).ack).toEqual({ ok: true, seq: 1 });
    expect((await add(5, 'req-00000001')).ack).toEqual({ ok: true, seq: 1, replayed: true });
    expect(state().total).toBe(5);
    expect((await add(6, 'req-00000001')).ack).toMatchObject({
      ok: false,
      error: { code: 'invalid', reason: 'command.requestReused' },
    });
    // Two identical requests in one batch: the second is the first's replay.
    const [first, repeat] = await Promise.all([add(1, 'req-00000002'), add(1, 'req-00000002')]);
    expect(first.ack).toEqual({ ok: true, seq: 2 });
    expect(repeat.ack).toEqual({ ok: true, seq: 2, replayed: true });
    expect(state()).toEqual({ seq: 2, total: 6 });
  });

  it('remembers a refusal: the same request is refused again even once it would succeed', async () => {
    const store = newStore();
    const { add } = tallyStream(store);
    expect((await add(99)).ack.ok).toBe(true);
    const refused = await add(5, 'req-00000003');
    expect(refused.ack).toMatchObject({ ok: false, error: { reason: 'tally.tooBig' } });
    expect(await store.findRequest('tally', 'member:a', 'req-00000003')).toMatchObject({ ack: { ok: false } });
    // Another sender's same id is theirs: it runs.
    expect((await add(1, 'req-00000003', 'member:b')).ack).toEqual({ ok: true, seq: 2 });
    expect((await add(5, 'req-00000003')).ack).toMatchObject({
      ok: false,
      replayed: true,
      error: { reason: 'tally.tooBig' },
    });
  });

  it('decides again after another writer appended first, on the state that writer left', async () => {
    const store = newStore();
    const { add, state } = tallyStream(store);
    await add(1);
    store.interloper = { type: 'add', n: 90, seq: 0, at: 0 } as StoredEvent;
    const answers = await Promise.all([add(5), add(20)]);
    expect(answers.map((a) => a.ack)).toEqual([
      { ok: true, seq: 3 },
      { ok: false, error: { code: 'conflict', message: 'too big', reason: 'tally.tooBig' } },
    ]);
    expect(state()).toEqual({ seq: 3, total: 96 });
    expect((await store.readEvents<Stamped<Add>>('tally', 0)).map((e) => e.n)).toEqual([1, 90, 5]);
  });

  it('answers server.raced when every attempt conflicts, and stores nothing of the batch', async () => {
    const store = newStore();
    const { stream } = tallyStream(store);
    let interlopers = 0;
    // Another writer appends first, every time.
    const original = store.appendEvents.bind(store);
    store.appendEvents = (async (streamId: string, expectedSeq: number, events: readonly StoredEvent[]) => {
      interlopers += 1;
      await original(streamId, expectedSeq, [{ type: 'add', n: 0, seq: expectedSeq + 1, at: 0 } as StoredEvent]);
      return original(streamId, expectedSeq, events);
    }) as typeof store.appendEvents;
    const { ack } = await stream.submit('a', () => ({ ok: true, events: [{ type: 'add', n: 1 }] }));
    expect(ack).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'server.raced' } });
    expect(interlopers).toBe(2); // both attempts
    expect((await store.readEvents<Stamped<Add>>('tally', 0)).map((e) => e.n)).toEqual([0, 0]);
  });

  it('refuses events it cannot fold before storing them, and commits the rest of the batch', async () => {
    const store = newStore();
    const { add, state } = tallyStream(store);
    const answers = await Promise.all([add(2), add(-1), add(3)]);
    expect(answers.map((a) => a.ack)).toMatchObject([
      { ok: true, seq: 1 },
      { ok: false, error: { code: 'internal', reason: 'server.foldFailed' } },
      { ok: true, seq: 2 },
    ]);
    expect(state()).toEqual({ seq: 2, total: 5 });
    expect((await store.readEvents<Stamped<Add>>('tally', 0)).map((e) => e.n)).toEqual([2, 3]);
  });

  it('answers server.saveFailed when the store fails, and keeps the state', async () => {
    const store = newStore();
    const { add, state } = tallyStream(store);
    store.appendEvents = () => Promise.reject(new Error('disk full'));
    expect((await add(1)).ack).toMatchObject({ ok: false, error: { code: 'internal', reason: 'server.saveFailed' } });
    expect(state()).toEqual({ seq: 0, total: 0 });
    expect(store.appends).toEqual([]);
  });
});
