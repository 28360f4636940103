/**
 * Issue 29 parts 2 and 3 in a real browser: the council page's disclosures (村务公开) and its calendar
 * link (the .ics it gives parsed with ical.js), each meeting's "add to calendar", the deadlines the
 * host changes, a 村民会议 called under 10 days ahead with its warning (en); the host publishing the
 * notice with its period from the console, then the council page and the public notice showing it
 * (zh-CN); the office page's overdue list in both languages, the server's clock moved ten days on
 * (the routes read it; the meetings' events keep their real times).
 */
import { CreatedCouncil, CreatedMeeting, CreatedOffice, JoinedCouncil } from '@dr/shared/council';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { cspViolations } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, ok, postJson, type TestClient } from '../support/clients.js';
import { decisionOn } from '../support/rounds.js';
import { region, withLang } from './meetingPages.js';

const DAY = 86_400_000;
/** The server's clock ahead of the real one: it only grows (the doors' limits read it too). */
let ahead = 0;
const suite = browserSuite({ server: { clock: () => Date.now() + ahead } });
const clients: TestClient[] = [];
afterAll(() => {
  for (const c of clients) c.close();
});
const post = <T>(path: string, body: unknown, token?: string) => postJson<T>(suite.server.url, path, body, token);

interface Village {
  council: CreatedCouncil;
  meeting: CreatedMeeting;
}
let office: CreatedOffice;
let east: Village;

/** A council of the office whose meeting decided one topic, its notice not published. */
async function village(name: string): Promise<Village> {
  const body = { name, locale: 'en', timeZone: 'Asia/Shanghai', place: 'Village hall', officeId: office.officeId };
  const council = CreatedCouncil.parse(await post('/api/councils', body, office.token));
  const base = `/api/councils/${council.councilId}`;
  const chair = JoinedCouncil.parse(await post(`${base}/members`, { name: 'Chair Wang' }, council.tokens.host));
  const ana = JoinedCouncil.parse(await post(`${base}/members`, { name: 'Ana Wu' }, council.tokens.member));
  const scheduledAt = Date.now() + 20 * DAY;
  const meeting = CreatedMeeting.parse(
    await post(`${base}/meetings`, { title: 'December meeting', scheduledAt }, council.tokens.host),
  );
  const enter = async (who: JoinedCouncil, token: string) => {
    const auth = { roomId: meeting.roomId, token, memberId: who.memberId, memberSecret: who.memberSecret };
    const client = await connect(suite.server.url, auth);
    clients.push(client);
    return client;
  };
  const host = await enter(chair, council.tokens.host);
  const member = await enter(ana, ana.meetingToken);
  await decisionOn(suite.server.url, { roomId: meeting.roomId, token: council.tokens.member }, host, member, {
    topic: 'Street lights',
    text: 'Four new street lights.',
    statement: 'Four lights',
  });
  await ok(host, { type: 'room.setPhase', phase: 'adjourned' });
  return { council, meeting };
}

describe('the council page’s disclosures and calendar', () => {
  it('shows a resolution due, the calendar to subscribe to, and warns of a 村民会议 called 3 days ahead (en)', async () => {
    office = CreatedOffice.parse(await post('/api/offices', { name: 'Riverside Street Office' }));
    east = await village('East Lane Council');
    await village('West Lane Council'); // never publishes: overdue on the office's list
    const context = await suite.context({ locale: 'en' });
    const csp = cspViolations(context);
    const page = await context.newPage();
    await page.goto(withLang(east.council.links.host, 'en'));
    const disclosures = page.getByRole('region', { name: 'Disclosures' });
    const row = disclosures.getByRole('listitem').filter({ hasText: 'Resolution disclosure: December meeting' });
    await row.getByText('Due soon', { exact: true }).waitFor();
    expect(await row.textContent()).toMatch(/Publish by \w+ \d+, \d{4}/);
    await disclosures.getByText('within 7 days of the decision and stay on the board 7 days').waitFor();

    // The host shortens the deadline to 3 days.
    await disclosures.getByRole('button', { name: 'Change the disclosure deadlines' }).click();
    await disclosures.getByLabel('Publish a resolution within (days)').fill('3');
    await disclosures.getByRole('button', { name: 'Save' }).click();
    await disclosures.getByText('within 3 days of the decision').waitFor();

    // The calendar link gives an iCalendar file in the council's time zone.
    const link = disclosures.getByRole('link', { name: 'Subscribe to the calendar' });
    const href = (await link.getAttribute('href'))!;
    expect(href).toContain('/calendar.ics?token=');
    const feed = await page.request.get(new URL(href, suite.server.url).toString());
    expect(feed.status()).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    const summaries = calendar.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'));
    expect(summaries).toContain('December meeting');
    expect(summaries).toContain('Disclosure due: Resolution disclosure · December meeting');

    // Each meeting can be added to a calendar on its own.
    const december = page.getByRole('listitem').filter({ hasText: 'December meeting' }).first();
    const add = december.getByRole('link', { name: 'Add to calendar' });
    const one = await page.request.get(new URL((await add.getAttribute('href'))!, suite.server.url).toString());
    expect(new ICAL.Component(ICAL.parse(await one.text())).getAllSubcomponents('vevent')).toHaveLength(1);

    // A villagers' meeting called three days ahead: called, with the law's warning beside it.
    await page.getByLabel('Title', { exact: true }).fill('Villagers’ meeting on the lights');
    const inThreeDays = new Date(Date.now() + 3 * DAY + 8 * 3_600_000).toISOString().slice(0, 10);
    await page.getByLabel('When', { exact: true }).fill(`${inThreeDays}T19:00`);
    await page.getByLabel('Which body meets (its rules)').selectOption({ label: 'Villagers’ meeting' });
    await page.getByRole('button', { name: 'Call it', exact: true }).click();
    const called = page.getByRole('listitem').filter({ hasText: 'Villagers’ meeting on the lights' });
    await called.getByRole('note').waitFor();
    expect(await called.getByRole('note').textContent()).toMatch(
      /A villagers’ meeting called \d+ days? ahead: the law asks for at least 10 days’ notice \(Organic Law of Villagers’ Committees, art\. 21\)\./,
    );
    expect(csp).toEqual([]);
    await context.close();
  }, 90_000);

  it('publishes the notice for 15 days from the host console; the council page and the notice show the period (zh-CN)', async () => {
    const context = await suite.context({ locale: 'zh-CN' });
    const csp = cspViolations(context);
    const console = await context.newPage();
    await console.goto(withLang(east.meeting.links.host, 'zh-CN'));
    const notice = region(region(console, '会后落实'), '公示办理结果');
    await notice.getByLabel('公示期（天）').fill('15');
    await notice.getByRole('button', { name: '发布公示' }).click();
    await notice.getByText(/公示期 .+ 至 .+（15 天）。/).waitFor();

    const page = await context.newPage();
    await page.goto(withLang(east.council.links.host, 'zh-CN'));
    const disclosures = page.getByRole('region', { name: '村务公开' });
    const row = disclosures.getByRole('listitem').filter({ hasText: '决议公开：December meeting' });
    await row.getByText('公示中', { exact: true }).waitFor();
    expect(await row.textContent()).toMatch(/公示期 \d{4}年\d+月\d+日 至 \d{4}年\d+月\d+日（15 天）/);
    await disclosures.getByRole('link', { name: '订阅日历' }).waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'December meeting' })
      .getByRole('link', { name: '添加到日历' })
      .first()
      .waitFor();
    // At 360 px the page never scrolls sideways, and axe finds nothing serious.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${suite.server.url}/notice/${east.meeting.roomId}?lang=zh-CN`);
    await page.getByText(/公示期：\d{4}年\d+月\d+日 至 \d{4}年\d+月\d+日（15 天）/).waitFor();
    expect(csp).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('the office page’s overdue disclosures', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`lists the village that has not published, ten days on (${locale})`, async () => {
      ahead = 10 * DAY;
      const context = await suite.context({ locale });
      const csp = cspViolations(context);
      const page = await context.newPage();
      await page.goto(withLang(office.link, locale));
      const overdue = page.getByRole('list', { name: locale === 'en' ? 'Overdue disclosures' : '逾期未公示' });
      const row = overdue.getByRole('listitem');
      await row.first().waitFor();
      // West never published; east published (late, but it is on the board).
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).toContain('West Lane Council');
      expect(await row.textContent()).toContain(locale === 'en' ? 'Resolution disclosure' : '决议公开');
      expect(await row.textContent()).toMatch(locale === 'en' ? /due \w+ \d+, \d{4}/ : /应于 \d{4}年\d+月\d+日 前公示/);
      await page.getByText(locale === 'en' ? 'No disclosure is due.' : '没有即将到期的公示。').waitFor();
      expect(csp).toEqual([]);
      await context.close();
    });
  }
});
