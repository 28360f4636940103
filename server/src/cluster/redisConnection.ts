/**
 * The Redis connections of one node (`REDIS_URL`): one for commands and publishing, one subscribed
 * to the cluster channel (a subscribed connection can do nothing else), and one for Socket.IO's
 * adapter. They reconnect on their own, backing off up to 2 s; while Redis is away the node keeps
 * serving its own sockets. Our commands fail at once then (no offline queue: a join or a notice must
 * not wait for Redis); the adapter's keep their queue, since its stream reader retries at once.
 */
import type { Logger } from 'pino';
import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

export interface RedisConnection {
  client: RedisClient;
  subscriber: RedisClient;
  adapterClient: RedisClient;
  close(): Promise<void>;
}

export async function connectRedis(url: string, logger: Logger): Promise<RedisConnection> {
  const socket = { reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000) };
  const client = createClient({ url, socket, disableOfflineQueue: true });
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
  const adapterClient = createClient({ url, socket });
  adapterClient.on('error', onError);
  await adapterClient.connect();
  return {
    client,
    subscriber,
    adapterClient,
    async close() {
      await Promise.allSettled([subscriber.quit(), client.quit(), adapterClient.quit()]);
    },
  };
}
