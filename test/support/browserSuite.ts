/**
 * What every browser test file needs, set up and torn down in one call (as Hocuspocus's
 * `newHocuspocus(t)` does): the real server on port 0 with a fresh data dir, and Debian's Chromium.
 * `browserSuite()` registers its own `beforeAll` and `afterAll`, so a file only says what is special
 * about it: the server's limits, a server of its own to stop and start again, no server at all.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newContext } from './browser.js';
import { startServer, type ServerOptions, type TestServer } from './testServer.js';

export type ContextOptions = Parameters<typeof newContext>[1];

export interface BrowserSuite {
  /** The file's server, started before its first test. */
  readonly server: TestServer;
  readonly browser: Browser;
  /** A fresh, isolated browser profile (its own localStorage), in English unless told otherwise. */
  context(options?: ContextOptions): Promise<BrowserContext>;
  /** A page in a fresh profile. */
  page(options?: ContextOptions): Promise<Page>;
  /**
   * Another server, as `startServer` starts one (other limits, or a data dir to stop and start
   * again on); whatever is still running after the file's tests is stopped and its data removed.
   */
  startServer(...args: Parameters<typeof startServer>): Promise<TestServer>;
}

export interface SuiteOptions {
  /** The file's server's limits, clock or proxies; `false` for a file that starts its own servers. */
  server?: ServerOptions | false;
}

export function browserSuite({ server: serverOptions = {} }: SuiteOptions = {}): BrowserSuite {
  let browser: Browser | undefined;
  // Every server the suite started, the file's own first; torn down newest first.
  const servers: TestServer[] = [];
  let main: TestServer | undefined;

  beforeAll(async () => {
    if (serverOptions !== false) {
      main = await startServer(undefined, 0, serverOptions);
      servers.push(main);
    }
    browser = await launchBrowser();
  });
  afterAll(async () => {
    // Closing the browser closes every profile and page it opened.
    await browser?.close();
    for (const server of servers.reverse()) await server.stop({ removeData: true });
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test, not at load time`);
    return value;
  };

  const suite: BrowserSuite = {
    get server() {
      if (serverOptions === false) throw new Error('this suite starts no server of its own (server: false)');
      return started(main, 'the server');
    },
    get browser() {
      return started(browser, 'the browser');
    },
    context: (options) => newContext(suite.browser, options),
    page: async (options) => (await suite.context(options)).newPage(),
    async startServer(...args) {
      const server = await startServer(...args);
      servers.push(server);
      return server;
    },
  };
  return suite;
}
