/// <reference lib="dom" />
/**
 * Issue 28, part 1, in both languages: in the large-type mode a 360 px phone shows the simplified
 * room (what now, my hand, my vote, the text) with the rest behind one More button: the type ≥ 1.3×
 * larger, lines ≥ 1.5, every target ≥ 48 px, nothing wider than the phone, axe clean; the hand and
 * the vote work from it, and the draft is there to read, not to write, until More. And the host console reads the round's text and the six choices aloud for
 * the hall (the test replaces `speechSynthesis.speak` with a recorder of each utterance).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allViolations, horizontalOverflow } from '../support/axe.js';
import { screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { ok } from '../support/clients.js';
import { ELDER_WORDS, elderRoom, recordSpeech, spoken } from './elderRoom.js';
import { region, withLang } from './meetingPages.js';

const suite = browserSuite();

const WORDS = {
  en: {
    ...ELDER_WORDS.en,
    more: 'More',
    less: 'Less',
    raise: 'Raise hand',
    lower: 'Lower hand',
    second: 'You are 2nd in the queue',
    support: '4 Support',
    voted: 'Your response: 4 Support.',
    shown: { queue: 'Speaking queue', draft: 'Draft resolution', vote: 'Consensus check' },
    hidden: ['Now discussing', 'Agenda', 'Meeting rules', 'Participation', 'Members'],
    hall: 'Read the text aloud for the hall',
    heard: {
      // Opening a round takes the topic to step 4.
      topic: 'Topic now: Street lights. Step 4 of 6: Decide together.',
      frozen: 'The text being checked',
      prompt: 'Choose the level that fits how you feel about this text.',
      strong: '5, Strong support',
      block: '0, Block',
    },
  },
  'zh-CN': {
    ...ELDER_WORDS['zh-CN'],
    more: '更多',
    less: '收起',
    raise: '举手',
    lower: '放下手',
    second: '您排在第 2 位',
    support: '4 支持',
    voted: '您的表态：4 支持。',
    shown: { queue: '发言队列', draft: '决议草案', vote: '共识测量' },
    hidden: ['正在讨论', '议程', '会议规则（定会纪）', '参与情况', '参会人员'],
    hall: '为会场朗读文本',
    heard: {
      topic: '正在讨论：路灯。',
      frozen: '本轮测量的文本',
      prompt: '请选择最符合您对这份文本看法的一档。',
      strong: '5，强烈支持',
      block: '0，阻止',
    },
  },
} as const;

/** What the mode promises, measured on what is on screen now (hidden parts do not count). */
function measure(page: Page) {
  return page.evaluate(() => {
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const px = (el: Element, prop: 'fontSize' | 'lineHeight') => parseFloat(getComputedStyle(el)[prop]);
    // Every element that holds text of its own.
    const texts = [...document.querySelectorAll('body *')].filter(
      (el) =>
        shown(el) && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
    );
    const targets = [
      ...document.querySelectorAll(
        'button, select, summary, [role="button"], input:not([type="checkbox"], [type="radio"], [type="hidden"])',
      ),
    ]
      .filter(shown)
      .map((el) => el.getBoundingClientRect());
    return {
      root: px(document.documentElement, 'fontSize'),
      smallestText: Math.min(...texts.map((el) => px(el, 'fontSize'))),
      // The tightest line of a paragraph or list item, as a multiple of its type size.
      lineRatio: Math.min(
        ...texts.filter((el) => el.matches('p, li')).map((el) => px(el, 'lineHeight') / px(el, 'fontSize')),
      ),
      smallestTarget: Math.min(...targets.map((r) => Math.min(r.width, r.height))),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

/** The mode's promises, and axe, on the phone as it is now. */
async function checkPhone(phone: Page, before: { root: number; smallestText: number }) {
  const now = await measure(phone);
  expect(now.root / before.root).toBeGreaterThanOrEqual(1.3);
  expect(now.smallestText / before.smallestText).toBeGreaterThanOrEqual(1.3);
  expect(now.lineRatio).toBeGreaterThanOrEqual(1.5);
  expect(now.smallestTarget).toBeGreaterThanOrEqual(48);
  expect(now.overflow).toBeLessThanOrEqual(0);
  expect((await horizontalOverflow(phone)).wide).toEqual([]);
  expect(await allViolations(phone)).toEqual([]);
}

describe('the simplified phone room in large type, and the text read aloud for the hall', { timeout: 240_000 }, () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`in ${lang}`, async () => {
      const w = WORDS[lang];
      const { room, host, ana, itemId, phone } = await elderRoom(suite, lang);
      await region(phone, w.shown.draft).getByText(w.text[1]).waitFor();
      const before = await measure(phone);

      // Large type from the header: the room is what now, my hand and the text, the rest behind More.
      await phone.getByRole('button', { name: w.switch }).click();
      const more = phone.getByRole('button', { name: w.more, exact: true });
      await more.waitFor();
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      expect(await phone.locator('.active-line__title').textContent()).toBe(w.topic);
      expect(await region(phone, w.shown.queue).isVisible()).toBe(true);
      expect(await region(phone, w.shown.draft).getByText(w.text[0]).isVisible()).toBe(true);
      for (const name of [...w.hidden, w.shown.vote]) expect(await region(phone, name).count(), name).toBe(0);
      // The draft is there to read: no caret, no keyboard (More brings the writing back).
      const draftText = region(phone, w.shown.draft).getByRole('textbox');
      const writable = () => draftText.evaluate((el) => (el as HTMLElement).isContentEditable);
      expect(await draftText.getAttribute('aria-readonly')).toBe('true');
      expect(await writable()).toBe(false);
      await checkPhone(phone, before);
      await screenshot(phone, `elder-phone-${lang}`);

      // My hand, from the simplified room: raised behind Ana's, my place shown, lowered again.
      await ok(ana, { type: 'queue.raise' });
      await phone.getByRole('button', { name: w.raise, exact: true }).click();
      await phone.getByText(w.second).waitFor();
      await host.waitForEvent((e) => e.type === 'queue.raised' && e.memberId !== ana.welcome.you.memberId);
      await phone.getByRole('button', { name: w.lower, exact: true }).click();
      await phone.getByRole('button', { name: w.raise, exact: true }).waitFor();

      // More opens the whole room, Less folds it again.
      await more.click();
      const less = phone.getByRole('button', { name: w.less, exact: true });
      expect(await less.getAttribute('aria-expanded')).toBe('true');
      for (const name of w.hidden) await region(phone, name).waitFor();
      expect(await writable()).toBe(true);
      expect((await horizontalOverflow(phone)).wide).toEqual([]);
      await less.click();
      await more.waitFor();
      expect(await region(phone, w.hidden[1]).count()).toBe(0);
      expect(await writable()).toBe(false);
      // Large type off, the whole room is back at once, the draft to write in; on again, simplified.
      await phone.getByRole('button', { name: w.switch }).click();
      await expect.poll(() => writable()).toBe(true);
      expect(await more.isVisible()).toBe(false);
      expect(await region(phone, w.hidden[1]).isVisible()).toBe(true);
      await phone.getByRole('button', { name: w.switch }).click();
      await expect.poll(() => writable()).toBe(false);
      expect(await region(phone, w.hidden[1]).count()).toBe(0);

      // A round opens: my vote (the frozen text and the scale) comes in, the draft goes behind More.
      const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
      const vote = region(phone, w.shown.vote);
      await vote.getByText(w.text[1]).waitFor();
      await expect.poll(() => region(phone, w.shown.draft).count()).toBe(0);
      await checkPhone(phone, before);
      await screenshot(phone, `elder-phone-vote-${lang}`);
      await vote.getByRole('button', { name: w.support }).click();
      await vote.getByText(w.voted).waitFor();
      await host.waitForEvent((e) => e.type === 'consensus.voted' && e.roundId === roundId);

      // The host console reads the topic, the frozen text and the six choices to the hall.
      const consolePage = await suite.page({ viewport: { width: 1280, height: 900 } });
      await recordSpeech(consolePage);
      await consolePage.goto(withLang(room.links.host, lang));
      const read = consolePage.getByRole('button', { name: w.hall });
      await read.click();
      await expect.poll(async () => (await spoken(consolePage)).length).toBe(2 + w.text.length + 1 + 6);
      const heard = await spoken(consolePage);
      expect(heard.every((u) => u.lang === lang)).toBe(true);
      const said = heard.map((u) => u.text);
      expect(said[0]).toContain(w.heard.topic);
      expect(said.slice(1, 3 + w.text.length)).toEqual([w.heard.frozen, ...w.text, w.heard.prompt]);
      expect(said[3 + w.text.length]).toMatch(new RegExp(`^${w.heard.strong}`));
      expect(said.at(-1)).toMatch(new RegExp(`^${w.heard.block}`));
      expect(await allViolations(consolePage)).toEqual([]);

      // Closed, the round's text is no longer offered for reading.
      await ok(host, { type: 'consensus.close', roundId });
      await expect.poll(() => read.count()).toBe(0);

      // Between topics, the simplified room says so (the topic's panel) rather than nothing.
      await ok(host, { type: 'agenda.deactivate' });
      await region(phone, w.hidden[0]).waitFor();
      expect(await region(phone, w.shown.queue).isVisible()).toBe(true);
      expect(await region(phone, w.hidden[1]).count()).toBe(0);
      await checkPhone(phone, before);
      host.close();
      ana.close();
    });
  }
});
