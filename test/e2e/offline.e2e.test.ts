/**
 * Issue #15 in a real browser: after a first visit, a phone that reloads with no signal still opens
 * the app (its service worker keeps the built app) and shows the room as it last saw it, read-only,
 * saying it is offline, in English and in Chinese; when the signal is back it is live again. The
 * worker breaks no Content-Security-Policy rule and keeps no API, Socket.IO or draft traffic. Offline,
 * a member may still raise a hand: it waits on the device, survives another reload, and goes out
 * once, by itself, when the signal is back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cspViolations, PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { createRoom } from '../support/clients.js';
import {
  discuss,
  draftLive,
  hostJoins,
  joinAs,
  region,
  savedCopy,
  textOf,
  typeAtEnd,
  withLang,
} from './meetingPages.js';

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

/**
 * The drafts this page keeps on its device (y-indexeddb's `dr-draft:<roomId>`, room/draft/roomDrafts.ts),
 * as their XML; '' while there is no copy yet. Never creates the database (that would leave it without
 * its stores): it is opened only once the page's own code has made it.
 */
async function keptDrafts(page: Page, roomId: string): Promise<string> {
  const updates = await page.evaluate(async (name) => {
    // This package is typed without the DOM library: name the little of IndexedDB used here.
    interface Request<T> {
      result: T;
      onsuccess: (() => void) | null;
      onerror: (() => void) | null;
    }
    interface Db {
      objectStoreNames: { contains(name: string): boolean };
      transaction(store: string): { objectStore(name: string): { getAll(): Request<Uint8Array[]> } };
      close(): void;
    }
    const idb = (
      globalThis as unknown as {
        indexedDB: { databases(): Promise<{ name?: string }[]>; open(name: string): Request<Db> };
      }
    ).indexedDB;
    if (!(await idb.databases()).some((db) => db.name === name)) return [];
    const done = <T>(request: Request<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(`IndexedDB ${name}`));
      });
    const db = await done(idb.open(name));
    try {
      if (!db.objectStoreNames.contains('updates')) return [];
      const all = await done(db.transaction('updates').objectStore('updates').getAll());
      return all.map((update) => Array.from(update));
    } finally {
      db.close();
    }
  }, `dr-draft:${roomId}`);
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, Uint8Array.from(update));
  return [...doc.share.keys()].map((key) => doc.getXmlFragment(key).toString()).join('\n');
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
    const { roomId, links } = await createRoom(suite.server.url, 'Willow Lane council', 'en');
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
    // The room and the draft are kept on the device a moment after they change (later on a busy
    // machine): reload once both copies hold what the offline page will show.
    const handKept = async () => (await savedCopy(ana, roomId))?.state.queue.length ?? 0;
    await expect.poll(handKept).toBe(1);
    await expect.poll(async () => (await savedCopy(wang, roomId)) !== null).toBe(true);
    await expect.poll(() => keptDrafts(ana, roomId)).toContain('Gravel before winter.');

    // The signal goes; each phone reloads.
    for (const { page } of phones) {
      await page.context().setOffline(true);
      await page.reload();
    }
    await ana.getByRole('status').getByText('Offline.').waitFor();
    await ana.getByText(TOPIC).first().waitFor();
    // The queue as it was (Ana's own hand, which she may still lower), the draft from the copy on the
    // device, every control of the room off.
    await ana.getByRole('button', { name: 'Lower hand' }).waitFor();
    expect(await ana.getByRole('region', { name: 'Your hand, sent when the signal is back' }).count()).toBe(1);
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
    await ana.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 });
    await ana.locator('main').getByRole('button', { name: 'Lower hand' }).and(ana.locator(':enabled')).waitFor();
    expect(await ana.getByText('Offline.').count()).toBe(0);

    // The worker kept the app's files and nothing of the room's traffic.
    const urls = await cachedUrls(ana);
    expect(urls.some((url) => /\/assets\/index-[\w-]+\.js$/.test(url))).toBe(true);
    expect(urls.filter((url) => /\/(api|socket\.io|yjs)\//.test(url))).toEqual([]);
    for (const { csp } of phones) expect(csp).toEqual([]);
  });

  it('keeps a hand raised offline through a reload and sends it once when the signal is back', async () => {
    const room = await createRoom(suite.server.url, 'Birch Street council', 'en');
    const context = await suite.context({ ...PHONE, locale: 'en-US' });
    const csp = cspViolations(context);
    const phone = await context.newPage();
    await joinAs(phone, withLang(room.links.participant, 'en'), 'Li Na', "I'm remote");
    await phone.getByRole('button', { name: 'Raise hand' }).waitFor();
    await workerReady(phone);
    // The room is kept on the device a moment after it changes: reload once the copy is there.
    await expect.poll(async () => (await savedCopy(phone, room.roomId)) !== null).toBe(true);
    const raised = async () =>
      (await suite.server.store.readEvents(room.roomId, 0)).filter((e) => e.type === 'queue.raised').length;

    await context.setOffline(true);
    await phone.reload();
    await phone.getByRole('status').getByText('Offline.').waitFor();
    // Her hand is the one thing she can do offline; it waits, and the page says so.
    const hand = phone.getByRole('region', { name: 'Your hand, sent when the signal is back' });
    await hand.getByRole('button', { name: 'Raise hand' }).click();
    const waiting = phone.getByText('Your action will be sent when you are back online.');
    await waiting.waitFor();
    await screenshot(phone, 'offline-hand-waiting');

    // Another reload with no signal: still waiting (kept on the device), still not sent.
    await phone.reload();
    await phone.getByRole('status').getByText('Offline.').waitFor();
    await waiting.waitFor();
    expect(await raised()).toBe(0);

    // The signal is back: it goes out by itself, once.
    await context.setOffline(false);
    await phone.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 });
    await phone.locator('main').getByRole('button', { name: 'Lower hand' }).waitFor();
    await waiting.waitFor({ state: 'detached' });
    expect(await raised()).toBe(1);
    // Nothing is left on the device to send again.
    const kept = () =>
      Object.keys((globalThis as unknown as { localStorage: object }).localStorage).filter((k) =>
        k.startsWith('dr:outbox:'),
      );
    expect(await phone.evaluate(kept)).toEqual([]);
    await phone.reload();
    await phone.locator('main').getByRole('button', { name: 'Lower hand' }).waitFor();
    expect(await raised()).toBe(1);
    expect(csp).toEqual([]);
  });
});
