/**
 * Leases and the shared join allowance, in Redis. A lease is a key set only if absent, holding the
 * node's id, expiring on its own (so a node that dies holding one blocks nobody for long), and
 * released only by its holder (a Lua compare-and-delete, so a late release never frees another's).
 */
import type { Lease, LeasePurpose, SharedAllowance } from '../room/cluster.js';
import type { RedisClient } from './redisConnection.js';

/** Longer than any snapshot or compaction takes; a dead holder's lease frees itself after this. */
export const LEASE_MS = 30_000;

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export async function takeLease(
  client: RedisClient,
  node: string,
  roomId: string,
  purpose: LeasePurpose,
): Promise<Lease | null> {
  const key = `dr:lease:${purpose}:${roomId}`;
  const taken = await client.set(key, node, { NX: true, PX: LEASE_MS });
  if (taken !== 'OK') return null;
  return {
    async release() {
      await client.eval(RELEASE, { keys: [key], arguments: [node] });
    },
  };
}

/**
 * A token bucket per room (`burst` joins at once, refilled at `perSecond`), on Redis's own clock so
 * the nodes' clocks do not matter. ARGV: burst, perSecond, change (-1 takes one, +1 gives one back).
 */
const BUCKET = `
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local burst = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local change = tonumber(ARGV[3])
local saved = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(saved[1]) or burst
local at = tonumber(saved[2]) or ms
tokens = math.min(burst, tokens + math.max(0, ms - at) * rate / 1000)
local granted = 1
if change < 0 then
  if tokens >= 1 then tokens = tokens - 1 else granted = 0 end
else
  tokens = math.min(burst, tokens + change)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(ms))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return granted
`;

export function redisJoinAllowance(client: RedisClient): SharedAllowance {
  const key = (roomId: string) => `dr:joins:${roomId}`;
  return {
    async take(roomId, burst, perSecond) {
      const granted = await client.eval(BUCKET, { keys: [key(roomId)], arguments: [`${burst}`, `${perSecond}`, '-1'] });
      return granted === 1;
    },
    async giveBack(roomId, burst, perSecond) {
      await client.eval(BUCKET, { keys: [key(roomId)], arguments: [`${burst}`, `${perSecond}`, '1'] });
    },
  };
}
