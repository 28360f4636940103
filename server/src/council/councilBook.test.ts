import { decideCouncil, type CouncilActor, type CouncilCommand } from '@dr/shared/council';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqliteStore.js';
import { councilStream } from '../store/streams.js';
import { pendingRequest } from '../stream/requestLog.js';
import { CouncilBook } from './councilBook.js';
import { councilCredentials } from './councilSecrets.js';

const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

const host: CouncilActor = { role: 'host', memberId: null };

async function councilOn(store: SqliteStore) {
  const book = new CouncilBook(store, pino({ level: 'silent' }), () => 5000);
  const tokens = { host: 'h'.repeat(43), member: 'm'.repeat(43), observer: 'o'.repeat(43), supervisor: 's'.repeat(43) };
  await book.create({
    type: 'council.created',
    councilId: 'c1',
    name: '东巷议事会',
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    place: null,
    meetingPattern: null,
    officeId: null,
    credentials: councilCredentials('c1', tokens),
  });
  const run = (command: CouncilCommand, requestId?: string) =>
    book.run(
      'c1',
      null,
      (state) => decideCouncil(state, host, command),
      requestId ? pendingRequest(null, 'host', requestId, command) : undefined,
    );
  return { book, run };
}

describe('CouncilBook on the stream kernel', () => {
  it('stores the commands that arrive together in one transaction', async () => {
    const store = new SqliteStore(':memory:');
    stores.push(store);
    const { run } = await councilOn(store);
    const before = store.eventCommits;
    const answers = await Promise.all([
      run({ type: 'topic.propose', title: '东巷停车' }),
      run({ type: 'topic.propose', title: '路灯维修' }),
      run({ type: 'topic.propose', title: '垃圾分类' }),
    ]);
    expect(answers.map((a) => a.ok && a.id)).toEqual(['t2', 't3', 't4']);
    expect(store.eventCommits - before).toBe(1);
    expect((await store.readEvents(councilStream('c1'), 0)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it('replays a request, refuses its id for another command (409), and remembers a refusal', async () => {
    const store = new SqliteStore(':memory:');
    stores.push(store);
    const { run, book } = await councilOn(store);
    const propose: CouncilCommand = { type: 'topic.propose', title: '东巷停车' };
    expect(await run(propose, 'req-00000001')).toMatchObject({ ok: true, id: 't2' });
    expect(await run(propose, 'req-00000001')).toMatchObject({ ok: true, id: 't2', replayed: true });
    expect(await run({ type: 'topic.propose', title: '别的' }, 'req-00000001')).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'command.requestReused' },
    });
    const support: CouncilCommand = { type: 'topic.support', topicId: 't2' };
    const refused = await run(support, 'req-00000002');
    expect(refused.ok).toBe(false);
    expect(await run(support, 'req-00000002')).toMatchObject({ ...refused, replayed: true });
    expect((await book.load('c1'))?.seq).toBe(2);
  });

  it('reads an unknown council as null, and keeps nothing for it', async () => {
    const store = new SqliteStore(':memory:');
    stores.push(store);
    const { book } = await councilOn(store);
    expect(await book.load('no-such-council')).toBeNull();
    expect((book as unknown as { councils: Map<string, unknown> }).councils.has('no-such-council')).toBe(false);
  });
});
