/**
 * Reminders run once across nodes (issue 29, part 4): two compiled server processes (as `pnpm start`
 * runs them) on one Redis and one SQLite file, each looking for due jobs every 100 ms. Twelve action
 * items fall due as they are given; the push receiver gets each item's "due soon" exactly once, and the
 * nodes' logs say twelve runs between them (how they split them varies: 6/6 on this machine). The
 * nodes are stopped (SIGTERM: a look in flight finishes) before the pushes are counted. Needs
 * `pnpm build` and `redis-server`.
 */
import { CreatedCouncil, CreatedMeeting, JoinedCouncil } from '@dr/shared/council';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, ok, postJson, type TestClient } from '../support/clients.js';
import { startNode, startRedis, type RedisServer, type ServerNode } from '../support/cluster.js';
import { decisionOn } from '../support/rounds.js';
import { PushReceiver } from '../support/pushReceiver.js';

const ITEMS = 12;
const dataDir = mkdtempSync(path.join(tmpdir(), 'dr-push-nodes-'));
const receiver = new PushReceiver();
const nodes: ServerNode[] = [];
const clients: TestClient[] = [];
let redis: RedisServer | undefined;

afterAll(async () => {
  for (const client of clients) client.close();
  await Promise.all(nodes.map((node) => node.stop('SIGKILL')));
  await redis?.stop('SIGKILL');
  await receiver.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the scheduler on two processes', () => {
  // Two compiled servers and Redis start inside the test: more time than a black-box test's default.
  it('sends each due reminder once, whichever node looks', { timeout: 60_000 }, async () => {
    await receiver.start();
    redis = await startRedis();
    const env = { PUSH_SCHEDULER_MS: '100', NODE_EXTRA_CA_CERTS: receiver.certFile };
    nodes.push(await startNode({ dataDir, redisUrl: redis.url }, env));
    nodes.push(await startNode({ dataDir, redisUrl: redis.url }, env));
    const [a] = nodes as [ServerNode, ServerNode];
    const post = <T>(path: string, body: unknown, token?: string) => postJson<T>(a.url, path, body, token);

    const council = CreatedCouncil.parse(
      await post('/api/councils', { name: 'North Row', locale: 'en', timeZone: 'UTC' }),
    );
    const base = `/api/councils/${council.councilId}`;
    const chair = JoinedCouncil.parse(await post(`${base}/members`, { name: 'Chair' }, council.tokens.host));
    const ana = JoinedCouncil.parse(await post(`${base}/members`, { name: 'Ana' }, council.tokens.member));
    const device = receiver.subscribe();
    const member = { memberId: ana.memberId, memberSecret: ana.memberSecret };
    await post(`${base}/push`, { ...member, locale: 'en', subscription: device.subscription }, ana.meetingToken);
    const meeting = CreatedMeeting.parse(
      await post(`${base}/meetings`, { title: 'Today', scheduledAt: Date.now() + 3_600_000 }, council.tokens.host),
    );

    const enter = async (token: string, who: { memberId: string; memberSecret: string }) => {
      const client = await connect(a.url, { roomId: meeting.roomId, token, ...who, presence: 'in_room' });
      clients.push(client);
      return client;
    };
    const host = await enter(council.tokens.host, { memberId: chair.memberId, memberSecret: chair.memberSecret });
    const voter = await enter(ana.meetingToken, member);
    const { decisionId } = await decisionOn(
      a.url,
      { roomId: meeting.roomId, token: council.tokens.member },
      host,
      voter,
      {
        topic: 'Clean the row',
        text: 'Twelve small jobs.',
        statement: 'Twelve jobs',
      },
    );
    // Due today: "due soon" is due at once (from yesterday's start), on whichever node looks first.
    const today = new Date().toISOString().slice(0, 10);
    for (let n = 1; n <= ITEMS; n++)
      await ok(host, {
        type: 'action.create',
        decisionId,
        title: `Job ${n}`,
        owner: 'Ana',
        ownerMemberId: ana.memberId,
        tier: 'residents',
        dueDate: today,
      });

    const dueSoon = () => receiver.of(device.id).filter((m) => m.kind === 'actionDueSoon');
    // Until the nodes' logs say twelve runs between them (looked at as they write), then stop them.
    const runs = () =>
      nodes.map((node) => node.output().split('\n').filter((line) => line.includes('"kind":"push.actionDueSoon"') && line.includes('ran a scheduled job')).length); // prettier-ignore
    while (runs()[0]! + runs()[1]! < ITEMS) await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all(nodes.map((node) => node.stop('SIGTERM')));
    expect(
      dueSoon()
        .map((m) => m.body)
        .sort(),
    ).toEqual(Array.from({ length: ITEMS }, (_, i) => `Job ${i + 1} · Due date: ${today}`).sort());
    const ran = runs();
    expect(ran[0]! + ran[1]!).toBe(ITEMS);
  });
});
