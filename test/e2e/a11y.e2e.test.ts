/**
 * Every screen, in both languages, passes axe-core with no violation of any rule (WCAG A/AA and
 * best practices, any impact), and none scrolls sideways at 360 px wide (a small phone). The
 * screens: start, join, the join code entry (/j), the room as host, participant and observer (with an open round, a raised
 * hand, a decision with its follow-up), the board, the notice,  a council's page and its office's, and a supervisor's own view.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { allViolations, horizontalOverflow, type Violation } from '../support/axe.js';
import { PHONE } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import type { TestClient } from '../support/clients.js';
import { councilWorld, meetingWorld } from './a11yWorld.js';
import { boardLink, hostJoins, joinAs, withLang } from './meetingPages.js';

const suite = browserSuite();
const clients: TestClient[] = [];
afterAll(() => {
  for (const client of clients) client.close();
});

const NARROW = { width: 360, height: 740 };

const LABELS = {
  en: {
    host: { join: 'Join with my name', name: 'Your name', inRoom: "I'm in the room" },
    remote: "I'm remote",
    topic: 'Street lights',
    notice: 'Courtyard council',
    council: 'East Lane Council',
    office: 'Chengguan Street',
    code: 'Join code',
    councilJoin: { name: 'Your name', join: 'Join' },
    ownView: 'Items I supervise',
  },
  'zh-CN': {
    host: { join: '填写姓名加入', name: '您的姓名', inRoom: '我在现场' },
    remote: '我远程参与',
    topic: '路灯',
    notice: '柳巷小院议事会',
    council: '东巷议事会',
    office: '城关街道',
    code: '参会码',
    councilJoin: { name: '您的姓名', join: '加入' },
    ownView: '我监督的事项',
  },
} as const;

interface Finding {
  screen: string;
  violations: Violation[];
  overflowAt360: { overflow: number; wide: string[] } | null;
}

/** axe on the page as it is, then its width at 360 px (the board is a projector: no 360 px check). */
async function check(page: Page, screen: string, narrow = true): Promise<Finding> {
  const violations = await allViolations(page);
  let overflowAt360: Finding['overflowAt360'] = null;
  if (narrow) {
    await page.setViewportSize(NARROW);
    // Let the layout settle at the new width before measuring.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    overflowAt360 = await horizontalOverflow(page);
  }
  return { screen, violations, overflowAt360 };
}

describe('accessibility', { timeout: 240_000 }, () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`every screen passes axe-core with no violation and fits 360 px (${lang})`, async () => {
      const words = LABELS[lang];
      const { room, clients: meetingClients } = await meetingWorld(suite.server.url, lang);
      clients.push(...meetingClients);
      const findings: Finding[] = [];

      const start = await suite.page();
      await start.goto(`${suite.server.url}/?lang=${lang}`);
      await start.locator('form').first().waitFor();
      findings.push(await check(start, 'start'));

      const join = await suite.page(PHONE);
      await join.goto(withLang(room.links.participant, lang));
      await join.getByLabel(words.host.name).waitFor({ timeout: 20_000 });
      findings.push(await check(join, 'join'));

      const code = await suite.page(PHONE);
      await code.goto(`${suite.server.url}/j?lang=${lang}`);
      await code.getByLabel(words.code, { exact: true }).waitFor();
      findings.push(await check(code, 'join code entry (/j)'));

      const host = await suite.page();
      await hostJoins(host, withLang(room.links.host, lang), lang === 'en' ? 'Chair Li' : '李主任', words.host);
      await host.getByText(words.topic).first().waitFor();
      findings.push(await check(host, 'host console'));

      const phone = await suite.page(PHONE);
      await joinAs(phone, withLang(room.links.participant, lang), 'Bo', words.remote, words.host.name);
      await phone.locator('.vote__levels button').first().waitFor();
      findings.push(await check(phone, 'participant (open round, follow-up)'));

      const observer = await suite.page();
      await observer.goto(withLang(room.links.observer, lang));
      await observer.getByText(words.topic).first().waitFor();
      findings.push(await check(observer, 'observer'));

      const board = await suite.page({ viewport: { width: 1920, height: 1080 } });
      await board.goto(withLang(boardLink(room.links.host), lang));
      await board.getByText(words.topic).first().waitFor();
      findings.push(await check(board, 'board', false));

      const notice = await suite.page();
      await notice.goto(`${suite.server.url}/notice/${room.roomId}?lang=${lang}`);
      await notice.getByRole('heading', { level: 1 }).filter({ hasText: words.notice }).waitFor();
      findings.push(await check(notice, 'notice'));

      const { office, council } = await councilWorld(suite.server.url, lang);
      const councilPage = await suite.page();
      await councilPage.goto(withLang(council.links.member, lang));
      await councilPage.getByRole('heading', { level: 1 }).filter({ hasText: words.council }).waitFor();
      findings.push(await check(councilPage, 'council'));

      const officePage = await suite.page();
      await officePage.goto(withLang(office.link, lang));
      await officePage.getByRole('heading', { level: 1 }).filter({ hasText: words.office }).waitFor();
      findings.push(await check(officePage, 'office'));

      // The supervisor's own view (行难管): a roster member joining through the supervisor link.
      const supervisor = await suite.page(PHONE);
      await supervisor.goto(withLang(council.links.supervisor, lang));
      await supervisor.getByLabel(words.councilJoin.name).fill('Wu Jian');
      await supervisor.getByRole('button', { name: words.councilJoin.join, exact: true }).click();
      await supervisor.getByRole('heading', { name: words.ownView }).waitFor();
      findings.push(await check(supervisor, 'supervisor view'));

      const pages = [start, join, code, host, phone, observer, board, notice, councilPage, officePage, supervisor];
      for (const page of pages) {
        await page.context().close();
      }
      expect(findings.filter((f) => f.violations.length > 0 || (f.overflowAt360?.overflow ?? 0) > 0)).toEqual([]);
    });
  }
});
