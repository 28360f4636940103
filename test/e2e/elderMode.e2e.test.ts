/// <reference lib="dom" />
/**
 * Issue 28, part 1, on a 360 px phone in both languages: the large-type mode (适老化) switched on from
 * the header makes text ≥ 1.3× larger, lines ≥ 1.5, every button ≥ 48 px, with no horizontal
 * overflow, and stays on after a reload; the read-aloud button speaks the topic, the floor and its
 * time, the text being voted on and the scale's choices in the page's language (the test replaces
 * `speechSynthesis.speak` with a recorder of what would be said); and the live regions carry the
 * floor, a round opening and its result for screen readers, and axe finds no violation in the mode.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allViolations, horizontalOverflow } from '../support/axe.js';
import { screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { ok } from '../support/clients.js';
import { ELDER_WORDS, elderRoom, recordSpeech, spoken } from './elderRoom.js';

const suite = browserSuite();

const WORDS = {
  en: {
    ...ELDER_WORDS.en,
    read: 'Read aloud',
    said: {
      topic: 'Topic now: Street lights. Step 3 of 6: Deliberate with all sides.',
      floor: /^Now speaking: Ana Wu \d minutes? (\d+ seconds? )?left\.$/,
      frozen: 'The text being checked',
      block: '0, Block: I cannot accept this and will stand in its way.',
      strong: '5, Strong support',
      opened: 'A consensus check is open on “Street lights”.',
    },
    live: { floor: 'Now speaking: Ana Wu', closed: 'The consensus check on “Street lights” closed' },
  },
  'zh-CN': {
    ...ELDER_WORDS['zh-CN'],
    read: '朗读',
    said: {
      topic: '正在讨论：路灯。',
      floor: /^正在发言：吴安娜 剩余\d分钟(\d+秒)?。$/,
      frozen: '本轮测量的文本',
      block: '0，阻止：',
      strong: '5，',
      opened: '路灯',
    },
    live: { floor: '正在发言：吴安娜', closed: '路灯' },
  },
} as const;

/** The sizes the mode promises, measured on the page as it is. */
function measure(page: Page) {
  return page.evaluate(() => {
    const px = (el: Element, prop: 'fontSize' | 'lineHeight') => parseFloat(getComputedStyle(el)[prop]);
    const title = document.querySelector('.active-line__title')!;
    const paragraphs = [...document.querySelectorAll('main p')].filter((p) => p.getClientRects().length > 0);
    const buttons = [...document.querySelectorAll('button')]
      .map((b) => b.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    return {
      root: px(document.documentElement, 'fontSize'),
      title: px(title, 'fontSize'),
      // The tightest line in a paragraph, as a multiple of its type size.
      lineRatio: Math.min(...paragraphs.map((p) => px(p, 'lineHeight') / px(p, 'fontSize'))),
      smallestButton: Math.min(...buttons.map((r) => Math.min(r.width, r.height))),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      mode: document.documentElement.dataset.elder ?? null,
    };
  });
}

const liveText = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[aria-live="polite"]')].map((el) => el.textContent).join('\n'));

describe('the large-type mode, read aloud and live announcements', { timeout: 180_000 }, () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`in ${lang}`, async () => {
      const w = WORDS[lang];
      // Observe speech instead of making it: each utterance's text and language is recorded.
      const { host, ana, itemId, phone } = await elderRoom(suite, lang, {
        rules: { speakingLimitSec: 180 },
        before: recordSpeech,
      });
      await phone.locator('.active-line__title').waitFor();

      // The mode, from the header.
      const before = await measure(phone);
      expect(before.mode).toBeNull();
      await phone.getByRole('button', { name: w.switch }).click();
      await expect.poll(async () => (await measure(phone)).mode).toBe('on');
      expect(await phone.getByRole('button', { name: w.switch }).getAttribute('aria-pressed')).toBe('true');
      const after = await measure(phone);
      expect(after.root / before.root).toBeGreaterThanOrEqual(1.3);
      expect(after.title / before.title).toBeGreaterThanOrEqual(1.3);
      expect(after.lineRatio).toBeGreaterThanOrEqual(1.5);
      expect(after.smallestButton).toBeGreaterThanOrEqual(48);
      expect(after.overflow).toBeLessThanOrEqual(0);
      await screenshot(phone, `elder-mode-${lang}`);

      // Kept on the device: a reload starts in the mode, set before the app renders.
      await phone.reload();
      expect(await phone.evaluate(() => document.documentElement.dataset.elder)).toBe('on');
      await phone.locator('.active-line__title').waitFor();

      // The floor goes to Ana: the live region says so.
      await ok(ana, { type: 'queue.raise' });
      await ok(host, { type: 'queue.next' });
      await expect.poll(() => liveText(phone)).toContain(w.live.floor);

      // Read aloud, no round open: the topic and step, the floor and its time, in the page's language.
      await phone.getByRole('button', { name: w.read }).click();
      await expect.poll(async () => (await spoken(phone)).length).toBeGreaterThanOrEqual(2);
      const first = await spoken(phone);
      expect(first[0]!.text).toContain(w.said.topic);
      expect(first[1]!.text).toMatch(w.said.floor);
      expect(first.every((u) => u.lang === lang)).toBe(true);

      // A round opens: the live region says so, and the phone, once read aloud, announces it.
      const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
      await expect.poll(() => liveText(phone)).toContain(w.said.opened);
      await expect
        .poll(async () => (await spoken(phone)).map((u) => u.text))
        .toContainEqual(expect.stringContaining(w.said.opened));
      const heard = (await spoken(phone)).length;

      // Read aloud again: now also the text being voted on and the six choices.
      await phone.getByRole('button', { name: w.read }).click();
      await expect.poll(async () => (await spoken(phone)).length).toBeGreaterThan(heard + 7);
      const second = (await spoken(phone)).slice(heard).map((u) => u.text);
      expect(second).toContain(w.said.frozen);
      // The text a paragraph at a time, in order.
      expect(second.slice(second.indexOf(w.said.frozen) + 1, second.indexOf(w.said.frozen) + 3)).toEqual(w.text);
      expect(second.some((s) => s.startsWith(w.said.block))).toBe(true);
      expect(second.findIndex((s) => s.startsWith(w.said.strong))).toBeLessThan(
        second.findIndex((s) => s.startsWith(w.said.block)),
      );
      // With the vote on screen in large type: axe finds nothing, and nothing is wider than the phone.
      expect(await allViolations(phone)).toEqual([]);
      expect((await horizontalOverflow(phone)).wide).toEqual([]);
      await screenshot(phone, `elder-mode-vote-${lang}`);

      // The round closes: the result is announced.
      await ok(host, { type: 'consensus.close', roundId });
      await expect.poll(() => liveText(phone)).toContain(w.live.closed);
      host.close();
      ana.close();
    });
  }
});
