/** Headless Chromium (chromium.ts picks which) driven by playwright-core; Playwright's own download is never used. */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CLIENT_DIST } from '@dr/server';
import { resolveChromium } from './chromium.js';

/** Screenshots of each screen, kept as test artifacts. */
export const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results/screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error('The web app is not built: run `pnpm build` first (`pnpm test` does).');
  }
  const browser = await resolveChromium();
  return chromium.launch({
    executablePath: browser.executablePath,
    env: { ...process.env, ...browser.env },
    // The machine's network is closed: without these, Chromium keeps trying to reach Google's hosts.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** A fresh, isolated browser profile (its own localStorage), in English unless told otherwise. */
export async function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  // Fail a step with Playwright's own message (what it waited for) well before the test times out.
  context.setDefaultTimeout(10_000);
  return context;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Every Content-Security-Policy violation any page of `context` reports (Chromium logs each as a
 * console error), for a test to expect none.
 */
export function cspViolations(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      seen.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
  });
  context.on('weberror', (error) => {
    if (/Content Security Policy/i.test(String(error.error()))) seen.push(String(error.error()));
  });
  return seen;
}
