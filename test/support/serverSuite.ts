/**
 * What every black-box test file needs, set up and torn down in one call: the real server on port 0
 * with a fresh data dir. `serverSuite()` registers its own `beforeAll` and `afterAll`, so a file only
 * says what is special about it (the server's limits, a server of its own to stop and start again).
 * A file's own `afterAll` runs before the suite's (vitest runs after-hooks newest first), so it can
 * close its clients while the server is still up; or it keeps them in `suite.clients`, which the
 * suite closes before it stops its servers.
 */
import { afterAll, beforeAll } from 'vitest';
import { postJson, type TestClient } from './clients.js';
import { startServer, type ServerOptions, type TestServer } from './testServer.js';

export interface ServerSuite {
  /** The file's server, started before its first test. */
  readonly server: TestServer;
  /** The file's server's address (`http://127.0.0.1:<port>`). */
  readonly url: string;
  /**
   * Another server, as `startServer` starts one (other limits, or a data dir to stop and start
   * again on); whatever is still running after the file's tests is stopped and its data removed.
   */
  startServer(...args: Parameters<typeof startServer>): Promise<TestServer>;
  /** Socket clients the file keeps open across its tests: closed after them, before the servers stop. */
  readonly clients: TestClient[];
  /** POSTs `body` to `path` on the file's server (`postJson`), with `token` as the bearer if given. */
  post<T>(path: string, body: unknown, token?: string): Promise<T>;
}

export interface SuiteOptions {
  /** The file's server's limits, clock or proxies; `false` for a file that starts its own servers. */
  server?: ServerOptions | false;
}

/** Throws the same clear error for anything a suite starts in `beforeAll` and a file reads too early. */
export function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not started: use it inside a test, not at load time`);
  return value;
}

export function serverSuite({ server: serverOptions = {} }: SuiteOptions = {}): ServerSuite {
  // Every server the suite started, the file's own first; torn down newest first.
  const servers: TestServer[] = [];
  let main: TestServer | undefined;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    if (serverOptions === false) return;
    main = await startServer(undefined, 0, serverOptions);
    servers.push(main);
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) client.close();
    for (const server of servers.splice(0).reverse()) await server.stop({ removeData: true });
  });

  const suite: ServerSuite = {
    get server() {
      if (serverOptions === false) throw new Error('this suite starts no server of its own (server: false)');
      return started(main, 'the server');
    },
    get url() {
      return suite.server.url;
    },
    async startServer(...args) {
      const server = await startServer(...args);
      servers.push(server);
      return server;
    },
    clients,
    post: (path, body, token) => postJson(suite.url, path, body, token),
  };
  return suite;
}
