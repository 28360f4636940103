/** Starts the real server on port 0 with a fresh SQLite data dir, and tears it down after. */
import {
  createApp,
  createLogger,
  JoinCodeKey,
  loadServerSecret,
  loadVapidKeys,
  openStore,
  type PushOptions,
  type App,
  type AppOptions,
  type Store,
} from '@dr/server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestServer {
  url: string;
  app: App;
  store: Store;
  dataDir: string;
  /** Stops the server (once; a second call only removes the data); keeps the data dir unless `removeData` is set. */
  stop(options?: { removeData?: boolean }): Promise<void>;
}

export function makeDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'dr-test-'));
}

/** What a test may change: the door limits, their clock, the trusted proxies, the web app's build. */
export type ServerOptions = Pick<
  AppOptions,
  'limits' | 'roomIdleMs' | 'clock' | 'wallClock' | 'trustProxy' | 'clientDist' | 'metricsAllow' | 'retentionDays'
> & {
  /** Web push's options beyond the keys (kept in the data dir as `pnpm start` keeps them): a TLS agent, the scheduler's pace. */
  push?: Partial<PushOptions>;
  /** Another logger than the silent one (a test that reads the request log). */
  logger?: AppOptions['logger'];
};

/** A server on `dataDir`, with the server secret kept there as `pnpm start` keeps it. */
export async function startServer(dataDir = makeDataDir(), port = 0, options: ServerOptions = {}): Promise<TestServer> {
  const { secret } = await loadServerSecret({ dataDir });
  const store = await openStore({ dataDir, mongodbUri: undefined });
  const { keys } = await loadVapidKeys({ dataDir });
  const app = createApp({
    store,
    joinCodes: new JoinCodeKey(secret),
    ...options,
    push: { keys, subject: 'mailto:tests@localhost', ...options.push },
    logger: options.logger ?? createLogger(process.env['LOG_LEVEL'] ?? 'silent'),
  });
  await new Promise<void>((resolve, reject) => {
    app.http.once('error', reject); // a port still held by the last run must fail the test, not hang it
    app.http.listen(port, '127.0.0.1', () => {
      app.http.off('error', reject);
      resolve();
    });
  });
  const { port: bound } = app.http.address() as AddressInfo;
  let stopped = false;
  return {
    url: `http://127.0.0.1:${bound}`,
    app,
    store,
    dataDir,
    async stop({ removeData = false } = {}) {
      // A test may stop its server itself (to see a restart); the suite's teardown then only removes the data.
      if (!stopped) {
        stopped = true;
        await app.close();
        await new Promise<void>((resolve) => app.http.close(() => resolve()));
        await store.close();
      }
      if (removeData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
