/**
 * Redis lost mid-meeting (issue 27, "Faults"): two compiled nodes on one store and a real
 * redis-server, stopped while members on both nodes keep voting, then started again on the same port.
 * While it is away each node keeps serving the room it holds (every command answered and stored),
 * says so (`dr_redis_up` 0, `/readyz` 503 `server.redisDown`), and when it returns everything
 * recovers by itself: the nodes hear each other again, and nothing acknowledged was lost.
 * Needs `pnpm build`; skipped, saying so, without redis-server.
 */
import { openStore } from '@dr/server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installed, startNode, startRedis, type RedisServer, type ServerNode } from '../support/cluster.js';
import { clusterClient, type ClusterClient } from '../support/clusterClients.js';
import { createRoom } from '../support/clients.js';
import { sampleValue, scrape } from '../support/prometheus.js';

const hasRedis = installed('redis-server');
if (!hasRedis) console.warn('Redis fault test skipped: redis-server is not installed (`apt-get install redis-server`)');

let redis: RedisServer;
const nodes: ServerNode[] = [];
let dataDir: string;
const opened: ClusterClient[] = [];

beforeAll(async () => {
  if (!hasRedis) return;
  redis = await startRedis();
  dataDir = mkdtempSync(path.join(tmpdir(), 'dr-redis-lost-'));
  for (let i = 0; i < 2; i += 1) nodes.push(await startNode({ dataDir, redisUrl: redis.url }));
});

afterAll(async () => {
  for (const client of opened) client.close();
  await Promise.all(nodes.map((node) => node.stop('SIGKILL')));
  await redis?.stop('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function join(url: string, roomId: string, token: string, name?: string): Promise<ClusterClient> {
  const client = await clusterClient(url, { roomId, token, ...(name ? { name } : {}) });
  opened.push(client);
  return client;
}

const redisUp = async (node: ServerNode) => sampleValue(await scrape(node.url), 'dr_redis_up');
const readiness = async (node: ServerNode) => {
  const res = await fetch(`${node.url}/readyz`);
  return res.ok ? 'ready' : ((await res.json()) as { error: { reason: string } }).error.reason;
};

describe.skipIf(!hasRedis)('Redis lost mid-meeting', () => {
  it('keeps both nodes serving, loses nothing acknowledged, and recovers by itself when Redis returns', async () => {
    const [n1, n2] = nodes as [ServerNode, ServerNode];
    const room = await createRoom(n1.url, 'Storm night', 'en');
    const host = await join(n1.url, room.roomId, room.tokens.host, 'Chair');
    const ana = await join(n1.url, room.roomId, room.tokens.participant, 'Ana');
    const bo = await join(n2.url, room.roomId, room.tokens.participant, 'Bo');
    expect(await redisUp(n1)).toBe(1);
    expect(await readiness(n2)).toBe('ready');

    const acked: number[] = [];
    const propose = async (client: ClusterClient, title: string) => {
      const ack = await client.send({ type: 'agenda.propose', title });
      if (!ack.ok) throw new Error(`${title}: ${ack.error.code} ${ack.error.message}`);
      acked.push(ack.seq);
    };
    await propose(host, 'Before');
    await propose(bo, 'Before, from node 2');

    await redis.stop('SIGKILL');
    await expect.poll(() => redisUp(n1)).toBe(0);
    await expect.poll(() => readiness(n2)).toBe('server.redisDown');

    // Without Redis: both nodes keep taking the room's commands, each answered and stored.
    for (let i = 0; i < 10; i += 1) {
      await propose(i % 2 ? ana : bo, `Without Redis ${i}`);
    }
    // A newcomer joins by name meanwhile: the node's own join allowance stands in for the shared one.
    const cho = await join(n2.url, room.roomId, room.tokens.participant, 'Cho');
    expect(cho.memberId()).toBeDefined();
    const joinedAt = cho.seq(); // its welcome comes after its own member.joined
    // A node still shows its own sockets what the other node stored, at its next commit at the latest.
    await propose(bo, 'Node 2 catches up');
    expect(bo.seq()).toBe(Math.max(...acked, joinedAt));

    const restarted = await startRedis(Number(new URL(redis.url).port));
    redis = restarted;
    await expect.poll(() => redisUp(n1), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => redisUp(n2), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => readiness(n1)).toBe('ready');

    // Recovered by itself: a command on node 1 reaches node 2's screen through Redis's notice again,
    // without node 2 committing anything.
    await propose(host, 'After');
    const last = Math.max(...acked);
    await expect.poll(() => bo.seq(), { timeout: 10_000 }).toBe(last);
    await expect.poll(() => ana.seq()).toBe(last);

    // Nothing acknowledged lost, nothing twice, no gap on any screen.
    const store = await openStore({ dataDir, mongodbUri: undefined });
    try {
      const stored = await store.readEvents(room.roomId, 0);
      expect(stored.map((e) => e.seq)).toEqual(stored.map((_, i) => i + 1));
      for (const seq of acked) expect(stored[seq - 1]?.type).toBe('agenda.proposed');
      expect(stored.filter((e) => e.type === 'agenda.proposed')).toHaveLength(acked.length);
      expect(stored.some((e) => e.type === 'member.joined' && e.name === 'Cho')).toBe(true);
    } finally {
      await store.close();
    }
    for (const client of [host, ana, bo, cho]) expect(client.faults).toEqual([]);
  });
});
