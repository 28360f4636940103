/**
 * Starts this process as one node of a cluster (`REDIS_URL`): the Redis connections, the link the
 * rooms use (`RedisCluster`) and Socket.IO's Redis streams adapter, which lets a handshake or a link
 * rotation on one node reach sockets on every node (`fetchSockets`, `disconnect`).
 */
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Logger } from 'pino';
import { RedisCluster } from './redisCluster.js';
import { connectRedis } from './redisConnection.js';

export interface ClusterMembership {
  node: RedisCluster;
  socketAdapter: ReturnType<typeof createAdapter>;
  /** After the app closed: the Redis connections. */
  close(): Promise<void>;
}

export async function joinCluster(url: string, logger: Logger): Promise<ClusterMembership> {
  const redis = await connectRedis(url, logger);
  const node = new RedisCluster(redis, logger);
  return {
    node,
    socketAdapter: createAdapter(redis.adapterClient, { streamName: 'dr:socket.io', channelPrefix: 'dr:socket.io' }),
    close: () => redis.close(),
  };
}
