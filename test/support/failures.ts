/**
 * What a failed browser test leaves behind: each page's screen, its text and what it logged, under
 * `test-results/failures/<test>/`. A race that shows once in twenty runs cannot be asked again, so
 * the evidence is kept the first time (docs/development.md, "Flaky browser tests").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS } from './browser.js';

const FAILURES = path.resolve(ARTIFACTS, '../failures');
const logs = new WeakMap<Page, string[]>();

/** Records a page's console messages and uncaught errors, with the time each came (for `keepFailure`). */
export function watchPage(page: Page): void {
  const log: string[] = [];
  logs.set(page, log);
  const at = () => new Date().toISOString().slice(11, 23);
  page.on('console', (message) => log.push(`${at()} ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => log.push(`${at()} pageerror: ${error.stack ?? String(error)}`));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) log.push(`${at()} navigated: ${frame.url()}`);
  });
}

/** Writes every open page of `contexts` to `test-results/failures/<test>/` (best effort: a closed page is skipped). */
export async function keepFailure(test: string, contexts: readonly BrowserContext[]): Promise<void> {
  const dir = path.join(FAILURES, `${test.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  let index = 0;
  for (const context of contexts) {
    for (const page of context.pages()) {
      const name = `page${++index}`;
      const url = page.url();
      try {
        await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true, timeout: 5000 });
        const text = await page.evaluate('document.body.innerText');
        writeFileSync(path.join(dir, `${name}.txt`), `${url}\n\n${String(text)}`);
      } catch (error) {
        writeFileSync(path.join(dir, `${name}.txt`), `${url}\n\n(not readable: ${String(error)})`);
      }
      writeFileSync(path.join(dir, `${name}.log`), (logs.get(page) ?? []).join('\n'));
    }
  }
  console.error(`the failed test's pages are kept in ${path.relative(process.cwd(), dir)}`);
}
