/**
 * Supervision (行难管, issue 26) in a real browser, in both languages: a supervisor joins the council's
 * roster through the supervisor link; the host names them in the meeting's action form, where the
 * owner and a member who declared an interest are offered but disabled, each with the reason; the
 * supervisor's own view on the council page lists the item with its progress and timeline, says why
 * they cannot confirm once they declared an interest, and confirms it done with a note (no meeting in
 * session) once they withdrew it. The council page then shows who supervises and who confirmed. At
 * 360 px nothing overflows.
 */
import { CreatedCouncil, CreatedMeeting, JoinedCouncil } from '@dr/shared/council';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cspViolations, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, ok } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';

const suite = browserSuite();

const WORDS = {
  en: {
    council: 'East Lane Council',
    yourName: 'Your name',
    join: 'Join',
    addAction: 'Add an action item',
    what: 'What is to be done',
    ownerMember: 'Owner from the members (optional)',
    supervisor: 'Supervisor (optional)',
    anaBarred: 'Ana Wu (cannot: the owner)',
    liBarred: 'Li Ming (cannot: declared an interest in this topic)',
    tier: 'Residents themselves',
    due: 'Due date',
    submit: 'Add action item',
    supervisorTerm: 'Supervisor',
    ownView: 'Items I supervise',
    barred: 'You cannot confirm it: The supervisor declared an interest in the item.',
    note: 'Note (optional): what you checked',
    confirm: 'Confirm done',
    confirmedBy: 'Confirmed by',
    allActions: 'All action items',
    viewLink: 'Items I supervise, across the council’s meetings',
  },
  'zh-CN': {
    council: '东巷议事会',
    yourName: '您的姓名',
    join: '加入',
    addAction: '添加落实事项',
    what: '要办的事',
    ownerMember: '从参会人员中选择责任人（选填）',
    supervisor: '监督人（选填）',
    anaBarred: 'Ana Wu（不可选：是责任人）',
    liBarred: 'Li Ming（不可选：已申报与本议题有利害关系）',
    tier: '居民自办',
    due: '办结时限',
    submit: '添加事项',
    supervisorTerm: '监督人',
    ownView: '我监督的事项',
    barred: '您不能确认：监督人已申报与该议题有利害关系。',
    note: '说明（选填）：核实了什么',
    confirm: '确认完成',
    confirmedBy: '确认人',
    allActions: '全部落实事项',
    viewLink: '我监督的事项（本议事会各次会议）',
  },
} as const;

type Lang = keyof typeof WORDS;

interface World {
  council: CreatedCouncil;
  m1: CreatedMeeting;
  itemId: string;
}

/** A council whose first meeting recorded a decision; Li declared an interest in its topic. */
async function councilWithDecision(lang: Lang): Promise<World> {
  const council = CreatedCouncil.parse(
    await suite.post('/api/councils', { name: WORDS[lang].council, locale: lang, timeZone: 'Asia/Shanghai' }),
  );
  const base = `/api/councils/${council.councilId}`;
  const join = async (token: string, name: string) =>
    JoinedCouncil.parse(await suite.post(`${base}/members`, { name }, token));
  const chair = await join(council.tokens.host, 'Chair Wang');
  const ana = await join(council.tokens.member, 'Ana Wu');
  const li = await join(council.tokens.member, 'Li Ming');
  const m1 = CreatedMeeting.parse(
    await suite.post(
      `${base}/meetings`,
      { title: 'January', scheduledAt: Date.UTC(2026, 0, 5, 11) },
      council.tokens.host,
    ),
  );
  const enter = async (who: JoinedCouncil, token = who.meetingToken) => {
    const client = await connect(suite.server.url, { roomId: m1.roomId, token, ...credentials(who) });
    suite.clients.push(client);
    return client;
  };
  const host = await enter(chair, council.tokens.host);
  const anaClient = await enter(ana);
  const itemId = (await ok(host, { type: 'agenda.propose', title: 'One-way lane' }))!;
  await ok(host, { type: 'room.setPhase', phase: 'in_session' });
  await ok(host, { type: 'agenda.activate', itemId });
  await ok(await enter(li), { type: 'interest.declare', itemId, note: 'My shop is on the lane' });
  await writeDraft(suite.server.url, m1.roomId, council.tokens.member, itemId, 'East Lane becomes one-way.');
  const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
  await ok(anaClient, { type: 'consensus.vote', roundId, level: 4 });
  await ok(host, { type: 'consensus.close', roundId });
  await ok(host, { type: 'decision.record', roundId, statement: 'One-way from May' });
  await ok(host, { type: 'room.setPhase', phase: 'adjourned' });
  return { council, m1, itemId };
}

const credentials = (who: { memberId: string; memberSecret: string }) => ({
  memberId: who.memberId,
  memberSecret: who.memberSecret,
});
const withLang = (link: string, lang: Lang) => link.replace('#', `?lang=${lang}#`);

async function noOverflow(page: Page): Promise<void> {
  const width = await page.evaluate<number>('document.documentElement.scrollWidth');
  expect(width).toBeLessThanOrEqual(360);
}

async function optionTexts(select: Locator): Promise<{ text: string; disabled: boolean }[]> {
  return select.locator('option').evaluateAll((options) =>
    options.map((o) => ({
      text: (o.textContent ?? '').trim(),
      disabled: (o as { disabled?: boolean }).disabled === true,
    })),
  );
}

describe('supervision in the browser', { timeout: 180_000 }, () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`the host names a supervisor in the form, and the supervisor confirms from their own view (${lang})`, async () => {
      const w = WORDS[lang];
      const { council, m1, itemId } = await councilWithDecision(lang);

      // Wu joins the standing team through the supervisor link, on a 360 px phone.
      const phoneContext = await suite.context({ viewport: { width: 360, height: 780 }, locale: lang });
      const csp = cspViolations(phoneContext);
      const phone = await phoneContext.newPage();
      await phone.goto(withLang(council.links.supervisor, lang));
      await phone.getByRole('heading', { name: w.council }).waitFor();
      await phone.getByLabel(w.yourName).fill('Wu Jian');
      await phone.getByRole('button', { name: w.join, exact: true }).click();
      await phone.getByRole('heading', { name: w.ownView }).waitFor();

      // The host names Wu in the meeting's action form; Ana (the owner) and Li (an interest) cannot be.
      const hostContext = await suite.context({ viewport: { width: 1440, height: 900 }, locale: lang });
      const hostCsp = cspViolations(hostContext);
      const host = await hostContext.newPage();
      await host.goto(withLang(`${suite.server.url}/r/${m1.roomId}#t=${council.tokens.host}`, lang));
      await host.getByText(w.addAction, { exact: true }).click();
      const form = host.getByRole('form', { name: /One-way from May/ });
      await form.getByLabel(w.what).fill('Put up one-way signs');
      await form.getByLabel(w.ownerMember).selectOption({ label: 'Ana Wu' });
      const supervisor = form.getByLabel(w.supervisor);
      const options = await optionTexts(supervisor);
      expect(options).toContainEqual({ text: w.anaBarred, disabled: true });
      expect(options).toContainEqual({ text: w.liBarred, disabled: true });
      expect(options).toContainEqual({ text: 'Wu Jian', disabled: false });
      // The reasons are said below the field too, for screen readers.
      expect(
        await form.getByText(w.liBarred.replace(/ \(cannot: |（不可选：/, lang === 'en' ? ' (' : '（')).count(),
      ).toBe(1);
      await supervisor.selectOption({ label: 'Wu Jian' });
      await form.getByRole('radio', { name: w.tier }).check();
      await form.getByLabel(w.due).fill('2099-02-01');
      await screenshot(host, `supervision-form-${lang}`);
      await form.getByRole('button', { name: w.submit }).click();
      const card = host.getByRole('listitem').filter({ hasText: 'Put up one-way signs' });
      await card.getByRole('definition').filter({ hasText: 'Wu Jian' }).waitFor();
      expect(await card.textContent()).toContain(w.supervisorTerm);

      // Wu declared an interest since being named (in the meeting, by a phone of theirs).
      const wuCredentials = await phone.evaluate<string | null>(
        `localStorage.getItem('dr:council:${council.councilId}')`,
      );
      const wu = JSON.parse(wuCredentials ?? '{}') as { memberId: string; memberSecret: string };
      const wuClient = await connect(suite.server.url, {
        roomId: m1.roomId,
        token: council.tokens.member,
        ...credentials(wu),
      });
      suite.clients.push(wuClient);
      await ok(wuClient, { type: 'interest.declare', itemId, note: 'My cousin paints signs' });

      // In the meeting, as a roster member: the card says Wu cannot confirm, and why; the follow-up
      // links to Wu's own view.
      await phone.evaluate(
        `localStorage.setItem('dr:member:${m1.roomId}', JSON.stringify(${JSON.stringify(credentials(wu))}))`,
      );
      await phone.goto(withLang(`${suite.server.url}/r/${m1.roomId}#t=${council.tokens.member}`, lang));
      const roomCard = phone.getByRole('listitem').filter({ hasText: 'Put up one-way signs' });
      await roomCard.getByText(w.barred).waitFor();
      await phone.getByRole('link', { name: w.viewLink }).click();
      const view = phone.getByRole('region', { name: w.ownView });
      const item = view.getByRole('listitem').filter({ hasText: 'Put up one-way signs' });
      await item.getByText(w.barred).waitFor();
      expect(new URL(phone.url()).searchParams.get('view')).toBe('supervision');
      expect(await item.getByRole('button', { name: w.confirm }).count()).toBe(0);
      await noOverflow(phone);
      await screenshot(phone, `supervision-barred-${lang}`);

      // Withdrawn: Wu confirms from the council page, with a note; no meeting is in session.
      await ok(wuClient, { type: 'interest.withdraw', itemId });
      await phone.reload();
      await item.getByLabel(w.note).fill('Signs checked on the lane');
      await item.getByRole('button', { name: w.confirm }).click();
      await item.getByText('Signs checked on the lane').waitFor();
      await expect.poll(async () => item.textContent()).toContain(`${w.confirmedBy}Wu Jian`);
      expect(await item.getByRole('button', { name: w.confirm }).count()).toBe(0);
      await noOverflow(phone);
      await screenshot(phone, `supervision-confirmed-${lang}`);

      // The council page's record names the supervisor and who confirmed.
      const councilPage = await hostContext.newPage();
      await councilPage.goto(withLang(council.links.host, lang));
      await councilPage.getByText(w.allActions).click();
      const row = councilPage.getByRole('row').filter({ hasText: 'Put up one-way signs' });
      await expect.poll(async () => row.textContent()).toContain('Wu Jian');
      expect(await row.textContent()).toContain(w.confirmedBy);
      // The meeting's card says so too, live.
      await card.getByRole('term').filter({ hasText: w.confirmedBy }).waitFor();
      expect(csp).toEqual([]);
      expect(hostCsp).toEqual([]);
      await phoneContext.close();
      await hostContext.close();
    });
  }
});
