/// <reference lib="dom" />
/**
 * Issue #26 part 4 in a real browser: the board shows what the hall must see, at 1920×1080 and at
 * 1280×720 (a cheap projector), in both languages. A long meeting title wraps whole; at step 2
 * (明事) the topic's facts are on the board with their sources; during a consensus check the QR
 * code and a compact queue stay, and the block and serious-concern reasons (as many whole ones as
 * fit, the block first, then "and N more") and the whole rule line are on screen, during the round
 * and after it closes. "On screen" is checked element by element:
 * inside the viewport, inside every clipping ancestor, and not cut by a line clamp.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { boardLink, withLang } from './meetingPages.js';

const suite = browserSuite();

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

const WORDS = {
  en: {
    title:
      'Willow Lane residents’ courtyard council: the spring session on the path, the drain, the street lights and the parking along the school wall',
    topic: 'Repair the courtyard path between the well and the school',
    facts: [
      { text: 'The path is 180 metres long and cracked in 14 places.', source: 'Survey by the grid member, 3 March' },
      { text: 'The township pays half of the cement for repairs this year.', source: 'Township notice No. 12' },
    ],
    reasons: [
      'The drain on the south side floods the Wang family courtyard every spring; move it north before any cement is poured.',
      'Two days of work is too much for families whose adults work in the city all week.',
      'Nobody has said who checks the work in the evenings.',
    ],
    draft: ['The village repairs the path after the harvest.', 'Each household gives two days of work.'],
    factsRegion: 'Facts',
    more: (n: number) => `and ${n} more`,
    meter: 'Consensus check',
    next: 'Next',
  },
  'zh-CN': {
    title: '柳巷社区居民小院议事会春季会议：关于小院道路、南侧排水沟、路灯以及学校围墙边停车问题的集中议事',
    topic: '修缮水井到学校之间的小院道路',
    facts: [
      { text: '道路全长一百八十米，共有十四处开裂。', source: '网格员三月三日实地勘查' },
      { text: '今年镇里承担修缮所需水泥的一半费用。', source: '镇政府第十二号通知' },
    ],
    reasons: [
      '南侧排水沟每年春天都会淹了王家的院子，浇水泥之前必须先把排水沟改到北侧。',
      '两天义务工对平时在城里上班的家庭来说负担太重。',
      '还没有人说清楚每天傍晚由谁来检查施工质量。',
    ],
    draft: ['秋收后由村里修缮道路。', '每户出两天义务工。'],
    factsRegion: '明事：已查明的情况',
    more: (n: number) => `另有 ${n} 条`,
    meter: '共识测量',
    next: '接下来',
  },
} as const;

/** Whether an element is whole on screen: in the viewport, in every clipping ancestor, not cut by a clamp. */
function shownWhole(page: Page, selector: string) {
  return page.evaluate((css) => {
    const elements = [...document.querySelectorAll<HTMLElement>(css)];
    return elements.map((element) => {
      const r = element.getBoundingClientRect();
      const inside = (box: { left: number; right: number; top: number; bottom: number }) =>
        r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      let clippedBy: string | null = null;
      for (let a = element.parentElement; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          if (!inside(a.getBoundingClientRect())) {
            clippedBy = a.className;
            break;
          }
        }
      }
      return {
        text: (element.textContent ?? '').slice(0, 40),
        visible: r.width > 0 && r.height > 0 && getComputedStyle(element).visibility !== 'hidden',
        inViewport: inside({ left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }),
        clippedBy,
        cut: element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1,
      };
    });
  }, selector);
}

async function expectWhole(page: Page, selector: string, count: number, where: string) {
  const shown = await shownWhole(page, selector);
  expect(shown.length, `${where}: ${selector}`).toBe(count);
  for (const s of shown) {
    expect(s, `${where}: ${selector} "${s.text}"`).toEqual({
      text: s.text,
      visible: true,
      inViewport: true,
      clippedBy: null,
      cut: false,
    });
  }
}

describe('the board shows what the hall must see', { timeout: 180_000 }, () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`wraps the title, shows facts, reasons, the rule, the QR code and the queue (${lang})`, async () => {
      const words = WORDS[lang];
      const room = await createRoom(suite.server.url, words.title, lang);
      const auth = (token: string, name?: string) => ({ roomId: room.roomId, token, ...(name ? { name } : {}) });
      const host = await connect(suite.server.url, auth(room.tokens.host, 'Chair'));
      const voters = await Promise.all(
        ['Ana', 'Bo', 'Cai', 'Dee', 'Eli'].map((name) =>
          connect(suite.server.url, auth(room.tokens.participant, name)),
        ),
      );
      const itemId = (await ok(host, { type: 'agenda.propose', title: words.topic }))!;
      await ok(host, { type: 'agenda.schedule', itemId });
      await ok(host, { type: 'agenda.activate', itemId });
      await ok(host, { type: 'agenda.setStep', itemId, step: 'investigating' });
      for (const fact of words.facts) await ok(host, { type: 'agenda.addFact', itemId, ...fact });
      for (const voter of voters.slice(0, 4)) await ok(voter, { type: 'queue.raise' });

      const board = await suite.page({ viewport: SIZES[0] });
      await board.goto(withLang(boardLink(room.links.host), lang));
      const facts = board.getByRole('region', { name: words.factsRegion });
      await facts.getByText(words.facts[1].source, { exact: false }).waitFor();
      // The QR code comes after the facts: the board asks for its links only once the welcome says it
      // is the host's screen (BoardPage), so on a busy server it can come seconds later. Measure the
      // board once it is all there (and laid out around the code), not while it is still arriving.
      await board.getByRole('img', { name: /QR/ }).waitFor();

      for (const size of SIZES) {
        const where = `${lang} ${size.width}×${size.height} facts`;
        await board.setViewportSize(size);
        await screenshot(board, `board-facts-${lang}-${size.width}`);
        await expectWhole(board, '.board__title', 1, where);
        await expectWhole(board, '.board-facts__text', 2, where);
        await expectWhole(board, '.board-facts__source', 2, where);
        await expectWhole(board, '.board-join__qr', 1, where);
      }

      // The draft, then a consensus check: three reasons, a block first.
      await ok(host, { type: 'agenda.setStep', itemId, step: 'deciding' });
      await writeDraft(suite.server.url, room.roomId, room.tokens.participant, itemId, ...words.draft);
      const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
      await ok(voters[0]!, { type: 'consensus.vote', roundId, level: 0, reason: words.reasons[0] });
      await ok(voters[1]!, { type: 'consensus.vote', roundId, level: 1, reason: words.reasons[1] });
      await ok(voters[2]!, { type: 'consensus.vote', roundId, level: 1, reason: words.reasons[2] });
      await ok(voters[3]!, { type: 'consensus.vote', roundId, level: 4 });
      const meter = board.getByRole('region', { name: words.meter });
      await meter.getByText(words.reasons[2]).waitFor({ state: 'attached' });

      for (const phase of ['open', 'closed'] as const) {
        if (phase === 'closed') {
          await ok(host, { type: 'consensus.close', roundId });
          await meter
            .locator('.verdict')
            .getByText(lang === 'en' ? 'Not adopted' : '未通过')
            .first()
            .waitFor();
        }
        for (const size of SIZES) {
          const where = `${lang} ${size.width}×${size.height} round ${phase}`;
          await board.setViewportSize(size);
          await screenshot(board, `board-round-${phase}-${lang}-${size.width}`);
          await expectWhole(board, '.board__title', 1, where);
          // Every reason shown is whole, the block first; those that do not fit are "and N more".
          const shown = (await shownWhole(board, '.reasons__item')).filter((r) => r.visible).length;
          expect(shown, where).toBeGreaterThanOrEqual(1);
          await expectWhole(board, `.reasons__item:nth-child(-n + ${shown}) .reasons__text`, shown, where);
          await expectWhole(board, '.reasons__item:first-child .reasons__level', 1, where);
          if (shown < 3) await meter.getByText(words.more(3 - shown)).waitFor();
          await expectWhole(board, '.rule-line', 1, where);
          await expectWhole(board, '.board-join__qr', 1, where);
          await expectWhole(board, '.board-queue__name', 3, where);
          await board.getByRole('region', { name: words.next }).waitFor();
        }
      }
      host.close();
      for (const voter of voters) voter.close();
    });
  }
});
