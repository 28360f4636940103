/**
 * Issue 25 §1: the first touch of the draft on a throttled phone. The phone shows the draft without
 * the editor; the person touches a paragraph and types (or composes pinyin) at once, before the
 * editor has arrived. Nothing typed is lost, it lands where they touched, and the caret stays there:
 * the next key, in the editor, follows it. The editor's chunk is held back until the typing is done
 * (so the test is about "before the editor is ready", whatever the machine's speed), on a 4× slower
 * CPU and a 400 kbps, 400 ms link, as the bench's phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { roomWithDraft } from '../support/draftSuite.js';
import { paragraphs } from '../support/draftClients.js';
import { draftLive, joinAs, withLang } from './meetingPages.js';

const suite = browserSuite();
const TOPIC = 'Bicycle racks';
const FIRST = 'go by the north gate.';
const SECOND = 'Bikes stay outside the hall.';

async function setUp() {
  const { room, host, itemId, other } = await roomWithDraft(suite.url, 'Willow Lane council', TOPIC, [FIRST, SECOND]);
  // No service worker: the test holds the editor's chunk back, which a worker's cache would bypass.
  const phone = await suite.page({ ...PHONE, serviceWorkers: 'block' });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await phone.route(/\/assets\/DraftEditor-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await joinAs(phone, withLang(room.links.participant, 'en'), 'Ana Wu', "I'm remote");
  await draftLive(phone);
  const cdp = await phone.context().newCDPSession(phone);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 50_000,
    uploadThroughput: 50_000,
  });
  const draft = phone.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` });
  const done = () => {
    other.destroy();
    host.close();
  };
  return { phone, cdp, draft, other, itemId, release, done };
}

/** Touches a paragraph of the reader at its start or its end (the finger's point, as a phone sends it). */
async function touch(phone: Page, index: number, where: 'start' | 'end') {
  const paragraph = phone.locator('.draft__text--reader p').nth(index);
  await paragraph.scrollIntoViewIfNeeded();
  const box = (await paragraph.boundingBox())!;
  const x = where === 'start' ? box.x + 1 : box.x + box.width - 2;
  await phone.touchscreen.tap(x, box.y + box.height / 2);
}

const editorUp = (phone: Page) => phone.locator('.ProseMirror[contenteditable="true"]').waitFor({ timeout: 30_000 });

describe('the first touch of the draft', { timeout: 180_000 }, () => {
  it('keeps keys typed at once in the first paragraph, where touched, with the caret there', async () => {
    const { phone, other, itemId, release, done } = await setUp();
    await touch(phone, 0, 'start');
    await phone.keyboard.type('Racks ');
    release();
    await editorUp(phone);
    // The caret stayed where the person was typing: the next key follows "Racks ".
    await phone.keyboard.type('then ');
    const expected = `Racks then ${FIRST}\n${SECOND}`;
    await expect.poll(() => paragraphs(other.draft(itemId)), { timeout: 20_000 }).toBe(expected);
    await screenshot(phone, 'first-touch-keys');
    done();
  });

  it('keeps keys typed at once at the end of a later paragraph, and Enter there', async () => {
    const { phone, other, itemId, release, done } = await setUp();
    await touch(phone, 1, 'end');
    await phone.keyboard.type(' Ever.');
    await phone.keyboard.press('Enter');
    await phone.keyboard.type('Signed');
    release();
    await editorUp(phone);
    await phone.keyboard.type(' today');
    const expected = `${FIRST}\n${SECOND} Ever.\nSigned today`;
    await expect.poll(() => paragraphs(other.draft(itemId)), { timeout: 20_000 }).toBe(expected);
    done();
  });

  for (const [index, where, expected] of [
    [0, 'start', `停车${FIRST}\n${SECOND}`],
    [1, 'end', `${FIRST}\n${SECOND}停车`],
  ] as const) {
    it(`keeps a pinyin composition started at once in paragraph ${index + 1}, across the editor's arrival`, async () => {
      const { phone, cdp, other, itemId, release, done } = await setUp();
      await touch(phone, index, where);
      const compose = (text: string) =>
        cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      for (const step of ['t', 'ti', 'tin', 'ting']) await compose(step);
      // The editor arrives in the middle of the composition: it waits for the composition to end.
      const arrived = phone.waitForResponse(/\/assets\/DraftEditor-[\w-]+\.js$/);
      release();
      await arrived;
      for (const step of ['tingc', 'tingch', 'tingche']) await compose(step);
      await cdp.send('Input.insertText', { text: '停车' });
      await editorUp(phone);
      await phone.keyboard.type('!');
      const withCaret = expected.replace('停车', '停车!');
      await expect.poll(() => paragraphs(other.draft(itemId)), { timeout: 20_000 }).toBe(withCaret);
      expect(paragraphs(other.draft(itemId))).not.toMatch(/ting/);
      done();
    });
  }
});
