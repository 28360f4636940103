/// <reference lib="dom" />
/**
 * Issue #13's board details in a real browser: the paused countdown stays inside its panel (in
 * English it overflowed by 39 px), "剩余 · 已暂停" never breaks inside a phrase, and overtime is said
 * once ("超时 0:03", no minus sign).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { ok, type TestClient, openRoom } from '../support/clients.js';
import { boardLink, withLang } from './meetingPages.js';

const suite = browserSuite();

async function speaking(locale: 'en' | 'zh-CN', limitSec: number) {
  const { room, join } = await openRoom(suite.server.url, locale === 'en' ? 'Willow Lane' : '柳巷议事', locale);
  const host = await join(room.tokens.host, { name: 'Chair' });
  const ana = await join(room.tokens.participant, { name: locale === 'en' ? 'Ana Wu' : '吴安娜' });
  await ok(host, { type: 'rules.set', speakingLimitSec: limitSec });
  await ok(host, { type: 'room.setPhase', phase: 'in_session' });
  const itemId = (await ok(host, { type: 'agenda.propose', title: locale === 'en' ? 'Street lights' : '路灯' }))!;
  await ok(host, { type: 'agenda.schedule', itemId });
  await ok(host, { type: 'agenda.activate', itemId });
  await ok(ana, { type: 'queue.raise' });
  await ok(host, { type: 'queue.next' });
  // Paused at once, before the board opens: a board that took longer to load than the turn lasts (a
  // busy machine, 10 s in Chinese) would otherwise show overtime, not the paused countdown.
  await ok(host, { type: 'speaker.pause' });
  const board = await suite.page({ viewport: { width: 1920, height: 1080 } });
  await board.goto(withLang(boardLink(room.links.host), locale));
  await board.getByRole('timer').waitFor();
  return { host, ana, board };
}

/** How the countdown sits: inside its panel, and how many lines each phrase of words takes. */
function countdownLayout(board: Page) {
  return board.evaluate(() => {
    const timer = document.querySelector('.board-speaker [role="timer"]')!;
    const panel = timer.closest('.board__panel')!.getBoundingClientRect();
    const box = timer.getBoundingClientRect();
    const phrases = [...timer.querySelectorAll<HTMLElement>('.countdown__words')].map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return { text: el.textContent, lines: tops.size };
    });
    return {
      overflow: Math.max(0, box.right - panel.right, panel.left - box.left, box.bottom - panel.bottom),
      phrases,
      text: timer.textContent,
    };
  });
}

const close = (...clients: TestClient[]) => clients.forEach((c) => c.close());

describe('the board’s countdown', { timeout: 120_000 }, () => {
  it('paused, in English, stays inside its panel', async () => {
    const { host, ana, board } = await speaking('en', 120);
    await board.getByRole('timer').getByText('paused').waitFor();
    const layout = await countdownLayout(board);
    await screenshot(board, 'board-countdown-paused-en');
    expect(layout.overflow).toBe(0);
    expect(layout.phrases.every((p) => p.lines === 1)).toBe(true);
    close(host, ana);
  });

  it('paused, in Chinese, keeps each phrase on one line; overtime is said once', async () => {
    const { host, ana, board } = await speaking('zh-CN', 10);
    await board.getByRole('timer').getByText('已暂停').waitFor();
    const paused = await countdownLayout(board);
    expect(paused.overflow).toBe(0);
    // Ten seconds a turn, paused at once: near its end ("剩余 · 即将结束"), and paused.
    expect(paused.phrases.map((p) => p.text)).toEqual(['剩余 · 即将结束', '已暂停']);
    expect(paused.phrases.every((p) => p.lines === 1)).toBe(true);
    await ok(host, { type: 'speaker.resume' });
    await board.getByRole('timer').getByText('超时').waitFor({ timeout: 20_000 });
    const over = await countdownLayout(board);
    await screenshot(board, 'board-countdown-overtime-zh');
    expect(over.text).toMatch(/^超时\d+:\d\d$/);
    expect(over.text).not.toContain('-');
    expect(over.text).not.toContain('剩余');
    expect(over.overflow).toBe(0);
    close(host, ana);
  });
});
