/**
 * Issue #10 in a real browser: a person who typed the short address `/j/<code>` (who could not scan)
 * joins and writes the draft like everyone else; every screen works under the Content-Security-
 * Policy, QR code and draft editor included; an HTTP refusal is said in the page's language.
 */
import { describe, expect, it } from 'vitest';
import { cspViolations, PHONE, screenshot } from '../support/browser.js';
import { browserSuite, type ContextOptions } from '../support/browserSuite.js';
import { connect, connectError, createRoom, ok } from '../support/clients.js';
import { boardLink, discuss, draftLive, hostJoins, joinAs, textOf, typeAtEnd, withLang } from './meetingPages.js';

// Few rooms per address, so that the start page’s refusal can be seen; no refill within a slow run.
const suite = browserSuite({ server: { limits: { roomCreation: { burst: 2, perSecond: 1 / 3600 } } } });
const violations: string[][] = [];

/** A page in a fresh profile whose Content-Security-Policy violations are collected. */
async function page(options: ContextOptions = {}) {
  const context = await suite.context(options);
  violations.push(cspViolations(context));
  return context.newPage();
}

const TOPIC = 'Light the back lane';

describe('doors in the browser', { timeout: 120_000 }, () => {
  it('lets someone who typed /j/<code> join and write the draft, with every screen under the CSP', async () => {
    // The start page creates the room (its links and QR-free view are a screen too).
    const start = await page({ viewport: { width: 1280, height: 900 } });
    const response = await start.goto(`${suite.server.url}/?lang=en`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    await start.getByLabel('Meeting title').fill('Back lane council');
    await start.getByLabel('Meeting language').selectOption('en');
    await start.getByRole('button', { name: 'Create room' }).click();
    const hostLink = await start.getByRole('link', { name: 'Open as host' }).getAttribute('href');
    const joinCode = /join code ([2-9A-HJ-NP-Z]{8})/.exec(await start.locator('main').innerText())?.[1] ?? '';
    expect(joinCode).toHaveLength(8);
    expect(hostLink).toMatch(/\/r\/.+#t=/);

    const host = await page({ viewport: { width: 1440, height: 1000 } });
    await hostJoins(host, withLang(hostLink!, 'en'), 'Chair Li');
    await discuss(host, TOPIC);
    const board = await page({ viewport: { width: 1920, height: 1080 } });
    await board.goto(withLang(boardLink(hostLink!), 'en'));
    await board.getByRole('img', { name: /QR/ }).waitFor();

    // The short address, typed on a phone in lower case with a dash.
    const phone = await page(PHONE);
    const typed = `${joinCode.slice(0, 4)}-${joinCode.slice(4)}`.toLowerCase();
    await joinAs(phone, `${suite.server.url}/j/${typed}`, 'Mei Zhou', "I'm in the room");
    expect(new URL(phone.url()).hash).toBe(`#t=${joinCode}`);
    await draftLive(phone);
    const editorOf = (p: typeof phone) => p.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` });
    // The phone may write (it reads the text until it starts to, then the editor opens).
    await expect.poll(() => editorOf(phone).getAttribute('aria-readonly')).toBe('false');
    await typeAtEnd(editorOf(phone), 'Two lamps by the well, paid from the repair fund.');
    await expect.poll(() => textOf(editorOf(host))).toContain('Two lamps by the well, paid from the repair fund.');
    await editorOf(host).locator('.collaboration-carets__label', { hasText: 'Mei Zhou' }).waitFor();
    await expect.poll(() => textOf(editorOf(board))).toContain('Two lamps by the well');
    // The editor's base styles come from the stylesheet, not an inline <style>: spaces are kept.
    const whiteSpace = await editorOf(phone).evaluate(
      (e) =>
        (globalThis as unknown as { getComputedStyle(e: unknown): { whiteSpace: string } }).getComputedStyle(e)
          .whiteSpace,
    );
    expect(whiteSpace).toMatch(/pre-wrap|break-spaces/);
    await screenshot(phone, 'doors-short-address-draft');

    // The notice page, once published, is a screen too.
    const roomId = new URL(hostLink!).pathname.split('/')[2]!;
    const chair = await connect(suite.server.url, { roomId, token: new URL(hostLink!).hash.slice(3) });
    await ok(chair, { type: 'notice.publish' });
    chair.close();
    const reader = await page(PHONE);
    await reader.goto(`${suite.server.url}/notice/${roomId}`);
    await reader.getByText('Back lane council').first().waitFor();

    expect(violations.flat()).toEqual([]);
  });

  it('says why a room was not created in the start page’s language', async () => {
    // This address uses up its rooms (2 here, 100 in production) …
    for (let made = 0; made < 3; made += 1) {
      const res = await fetch(`${suite.server.url}/api/rooms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Another village' }),
      });
      if (res.status === 429) break;
    }
    // … and the next person at it, on the Chinese start page, is told why in Chinese.
    const start = await page();
    await start.goto(`${suite.server.url}/?lang=zh-CN`);
    await start.getByLabel('会议名称').fill('柳巷议事会');
    await start.getByRole('button', { name: '创建议事室' }).click();
    await start.getByText('这个网络创建的议事室太多。请等几分钟再试。').waitFor();
    await screenshot(start, 'doors-start-refused-zh');
    expect(violations.flat()).toEqual([]);
  });

  it('tells a phone at an address slowed for guessing why, in its language, and still lets the QR link in', async () => {
    const own = await suite.startServer(undefined, 0, {
      limits: { guessesPerRoom: { burst: 2, perSecond: 1 / 3600 } },
    });
    const room = await createRoom(own.url, '柳巷议事会', 'zh-CN');
    for (const guess of ['ABCDEFGH', 'ABCDEFGJ']) {
      if (guess !== room.joinCode) await connectError(own.url, { roomId: room.roomId, token: guess });
    }
    const phone = await page({ ...PHONE, locale: 'zh-CN' });
    await phone.goto(`${own.url}/r/${room.roomId}#t=${room.joinCode}`);
    // The page's first screen, after the app and its connection (as joinAs waits for one): it came
    // after 18 s once, at load 21, past a step's 10 s.
    await phone
      .getByText('这个网络尝试的错误参会码太多。请等一分钟再试，或扫描二维码加入。')
      .waitFor({ timeout: 20_000 });
    await screenshot(phone, 'doors-slowed-zh');
    const scanned = await page({ ...PHONE, locale: 'zh-CN' });
    await scanned.goto(room.links.participant);
    await scanned.getByLabel('您的姓名').waitFor({ timeout: 20_000 });
    expect(violations.flat()).toEqual([]);
  });
});
