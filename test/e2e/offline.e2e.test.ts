/**
 * Issue #15 in a real browser: after a first visit, a phone that reloads with no signal still opens
 * the app (its service worker keeps the built app) and shows the room as it last saw it, read-only,
 * saying it is offline, in English and in Chinese; when the signal is back it is live again. The
 * worker breaks no Content-Security-Policy rule and keeps no API, Socket.IO or draft traffic.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cspViolations, PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { createRoom } from '../support/clients.js';
import { discuss, draftLive, hostJoins, joinAs, region, textOf, typeAtEnd, withLang } from './meetingPages.js';

const suite = browserSuite();
const TOPIC = 'Repair the courtyard path';

/** The page is controlled by the service worker, which has kept the whole app. */
async function workerReady(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const nav = (
        globalThis as unknown as { navigator: { serviceWorker: { ready: Promise<unknown>; controller: unknown } } }
      ).navigator;
      await nav.serviceWorker.ready;
      return nav.serviceWorker.controller !== null;
    },
    undefined,
    { timeout: 30_000 },
  );
}

/** Every URL the page's caches hold. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const store = (globalThis as unknown as { caches: CacheStorageLike }).caches;
    const urls: string[] = [];
    for (const name of await store.keys()) {
      for (const request of await (await store.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
}
interface CacheStorageLike {
  keys(): Promise<string[]>;
  open(name: string): Promise<{ keys(): Promise<{ url: string }[]> }>;
}

describe('a phone with no signal after its first visit', { timeout: 150_000 }, () => {
  it('reloads into the room as it last saw it, read-only and saying so, and is live again when the signal is back', async () => {
    const { links } = await createRoom(suite.server.url, 'Willow Lane council', 'en');
    const host = await suite.page({ viewport: { width: 1440, height: 1000 } });
    await hostJoins(host, withLang(links.host, 'en'), 'Chair Wang');
    await discuss(host, TOPIC);
    await typeAtEnd(host.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` }), 'Gravel before winter.');

    const phones: { page: Page; lang: 'en' | 'zh-CN'; csp: string[] }[] = [];
    for (const lang of ['en', 'zh-CN'] as const) {
      const context = await suite.context({ ...PHONE, locale: lang === 'en' ? 'en-US' : 'zh-CN' });
      const csp = cspViolations(context);
      const page = await context.newPage();
      if (lang === 'en') await joinAs(page, withLang(links.participant, 'en'), 'Ana Wu', "I'm remote");
      else await joinAs(page, withLang(links.participant, 'zh-CN'), '王阿姨', '我远程参与', '您的姓名');
      phones.push({ page, lang, csp });
    }
    const [ana, wang] = phones.map((p) => p.page) as [Page, Page];
    await draftLive(ana);
    await region(wang, '决议草案').getByText('草案实时同步中').waitFor({ timeout: 20_000 });
    await ana.getByRole('button', { name: 'Raise hand' }).click();
    await host.getByText('Ana Wu').first().waitFor();
    for (const { page } of phones) await workerReady(page);
    // The state is saved a moment after it changes.
    await ana.waitForTimeout(1_500);

    // The signal goes; each phone reloads.
    for (const { page } of phones) {
      await page.context().setOffline(true);
      await page.reload();
    }
    await ana.getByRole('status').getByText('Offline.').waitFor();
    await ana.getByText(TOPIC).first().waitFor();
    // The queue as it was (Ana's own hand), the draft from the copy on the device, every control off.
    await ana.getByRole('button', { name: 'Lower hand' }).waitFor();
    expect(await ana.getByRole('button', { name: 'Lower hand' }).isDisabled()).toBe(true);
    await expect
      .poll(() => textOf(ana.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` })))
      .toContain('Gravel before winter.');
    const enabled = await ana.locator('main button:enabled, main input:enabled, main textarea:enabled').count();
    expect(enabled).toBe(0);
    await screenshot(ana, 'offline-reload-phone-en');

    await wang.getByRole('status').getByText('离线。').waitFor();
    await wang.getByText(TOPIC).first().waitFor();
    await wang.getByText(/这是本设备在 .+ 最后看到的会场情况/).waitFor();
    await screenshot(wang, 'offline-reload-phone-zh');

    // The signal is back: live again, by itself.
    for (const { page } of phones) await page.context().setOffline(false);
    await ana.getByRole('button', { name: 'Lower hand' }).and(ana.locator(':enabled')).waitFor({ timeout: 30_000 });
    expect(await ana.getByText('Offline.').count()).toBe(0);

    // The worker kept the app's files and nothing of the room's traffic.
    const urls = await cachedUrls(ana);
    expect(urls.some((url) => /\/assets\/index-[\w-]+\.js$/.test(url))).toBe(true);
    expect(urls.filter((url) => /\/(api|socket\.io|yjs)\//.test(url))).toEqual([]);
    for (const { csp } of phones) expect(csp).toEqual([]);
  });
});
