/**
 * The server process: opens the store, serves the app, and shuts down cleanly on SIGTERM/SIGINT.
 * `pnpm start` runs it compiled (dist/main.js, see build.mjs), `pnpm dev` from source under tsx.
 */
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { createLogger } from './logger.js';
import { JoinCodeKey } from './credentials/joinCodeKey.js';
import { loadServerSecret } from './credentials/serverSecret.js';
import { loadVapidKeys } from './push/vapidKeys.js';
import { openStore } from './store/openStore.js';
import { joinCluster } from './cluster/joinCluster.js';

const config = readConfig();
const logger = createLogger(config.logLevel);
const secret = await loadServerSecret({ dataDir: config.dataDir, envSecret: config.serverSecret });
if (secret.from === 'created') logger.info({ dataDir: config.dataDir }, 'created the server secret (server-secret)');
if (secret.tightened) logger.warn({ dataDir: config.dataDir }, 'server-secret was readable by others: made it 0600');
if (config.mongodbUri && secret.from !== 'env') {
  logger.warn('MongoDB with a server secret kept on this machine: give every node the same SERVER_SECRET');
}
const vapid = await loadVapidKeys({
  dataDir: config.dataDir,
  envPublic: config.vapidPublicKey,
  envPrivate: config.vapidPrivateKey,
});
// Where the pair came from, never the keys themselves.
if (vapid.from === 'created') logger.info({ dataDir: config.dataDir }, 'created the web push keys (vapid-keys)');
if (vapid.tightened) logger.warn({ dataDir: config.dataDir }, 'vapid-keys was readable by others: made it 0600');
if (config.mongodbUri && vapid.from !== 'env') {
  logger.warn(
    'MongoDB with web push keys kept on this machine: give every node the same VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY',
  );
}
const store = await openStore({ dataDir: config.dataDir, mongodbUri: config.mongodbUri });
if (config.redisUrl && !config.mongodbUri) {
  logger.info({ dataDir: config.dataDir }, 'cluster on one SQLite file: every node must run on this machine');
}
const cluster = config.redisUrl ? await joinCluster(config.redisUrl, logger) : undefined;
// Resolved from this file, which sits one folder below server/ both as src/main.ts and as dist/main.js.
const clientDist = fileURLToPath(new URL('../../client/dist', import.meta.url));
const app = createApp({
  store,
  logger,
  joinCodes: new JoinCodeKey(secret.secret),
  publicUrl: config.publicUrl,
  trustProxy: config.trustProxy,
  metricsAllow: config.metricsAllow,
  clientDist,
  retentionDays: config.retentionDays,
  push: { keys: vapid.keys, subject: config.vapidSubject, schedulerEveryMs: config.pushSchedulerMs },
  ...(cluster ? { cluster } : {}),
});
await app.ready;

app.http.listen(config.port, config.host, () => {
  const address = app.http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url =
    config.publicUrl ?? `http://${config.host && config.host !== '0.0.0.0' ? config.host : 'localhost'}:${port}`;
  logger.info(
    { port, store: config.mongodbUri ? 'mongodb' : 'sqlite', dataDir: config.dataDir, node: cluster?.node.node },
    'listening',
  );
  console.log(`\n  Deliberation Room is running: open ${url}\n`);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  try {
    await app.close();
    await cluster?.close();
    await store.close();
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
