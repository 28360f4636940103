/**
 * Issue 29 §4 in a real browser, in both languages: a roster member switches notifications on from
 * the council page, the server sends a meeting's call to the device through the push service (the
 * test's receiver decrypts it with the device's own keys), the page's real service worker shows it
 * (delivered to the worker through Chromium's DevTools protocol, as its push service would), and the
 * member switches them off. Headless Chromium has no push service: the page's `pushManager` hands
 * out a subscription whose endpoint is the receiver (support/fakePushManager.ts), with real keys.
 */
import type { Locale } from '@dr/shared';
import { CreatedCouncil, JoinedCouncil, type PushMessage } from '@dr/shared/council';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { postJson } from '../support/clients.js';
import { fakePushManagerScript, type FakeDevice } from '../support/fakePushManager.js';
import { PushReceiver } from '../support/pushReceiver.js';
import type { TestServer } from '../support/testServer.js';

const suite = browserSuite({ server: false });
const receiver = new PushReceiver();
let server: TestServer;

beforeAll(async () => {
  await receiver.start();
  server = await suite.startServer(undefined, 0, { push: { agent: receiver.agent!, schedulerEveryMs: 0 } });
});
afterAll(() => receiver.stop());

const WORDS = {
  en: {
    heading: 'Notifications on this device',
    on: 'Turn on notifications',
    off: 'Turn off notifications',
    isOn: /^On: this device hears/,
    isOff: /^Off\. Switch them on/,
    called: 'East Lane Council: meeting called',
  },
  'zh-CN': {
    heading: '本设备的通知',
    on: '开启通知',
    off: '关闭通知',
    isOn: /^已开启：/,
    isOff: /^未开启。/,
    called: 'East Lane Council：召开会议',
  },
} as const;

const withLang = (link: string, locale: Locale) => link.replace('#', `?lang=${locale}#`);

/** The member's page with her roster place on this phone, as joining there leaves it. */
async function memberPage(context: BrowserContext, locale: Locale) {
  const post = <T>(path: string, body: unknown, token?: string) => postJson<T>(server.url, path, body, token);
  const council = CreatedCouncil.parse(
    await post('/api/councils', { name: 'East Lane Council', locale, timeZone: 'Asia/Shanghai' }),
  );
  const ana = JoinedCouncil.parse(
    await post(`/api/councils/${council.councilId}/members`, { name: 'Ana Wu' }, council.tokens.member),
  );
  const page = await context.newPage();
  await page.goto(withLang(council.links.member.replace(/^https?:\/\/[^/]+/, server.url), locale));
  await page.evaluate(({ id, a }) => localStorage.setItem(`dr:council:${id}`, JSON.stringify(a)), {
    id: council.councilId,
    a: { memberId: ana.memberId, memberSecret: ana.memberSecret, meetingToken: ana.meetingToken },
  });
  await page.reload();
  return { page, council, ana };
}

/** Delivers `message` to the page's service worker as a push (CDP `ServiceWorker.deliverPushMessage`). */
async function deliverToWorker(page: Page, message: PushMessage) {
  const cdp = await page.context().newCDPSession(page);
  const registered = new Promise<string>((resolve) =>
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const mine = registrations.find((r) => r.scopeURL === `${server.url}/` && !r.isDeleted);
      if (mine) resolve(mine.registrationId);
    }),
  );
  await cdp.send('ServiceWorker.enable');
  const registrationId = await registered;
  await cdp.send('ServiceWorker.deliverPushMessage', {
    origin: server.url,
    registrationId,
    data: JSON.stringify(message),
  });
  await cdp.detach();
}

describe('notifications from the council page', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`a member switches them on, gets a meeting's call in ${locale}, and switches them off`, async () => {
      const w = WORDS[locale];
      const context = await suite.context({ ...PHONE, locale, permissions: ['notifications'] });
      const csp = cspViolations(context);
      await context.addInitScript(fakePushManagerScript(receiver.origin));
      const { page, council, ana } = await memberPage(context, locale);
      const section = page.getByRole('region', { name: w.heading });
      await expect.poll(() => section.getByRole('status').textContent()).toMatch(w.isOff);
      await section.getByRole('button', { name: w.on }).click();
      await expect.poll(() => section.getByRole('status').textContent()).toMatch(w.isOn);
      await screenshot(page, `council-push-on-${locale}`);

      const device = JSON.parse((await page.evaluate(() => localStorage.getItem('test:push')))!) as FakeDevice;
      const key = (await (await fetch(`${server.url}/api/push/key`)).json()) as { publicKey: string };
      expect(device.applicationServerKey).toBe(key.publicKey);
      const kept = await server.store.push.subscriptionsOf(council.councilId, [ana.memberId]);
      expect(kept).toMatchObject([{ endpoint: device.endpoint, locale }]);

      // The host calls a meeting: the server encrypts to this device's keys; the receiver decrypts.
      receiver.adopt(device.id, device.privateKey, device.keys.auth);
      await postJson(
        server.url,
        `/api/councils/${council.councilId}/meetings`,
        { title: 'May meeting', scheduledAt: Date.UTC(2099, 4, 4, 11) },
        council.tokens.host,
      );
      const [message] = await receiver.forDevice(device.id);
      expect(message).toMatchObject({ kind: 'meetingCalled', title: w.called, url: `/c/${council.councilId}` });

      // The page's service worker shows it. Chromium's test profiles are incognito, where notifications
      // are always denied (crbug.com/401439): the worker's `showNotification` is recorded instead.
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await worker.evaluate(() => {
        const scope = self as unknown as { shown: unknown[]; registration: ServiceWorkerRegistration };
        scope.shown = [];
        scope.registration.showNotification = async (title, options) =>
          void scope.shown.push({ title, body: options?.body, tag: options?.tag, data: options?.data as unknown });
      });
      await deliverToWorker(page, message!);
      const shown = () => worker.evaluate(() => (self as unknown as { shown: unknown[] }).shown);
      await expect
        .poll(shown)
        .toEqual([{ title: w.called, body: message!.body, tag: message!.tag, data: { url: message!.url } }]);

      // Reopened without the link (as a tapped notification opens it), the page still knows the council.
      await page.goto(`${server.url}${message!.url}?lang=${locale}`);
      await section.getByRole('button', { name: w.off }).click();
      await expect.poll(() => section.getByRole('status').textContent()).toMatch(w.isOff);
      expect(await server.store.push.subscriptionsOf(council.councilId)).toEqual([]);
      expect(csp).toEqual([]);
      await context.close();
    });
  }
});
