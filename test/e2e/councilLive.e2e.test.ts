/**
 * Issue 26 §2 and §3 in a real browser, in both languages: a council's host page and a member's
 * page open side by side, each updated without a reload when the other acts (a topic proposed, a
 * meeting called, a forgotten pool topic added to that meeting); the member opening the meeting is
 * asked where they take part and arrives there; and a join code typed on `/j` (any case, with a
 * dash) opens the meeting, while an unknown one is said so.
 */
import type { Locale } from '@dr/shared';
import { CreatedCouncil, JoinedCouncil } from '@dr/shared/council';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { cspViolations, PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom } from '../support/clients.js';

const suite = browserSuite();

const WORDS = {
  en: {
    pool: 'Topic pool: propose and support any time',
    topic: 'Topic',
    propose: 'Propose',
    title: 'Title',
    when: 'When',
    call: 'Call it',
    takes: 'Taken up by this meeting: Benches.',
    open: 'Open the meeting',
    where: 'Where are you?',
    inRoom: "I'm in the room",
    raise: /Raise hand/,
    addTopics: 'Add topics from the pool',
    add: 'Add to this meeting',
    added: 'Added to the agenda: Street lights.',
    scheduled: 'On an agenda',
    code: 'Join code',
    join: 'Join',
    joinHeading: 'Join the meeting',
    unknown: 'No meeting has the join code ABCD-EFGH.',
    startLink: 'Have a join code? Type it here',
  },
  'zh-CN': {
    pool: '议题池：随时提出、随时附议',
    topic: '议题',
    propose: '提出议题',
    title: '会议标题',
    when: '时间',
    call: '召集',
    takes: '本次会议将议：Benches。',
    open: '进入会议',
    where: '您在哪里参会？',
    inRoom: '我在现场',
    raise: /举手/,
    addTopics: '从议题池添加议题',
    add: '添加到本次会议',
    added: '已列入议程：Street lights。',
    scheduled: '已列入议程',
    code: '参会码',
    join: '加入',
    joinHeading: '加入会议',
    unknown: '没有会议使用参会码 ABCD-EFGH。',
    startLink: '有参会码？在这里输入',
  },
} as const;

/** A council in `locale` with Ana on its roster, her two pool topics, and no meeting yet. */
async function councilOf(locale: Locale) {
  const council = CreatedCouncil.parse(
    await suite.post('/api/councils', { name: 'East Lane Council', locale, timeZone: 'Asia/Shanghai' }),
  );
  const base = `/api/councils/${council.councilId}`;
  const ana = JoinedCouncil.parse(await suite.post(`${base}/members`, { name: 'Ana Wu' }, council.tokens.member));
  for (const title of ['Street lights', 'Benches'])
    await suite.post(
      `${base}/commands`,
      { command: { type: 'topic.propose', title }, memberId: ana.memberId, memberSecret: ana.memberSecret },
      council.tokens.member,
    );
  return { council, ana };
}

const withLang = (link: string, locale: Locale) => link.replace('#', `?lang=${locale}#`);
const pool = (page: Page, locale: Locale) => page.getByRole('region', { name: WORDS[locale].pool });

describe('a standing council that behaves like a live room', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`keeps the host’s and a member’s pages live, takes a forgotten topic, and asks where the member takes part (${locale})`, async () => {
      const w = WORDS[locale];
      const { council, ana } = await councilOf(locale);
      const hostContext = await suite.context({ locale });
      const memberContext = await suite.context({ ...PHONE, locale });
      const csp = [...cspViolations(hostContext), ...cspViolations(memberContext)];
      const host = await hostContext.newPage();
      const member = await memberContext.newPage();
      await host.goto(withLang(council.links.host, locale));
      // Ana's roster place on her phone, as joining on this page leaves it.
      await member.goto(withLang(council.links.member, locale));
      await member.evaluate(
        ({ id, ana: a }) =>
          localStorage.setItem(
            `dr:council:${id}`,
            JSON.stringify({ memberId: a.memberId, memberSecret: a.memberSecret, meetingToken: a.meetingToken }),
          ),
        { id: council.councilId, ana },
      );
      await member.reload();
      await pool(member, locale).getByText('Benches').waitFor();

      // A topic proposed on the member's page appears on the host's without a reload.
      await member.getByLabel(w.topic, { exact: true }).fill('Trees in the yard');
      await member.getByRole('button', { name: w.propose }).click();
      await pool(host, locale).getByText('Trees in the yard').waitFor();

      // The call form says which pool topics the meeting takes; the meeting appears on the member's page.
      await host.getByLabel(w.title, { exact: true }).fill('May meeting');
      await host.getByLabel(w.when).fill('2099-05-04T19:00');
      await host.getByRole('checkbox', { name: 'Benches' }).check();
      await host.getByText(w.takes).waitFor();
      await host.getByRole('button', { name: w.call, exact: true }).click();
      const called = member.getByRole('listitem').filter({ hasText: 'May meeting' });
      await called.waitFor();
      const roomId = await hostMeetingRoom(host, 'May meeting');

      // Street lights was forgotten: the host adds it to the called meeting; the member's pool shows it taken.
      const meeting = host.getByRole('listitem').filter({ hasText: 'May meeting' });
      await meeting.getByText(w.addTopics).click();
      await meeting.getByRole('checkbox', { name: 'Street lights' }).check();
      await meeting.getByRole('button', { name: w.add }).click();
      await meeting.getByRole('status').getByText(w.added).waitFor();
      const lights = pool(member, locale).getByRole('listitem').filter({ hasText: 'Street lights' });
      await expect.poll(() => lights.textContent()).toContain(w.scheduled);
      await screenshot(host, `council-live-host-${locale}`);
      expect(await seriousViolations(host)).toEqual([]);

      // The member opens the meeting: asked where, as a link joiner is; counted in the room.
      const watcher = await connect(suite.server.url, { roomId, token: council.tokens.host });
      suite.clients.push(watcher);
      expect(Object.values(watcher.welcome.state.agenda.map((id) => watcher.welcome.state.items[id]!.title))).toContain(
        'Street lights',
      );
      await called.getByRole('button', { name: w.open }).click();
      const where = called.getByRole('group', { name: w.where });
      await where.waitFor();
      await screenshot(member, `council-live-where-${locale}`);
      expect(await seriousViolations(member)).toEqual([]);
      await where.getByRole('button', { name: w.inRoom }).click();
      await member.getByRole('button', { name: w.raise }).waitFor({ timeout: 20_000 });
      const arrived = await watcher.waitForEvent((e) => e.type === 'member.arrived' && e.memberId === ana.memberId);
      expect(arrived).toMatchObject({ presence: 'in_room' });
      expect(csp).toEqual([]);
      await hostContext.close();
      await memberContext.close();
    }, 90_000);
  }
});

/** The room id of a meeting on the host's page, from its "Open the meeting" link. */
async function hostMeetingRoom(page: Page, title: string): Promise<string> {
  const href = await page
    .getByRole('listitem')
    .filter({ hasText: title })
    .getByRole('link')
    .first()
    .getAttribute('href');
  return decodeURIComponent(/^\/r\/([^#]+)/.exec(href ?? '')![1]!);
}

describe('typing a join code', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`opens the meeting from a code typed in any case with a dash, and says so for an unknown one (${locale})`, async () => {
      const w = WORDS[locale];
      const room = await createRoom(suite.server.url, 'Courtyard council', locale);
      const context = await suite.context({ ...PHONE, locale });
      const csp = cspViolations(context);
      const page = await context.newPage();
      await page.goto(`${suite.server.url}/?lang=${locale}`);
      await page.getByRole('link', { name: w.startLink }).click();
      await page.waitForURL((url) => url.pathname === '/j');
      const typed = `${room.joinCode.slice(0, 4).toLowerCase()}-${room.joinCode.slice(4).toLowerCase()}`;
      await page.getByLabel(w.code, { exact: true }).fill(typed);
      await page.getByRole('button', { name: w.join, exact: true }).click();
      await page.getByRole('heading', { name: w.joinHeading }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/r/${room.roomId}`);

      await page.goto(`${suite.server.url}/j?lang=${locale}`);
      await page.getByLabel(w.code, { exact: true }).fill('abcd efgh');
      await page.getByRole('button', { name: w.join, exact: true }).click();
      await page.getByRole('alert').getByText(w.unknown).waitFor();
      expect(new URL(page.url()).pathname).toBe('/j/ABCDEFGH');
      expect(await page.getByLabel(w.code, { exact: true }).inputValue()).toBe('ABCD-EFGH');
      await screenshot(page, `join-code-unknown-${locale}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(csp).toEqual([]);
      await context.close();
    }, 60_000);
  }
});
