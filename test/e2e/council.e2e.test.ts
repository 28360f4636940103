/**
 * Issue 18 in a real browser: a council's page for a member who joins the roster there, proposes and
 * supports topics and opens a meeting as the same member; the host's page in Chinese, calling the
 * next meeting; and the office's page comparing its councils with a chart, in both languages. The
 * meeting before it (a decision, an action item with a supervisor) is reached through the HTTP API
 * and real socket clients, as test/council.test.ts does.
 */
import { CreatedCouncil, CreatedMeeting, CreatedOffice, JoinedCouncil } from '@dr/shared/council';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { cspViolations, PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, ok } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';

const suite = browserSuite();

interface World {
  office: CreatedOffice;
  council: CreatedCouncil;
  m1: CreatedMeeting;
  m2: CreatedMeeting;
}

/** A council with a decided first meeting (an action item supervised by Wu) and a second one called. */
async function councilWithHistory(): Promise<World> {
  const office = CreatedOffice.parse(await suite.post('/api/offices', { name: 'Chengguan Street Office' }));
  const council = CreatedCouncil.parse(
    await suite.post(
      '/api/councils',
      {
        name: 'East Lane Council',
        locale: 'en',
        timeZone: 'Asia/Shanghai',
        place: 'East Lane courtyard',
        meetingPattern: 'First Monday, 19:00',
        officeId: office.officeId,
      },
      office.token,
    ),
  );
  const base = `/api/councils/${council.councilId}`;
  const join = async (token: string, name: string) =>
    JoinedCouncil.parse(await suite.post(`${base}/members`, { name, group: 'resident' }, token));
  const chair = await join(council.tokens.host, 'Chair Wang');
  const ana = await join(council.tokens.member, 'Ana Wu');
  const wu = await join(council.tokens.supervisor, 'Wu Jian');
  const propose = (title: string, who: JoinedCouncil) =>
    suite.post<{ id: string }>(
      `${base}/commands`,
      { command: { type: 'topic.propose', title }, memberId: who.memberId, memberSecret: who.memberSecret },
      council.tokens.member,
    );
  const parking = await propose('Parking on East Lane', ana);
  await propose('Street lights', ana);
  const m1 = CreatedMeeting.parse(
    await suite.post(
      `${base}/meetings`,
      { title: 'January meeting', scheduledAt: Date.UTC(2026, 0, 5, 11), topicIds: [parking.id] },
      council.tokens.host,
    ),
  );
  const enter = async (who: JoinedCouncil, token = who.meetingToken) => {
    const client = await connect(suite.server.url, {
      roomId: m1.roomId,
      token,
      memberId: who.memberId,
      memberSecret: who.memberSecret,
    });
    suite.clients.push(client);
    return client;
  };
  const host = await enter(chair, council.tokens.host);
  const anaClient = await enter(ana);
  const itemId = m1.topics[0]!.itemId;
  await ok(host, { type: 'room.setPhase', phase: 'in_session' });
  await ok(host, { type: 'agenda.activate', itemId });
  await ok(anaClient, { type: 'queue.raise' });
  await ok(host, { type: 'queue.next' });
  await ok(anaClient, { type: 'speaker.end' });
  await writeDraft(
    suite.server.url,
    m1.roomId,
    council.tokens.member,
    itemId,
    'East Lane becomes one-way, north to south.',
  );
  const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
  await ok(anaClient, { type: 'consensus.vote', roundId, level: 4 });
  await ok(host, { type: 'consensus.close', roundId });
  const decisionId = (await ok(host, { type: 'decision.record', roundId, statement: 'One-way from May' }))!;
  const actionId = await ok(host, {
    type: 'action.create',
    decisionId,
    title: 'Put up one-way signs',
    owner: 'Ana Wu',
    ownerMemberId: ana.memberId,
    supervisorMemberId: wu.memberId,
    tier: 'residents',
    dueDate: '2099-02-01',
  });
  await ok(anaClient, { type: 'action.update', actionId, status: 'in_progress', progress: 40, note: 'Signs ordered' });
  await ok(host, { type: 'notice.publish' });
  await ok(host, { type: 'room.setPhase', phase: 'adjourned' });
  const m2 = CreatedMeeting.parse(
    await suite.post(
      `${base}/meetings`,
      { title: 'February meeting', scheduledAt: Date.UTC(2099, 1, 2, 11) },
      council.tokens.host,
    ),
  );
  return { office, council, m1, m2 };
}

let world: World;

describe('the council page', () => {
  it('lets a member join the roster, fill the topic pool, and open a meeting as the same member', async () => {
    world = await councilWithHistory();
    const context = await suite.context(PHONE);
    const csp = cspViolations(context);
    const page = await context.newPage();
    await page.goto(world.council.links.member);
    await page.getByRole('heading', { name: 'East Lane Council' }).waitFor();
    await page.getByLabel('Your name').fill('Bo Li');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await page.getByText('You are “Bo Li” on the roster').waitFor();
    await page.getByLabel('Topic', { exact: true }).fill('Rubbish sorting');
    await page.getByRole('button', { name: 'Propose' }).click();
    const pool = page.getByRole('region', { name: 'Topic pool: propose and support any time' });
    await pool.getByText('Rubbish sorting').waitFor();
    const lights = pool.getByRole('listitem').filter({ hasText: 'Street lights' });
    await lights.getByRole('button', { name: 'Support' }).click();
    await lights.getByRole('button', { name: 'Withdraw support' }).waitFor();
    expect(await lights.textContent()).toContain('2 supporting');
    const actions = page.getByRole('region', { name: 'Open action items' });
    const row = actions.getByRole('row').filter({ hasText: 'Put up one-way signs' });
    expect(await row.textContent()).toContain('Wu Jian');
    expect(await row.textContent()).toContain('40%');
    await page.getByRole('region', { name: 'Notice board' }).getByRole('link', { name: 'January meeting' }).waitFor();
    await screenshot(page, 'council-member-en');

    // The meeting opens with Bo's roster place: no name to give, only where he takes part; then the room as Bo.
    const february = page.getByRole('listitem').filter({ hasText: 'February meeting' });
    await february.getByRole('button', { name: 'Open the meeting' }).click();
    await february.getByRole('group', { name: 'Where are you?' }).getByRole('button', { name: "I'm remote" }).click();
    await page.getByRole('button', { name: /Raise hand/ }).waitFor({ timeout: 20_000 });
    const stored = await page.evaluate((roomId) => localStorage.getItem(`dr:member:${roomId}`), world.m2.roomId);
    const council = await page.evaluate((id) => localStorage.getItem(`dr:council:${id}`), world.council.councilId);
    expect(JSON.parse(stored!).memberId).toBe(JSON.parse(council!).memberId);
    expect(csp).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows the host the council in Chinese, where the host calls the next meeting', async () => {
    // A browser far from the council: the time typed is the council's (Asia/Shanghai), not the browser's.
    const context = await suite.context({ locale: 'zh-CN', timezoneId: 'America/New_York' });
    const csp = cspViolations(context);
    const page = await context.newPage();
    await page.goto(world.council.links.host.replace('#', '?lang=zh-CN#'));
    await page.getByRole('heading', { name: 'East Lane Council' }).waitFor();
    await page.getByRole('heading', { name: '未办结的落实事项' }).waitFor();
    await page.getByLabel('会议标题').fill('三月例会');
    await page.getByLabel('时间').fill('2099-03-02T19:00');
    await page.getByRole('checkbox', { name: 'Street lights' }).check();
    await page.getByRole('button', { name: '召集', exact: true }).click();
    // 19:00 where the council meets, as its page shows it.
    const called = page.getByRole('listitem').filter({ hasText: '三月例会' });
    await called.waitFor();
    expect(await called.textContent()).toContain('2099年3月2日 19:00');
    expect(await page.getByRole('listitem').filter({ hasText: 'Street lights' }).first().textContent()).toContain(
      '已列入议程',
    );
    await screenshot(page, 'council-host-zh');
    expect(csp).toEqual([]);
    await context.close();
  });
});

describe('the office page', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`compares the office’s councils with a chart (${locale})`, async () => {
      const context = await suite.context({ locale });
      const csp = cspViolations(context);
      const page = await context.newPage();
      const chartLoaded = page.waitForResponse((r) => /officeChart-.*\.js$/.test(r.url()));
      await page.goto(world.office.link.replace('#', `?lang=${locale}#`));
      const heading =
        locale === 'en' ? 'Chengguan Street Office · councils compared' : 'Chengguan Street Office · 议事会对比';
      await page.getByRole('heading', { name: heading }).waitFor();
      const row = page.getByRole('row').filter({ hasText: 'East Lane Council' });
      // Held / called: meeting 1 sat; three called. One person spoke; one decision had an action item.
      expect((await row.getByRole('cell').allTextContents()).slice(1, 6)).toEqual([
        '1 / 3',
        '1',
        '0 / 1',
        '1',
        '1 / 0',
      ]);
      // Who supervises each item, and who confirmed it (not yet).
      const supervision = page.getByRole('region', {
        name: locale === 'en' ? /^Supervision: who supervises/ : '行难管：各落实事项的监督人与确认人',
      });
      const item = supervision.getByRole('row').filter({ hasText: 'Put up one-way signs' });
      expect(await item.getByRole('cell').allTextContents()).toEqual([
        'East Lane Council',
        locale === 'en' ? 'Put up one-way signs (January meeting)' : 'Put up one-way signs（January meeting）',
        'Wu Jian',
        locale === 'en' ? 'Not confirmed yet' : '尚未确认',
      ]);
      await chartLoaded;
      await page.getByRole('img', { name: locale === 'en' ? 'Councils compared' : '各议事会对比图' }).waitFor();
      await page.waitForFunction(() => {
        const canvas = document.querySelector('canvas');
        return canvas !== null && canvas.width > 0 && canvas.height > 0;
      });
      await screenshot(page, `office-${locale}`);
      // At 360 px the page itself never scrolls sideways (the table scrolls in its own box).
      await page.setViewportSize({ width: 360, height: 740 });
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, `office-360-${locale}`);
      expect(await seriousViolations(page)).toEqual([]);
      // Each council's name opens its page, as an observer (the office's link opens it).
      await row.getByRole('link', { name: 'East Lane Council' }).click();
      await page.getByRole('heading', { name: 'East Lane Council', level: 1 }).waitFor();
      await page.getByRole('region', { name: locale === 'en' ? 'Open action items' : '未办结的落实事项' }).waitFor();
      expect(csp).toEqual([]);
      await context.close();
    });
  }
});

describe('creating a council and an office from the start page', () => {
  it('creates a council through the form, opens its page with its four links to keep, and replaces two of them (en)', async () => {
    const context = await suite.context();
    const csp = cspViolations(context);
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/?lang=en`);
    await page.getByRole('button', { name: 'Create a council' }).click();
    await page.getByLabel('Council name').fill('West Yard Council');
    await page.getByLabel('Time zone').fill('Asia/Shanghai');
    await page.getByLabel('Fixed place (optional)').fill('West yard');
    await page.getByLabel('Fixed time (optional)').fill('Every second Tuesday, 19:30');
    await page.getByRole('button', { name: 'Create a council' }).click();
    await page.getByRole('heading', { name: 'West Yard Council' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/c\/[\w-]+$/);
    const links = page.getByRole('region', { name: 'The council’s links' });
    const shown: Record<string, string> = {};
    for (const label of ['Host link', 'Member link', 'Supervisor link', 'Observer link']) {
      shown[label] = await links.getByRole('textbox', { name: label }).inputValue();
    }
    // The host link is the page itself; the member link opens the board as a member.
    const councilId = new URL(page.url()).pathname.split('/')[2]!;
    expect(shown['Host link']).toBe(`${suite.server.url}/c/${councilId}#t=${new URL(page.url()).hash.slice(3)}`);
    const memberToken = new URL(shown['Member link']!).hash.slice(3);
    const board = await fetch(`${suite.server.url}/api/councils/${councilId}/board`, {
      headers: { authorization: `Bearer ${memberToken}` },
    });
    expect(await board.json()).toMatchObject({
      name: 'West Yard Council',
      role: 'member',
      locale: 'en',
      timeZone: 'Asia/Shanghai',
      place: 'West yard',
      meetingPattern: 'Every second Tuesday, 19:30',
    });
    expect(new Set(Object.values(shown)).size).toBe(4);
    await screenshot(page, 'council-created-en');

    // A leaked member link is replaced from the same page: the old one opens nothing any more.
    await links.getByRole('button', { name: 'Replace the member link…' }).click();
    await links.getByRole('alert').getByText('every meeting’s participant link and join code').waitFor();
    await links.getByRole('button', { name: 'Replace the member link', exact: true }).click();
    await links.getByText('The member link was replaced').waitFor();
    const memberLink = links.getByRole('textbox', { name: 'Member link' });
    await expect.poll(() => memberLink.inputValue()).not.toBe(shown['Member link']);
    const boardWith = (token: string) =>
      fetch(`${suite.server.url}/api/councils/${councilId}/board`, { headers: { authorization: `Bearer ${token}` } });
    expect((await boardWith(memberToken)).status).toBe(403);
    expect((await boardWith(new URL(await memberLink.inputValue()).hash.slice(3))).status).toBe(200);
    // Replacing the host link moves this page to the new one.
    const oldHost = new URL(page.url()).hash.slice(3);
    await links.getByRole('button', { name: 'Replace the host link…' }).click();
    await links.getByRole('button', { name: 'Replace the host link', exact: true }).click();
    await page.waitForURL((url) => url.hash.length > 3 && url.hash.slice(3) !== oldHost);
    await page.getByRole('heading', { name: 'West Yard Council' }).waitFor();
    await links.getByRole('textbox', { name: 'Host link' }).waitFor();
    expect(await links.getByRole('textbox', { name: 'Host link' }).inputValue()).toBe(page.url());
    expect((await boardWith(oldHost)).status).toBe(403);
    expect(csp).toEqual([]);
    await context.close();
  }, 60_000);

  it('creates an office, then a council of that office from the office’s page (zh-CN)', async () => {
    const context = await suite.context({ locale: 'zh-CN' });
    const csp = cspViolations(context);
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/?lang=zh-CN`);
    await page.getByRole('button', { name: '创建街镇' }).click();
    await page.getByLabel('街镇名称').fill('西关街道办事处');
    await page.getByRole('button', { name: '创建街镇' }).click();
    await page.getByRole('heading', { name: '西关街道办事处 · 议事会对比' }).waitFor();
    const officeLink = await page.getByRole('textbox', { name: '街镇链接' }).inputValue();
    expect(officeLink).toBe(page.url().replace('?lang=zh-CN', ''));
    await page.getByLabel('议事会名称').fill('西巷议事会');
    await page.getByRole('button', { name: '创建议事会' }).click();
    await page.getByRole('heading', { name: '西巷议事会' }).waitFor();
    await page.getByRole('region', { name: '议事会链接' }).getByRole('textbox', { name: '成员链接' }).waitFor();
    await screenshot(page, 'council-created-zh');
    // The office's page now compares the new council.
    const officeId = new URL(officeLink).pathname.split('/')[2]!;
    const report = await fetch(`${suite.server.url}/api/offices/${officeId}/report`, {
      headers: { authorization: `Bearer ${new URL(officeLink).hash.slice(3)}` },
    });
    expect(((await report.json()) as { councils: { name: string }[] }).councils.map((c) => c.name)).toEqual([
      '西巷议事会',
    ]);
    expect(csp).toEqual([]);
    await context.close();
  }, 60_000);
});
