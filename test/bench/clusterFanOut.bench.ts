/**
 * Fan-out of one room whose sockets are spread over two nodes (issue 17), against the same room on
 * one node. Both sides are compiled server processes (`server/dist/main.js`, needs `pnpm build`) on
 * a fresh SQLite `DATA_DIR`; the two-node side adds a `redis-server` and `REDIS_URL`. Members take
 * turns sending a command (members on both nodes in turn), and each message's latency is the time
 * until every watcher, on either node, has the event: on two nodes that includes the "seq" notice
 * through Redis and the other node's read from the shared store.
 *
 * BENCH_CLUSTER_WATCHERS (default 50) sockets, BENCH_CLUSTER_MESSAGES (default 300) messages.
 * Skipped, saying so, without redis-server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect, createRoom, type TestClient } from '../support/clients.js';
import { installed, startNode, startRedis, type ServerNode } from '../support/cluster.js';
import { measureFanOut } from './fanOut.js';
import { row, type Summary } from './stats.js';

const WATCHERS = Number(process.env['BENCH_CLUSTER_WATCHERS'] ?? 50);
const MESSAGES = Number(process.env['BENCH_CLUSTER_MESSAGES'] ?? 300);

/** One message at a time, from members in turn; latency until every watcher has it. */
function measure(members: readonly TestClient[]): Promise<Summary> {
  const send = (i: number) => {
    const type = Math.floor(i / members.length) % 2 ? 'queue.lower' : 'queue.raise';
    members[i % members.length]!.socket.emit('command', { type }, () => undefined);
  };
  return measureFanOut(
    send,
    members.map((m) => m.socket),
    MESSAGES,
  );
}

/** A room with `WATCHERS` members spread round-robin over `nodes`, measured twice (the second counts). */
async function roomOver(nodes: readonly ServerNode[]): Promise<Summary> {
  const room = await createRoom(nodes[0]!.url);
  const members: TestClient[] = [];
  // Interleaved, so consecutive senders sit on different nodes.
  for (let i = 0; i < WATCHERS; i += 1) {
    const node = nodes[i % nodes.length]!;
    members.push(await connect(node.url, { roomId: room.roomId, token: room.tokens.participant, name: `Member ${i}` }));
  }
  await measure(members);
  const result = await measure(members);
  for (const m of members) m.close();
  return result;
}

export async function runClusterFanOutBench(): Promise<string[]> {
  const title = `One room's fan-out, ${WATCHERS} sockets, ${MESSAGES} messages one at a time (compiled nodes)`;
  if (!installed('redis-server')) return [title, 'skipped: redis-server is not installed'];
  const redis = await startRedis();
  const dirs: string[] = [];
  const started: ServerNode[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dr-bench-cluster-'));
    dirs.push(dir);
    return dir;
  };
  try {
    const single = await startNode({ dataDir: dataDir(), redisUrl: '' });
    started.push(single);
    const one = await roomOver([single]);
    await single.stop();

    const shared = dataDir();
    const a = await startNode({ dataDir: shared, redisUrl: redis.url });
    const b = await startNode({ dataDir: shared, redisUrl: redis.url });
    started.push(a, b);
    const two = await roomOver([a, b]);
    return [
      title,
      row('one node (no Redis)', one),
      row('two nodes on Redis, sockets split 50/50', two),
      `ratio (two nodes / one node): median ${(two.median / one.median).toFixed(2)}×, throughput ${(two.perSecond / one.perSecond).toFixed(2)}×`,
    ];
  } finally {
    await Promise.all(started.map((node) => node.stop('SIGKILL')));
    await redis.stop('SIGKILL');
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}
