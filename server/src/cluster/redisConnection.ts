/**
 * The Redis connections of one node (`REDIS_URL`): one for commands and publishing, one subscribed
 * to the cluster channel (a subscribed connection can do nothing else). Both reconnect on their own,
 * backing off up to 2 s; while Redis is away the node keeps serving its own sockets.
 */
import type { Logger } from 'pino';
import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

export interface RedisConnection {
  client: RedisClient;
  subscriber: RedisClient;
  close(): Promise<void>;
}

export async function connectRedis(url: string, logger: Logger): Promise<RedisConnection> {
  const client = createClient({ url, socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) } });
  let lastError = 0;
  const onError = (error: unknown) => {
    // A Redis that is down reports on every retry: once every 10 s is enough for the log.
    if (Date.now() - lastError < 10_000) return;
    lastError = Date.now();
    logger.warn({ err: error }, 'redis connection error');
  };
  client.on('error', onError);
  await client.connect();
  const subscriber = client.duplicate();
  subscriber.on('error', onError);
  await subscriber.connect();
  return {
    client,
    subscriber,
    async close() {
      await Promise.allSettled([subscriber.quit(), client.quit()]);
    },
  };
}
