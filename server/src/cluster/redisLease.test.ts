/**
 * Leases and the shared join allowance against a real `redis-server` on a free port (skipped, saying
 * so, when it is not installed; `.ci/run` installs it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type RedisConnection } from './redisConnection.js';
import { redisJoinAllowance, takeLease } from './redisLease.js';

const hasRedis = spawnSync('sh', ['-c', 'command -v redis-server']).status === 0;
if (!hasRedis) console.warn('redis lease tests skipped: redis-server is not installed');

let server: ChildProcess;
let redis: RedisConnection;

beforeAll(async () => {
  if (!hasRedis) return;
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  for (let i = 0; ; i += 1) {
    try {
      redis = await connectRedis(`redis://127.0.0.1:${port}`, pino({ level: 'silent' }));
      break;
    } catch (error) {
      if (i > 100) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
});

afterAll(async () => {
  await redis?.close();
  server?.kill('SIGKILL');
});

describe.skipIf(!hasRedis)('Redis leases and the shared join allowance', () => {
  it('gives a room’s lease to one node at a time; only its holder releases it', async () => {
    const first = await takeLease(redis.client, 'node-a', 'r1', 'compaction');
    expect(first).not.toBeNull();
    expect(await takeLease(redis.client, 'node-b', 'r1', 'compaction')).toBeNull();
    expect(await takeLease(redis.client, 'node-b', 'r1', 'snapshot')).not.toBeNull(); // another purpose
    expect(await takeLease(redis.client, 'node-b', 'r2', 'compaction')).not.toBeNull(); // another room
    // A holder whose lease expired (it stalled) and was taken by another frees nothing on release.
    const stalled = await takeLease(redis.client, 'node-a', 'r3', 'compaction');
    await redis.client.del('dr:lease:compaction:r3'); // as if it expired
    expect(await takeLease(redis.client, 'node-b', 'r3', 'compaction')).not.toBeNull();
    await stalled!.release();
    expect(await takeLease(redis.client, 'node-c', 'r3', 'compaction')).toBeNull();
    await first!.release();
    expect(await takeLease(redis.client, 'node-b', 'r1', 'compaction')).not.toBeNull();
  });

  it('shares one allowance per room between nodes, and a join given back is not spent', async () => {
    const onNodeA = redisJoinAllowance(redis.client);
    const onNodeB = redisJoinAllowance(redis.client);
    // A burst of 3, refilled at one per 1,000 s: the test sees no refill.
    expect(await onNodeA.take('hall', 3, 0.001)).toBe(true);
    expect(await onNodeB.take('hall', 3, 0.001)).toBe(true);
    expect(await onNodeA.take('hall', 3, 0.001)).toBe(true);
    expect(await onNodeB.take('hall', 3, 0.001)).toBe(false);
    await onNodeA.giveBack('hall', 3, 0.001); // a name the room refused
    expect(await onNodeB.take('hall', 3, 0.001)).toBe(true);
    expect(await onNodeA.take('hall', 3, 0.001)).toBe(false);
    expect(await onNodeA.take('other room', 3, 0.001)).toBe(true);
  });
});
