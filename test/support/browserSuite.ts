/**
 * What every browser test file needs, set up and torn down in one call (as Hocuspocus's
 * `newHocuspocus(t)` does): the real server on port 0 with a fresh data dir, and Debian's Chromium.
 * `browserSuite()` registers its own `beforeAll` and `afterAll`, so a file only says what is special
 * about it: the server's limits, a server of its own to stop and start again, no server at all.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchBrowser, newContext } from './browser.js';
import { keepFailure, watchPage } from './failures.js';
import { serverSuite, started, type ServerSuite, type SuiteOptions } from './serverSuite.js';

export type { SuiteOptions } from './serverSuite.js';
export type ContextOptions = Parameters<typeof newContext>[1];

/** The file's servers (see `serverSuite()`), and a browser to drive them with. */
export interface BrowserSuite extends ServerSuite {
  readonly browser: Browser;
  /** A fresh, isolated browser profile (its own localStorage), in English unless told otherwise. */
  context(options?: ContextOptions): Promise<BrowserContext>;
  /** A page in a fresh profile. */
  page(options?: ContextOptions): Promise<Page>;
}

/**
 * A phone that stays on the meeting counts as present after 1 s here (30 s in production,
 * `LIMITS.presentAfterMs`, issue 30), so a test does not wait half a minute for a phone it opened.
 */
const PRESENT_AFTER_MS = 1000;

export function browserSuite(options: SuiteOptions = {}): BrowserSuite {
  const server = options.server;
  const withDefaults: SuiteOptions =
    server === false
      ? options
      : { ...options, server: { ...server, limits: { presentAfterMs: PRESENT_AFTER_MS, ...server?.limits } } };
  // The servers' hooks come first, so the browser closes before they stop (after-hooks run newest first).
  const servers = serverSuite(withDefaults);
  let browser: Browser | undefined;
  // The contexts the running test opened: on a failure, each page's screen, text and console are kept.
  let opened: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(() => {
    opened = [];
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await keepFailure(task.name, opened);
  });
  afterAll(async () => {
    // Closing the browser closes every profile and page it opened.
    await browser?.close();
  });

  const suite: BrowserSuite = {
    get server() {
      return servers.server;
    },
    get url() {
      return servers.url;
    },
    get browser() {
      return started(browser, 'the browser');
    },
    context: async (options) => {
      const context = await newContext(suite.browser, options);
      context.on('page', watchPage);
      opened.push(context);
      return context;
    },
    page: async (options) => (await suite.context(options)).newPage(),
    startServer: (...args) => servers.startServer(...args),
    clients: servers.clients,
    post: servers.post,
  };
  return suite;
}
