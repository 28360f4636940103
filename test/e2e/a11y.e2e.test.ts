/** Every screen passes axe-core's WCAG 2.1 A/AA checks with no serious or critical violation. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { PHONE } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok } from '../support/clients.js';
import { boardLink, hostJoins, joinAs, withLang, ZH } from './meetingPages.js';

const suite = browserSuite();

async function expectAccessible(page: Page, screen: string) {
  expect(await seriousViolations(page), screen).toEqual([]);
}

describe('accessibility', { timeout: 120_000 }, () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`passes on every screen (${lang})`, async () => {
      const room = await createRoom(suite.server.url, lang === 'en' ? 'Courtyard council' : '柳巷小院议事会', lang);
      const start = await suite.page();
      await start.goto(`${suite.server.url}/?lang=${lang}`);
      await start.locator('form').first().waitFor();
      await expectAccessible(start, 'start');

      const host = await suite.page();
      const labels =
        lang === 'en' ? { join: 'Join with my name', name: 'Your name', inRoom: "I'm in the room" } : ZH.join;
      await hostJoins(host, withLang(room.links.host, lang), 'Chair', labels);

      // Something on the agenda and in the queue, so the screens show their full controls.
      const member = await connect(suite.server.url, {
        roomId: room.roomId,
        token: room.tokens.participant,
        name: 'Ana',
      });
      const itemId = await ok(member, { type: 'agenda.propose', title: 'Fix the path' });
      const hostClient = await connect(suite.server.url, { roomId: room.roomId, token: room.tokens.host });
      await ok(hostClient, { type: 'agenda.activate', itemId });
      await ok(member, { type: 'queue.raise' });
      await expectAccessible(host, 'host console');

      const phone = await suite.page(PHONE);
      await joinAs(
        phone,
        withLang(room.links.participant, lang),
        'Bo',
        lang === 'en' ? "I'm remote" : '我远程参与',
        labels.name,
      );
      await phone.locator('.hand').first().waitFor();
      await expectAccessible(phone, 'participant phone');

      const board = await suite.page({ viewport: { width: 1920, height: 1080 } });
      await board.goto(withLang(boardLink(room.links.host), lang));
      await board.getByText('Fix the path').first().waitFor();
      await expectAccessible(board, 'board');

      const observer = await suite.page();
      await observer.goto(withLang(room.links.observer, lang));
      await observer.getByText('Fix the path').first().waitFor();
      await expectAccessible(observer, 'observer');

      member.close();
      hostClient.close();
      for (const page of [start, host, phone, board, observer]) await page.context().close();
    });
  }
});
