/**
 * Issue 29 part 1 in a real browser, in both languages, as people reach it: the party branch's host
 * creates a matter under 四议两公开 on the council page (the consultation held by the two committees,
 * pasted as that council's link), opens it from the council's list, and after the proposal meeting
 * has decided records the outcome on the matter page; an observer of the committees then reads the
 * path on a phone: each step, its body, date, outcome and record, and what is next; the committees'
 * host records an amended text, marked as a change of the text passed before.
 */
import type { Locale } from '@dr/shared';
import { MatterView } from '@dr/shared/matter';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { cspViolations, PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { httpCall } from '../support/clients.js';
import { body, hold } from '../matter/village.js';

const suite = browserSuite();

const WORDS = {
  en: {
    list: 'Matters through several bodies',
    create: 'New matter',
    title: 'Title',
    proposer: 'Proposed by',
    text: 'Text proposed (optional)',
    consultation: 'Discussed by the two village committees',
    createButton: 'Create',
    proposal: 'Proposed by the village party organisation',
    waiting: 'Open: waiting for the meeting’s outcome',
    record: 'Record the meeting’s outcome',
    recordButton: 'Record',
    adopted: 'Adopted',
    notice: 'The meeting’s notice',
    next: 'Consultation, held by Two committees',
    status: 'In progress',
    amended: 'The text is an amendment of the one passed before',
    amendment: 'Amended from the text passed before (removed struck through, added underlined)',
    consulted: 'Discussed by the two village committees',
    disclose: 'Record the publication',
    date: 'Date published',
    link: 'Link to the notice (or a photo of the board)',
    published: 'Published on December 20, 2026',
    doneAll: 'Every step is done.',
    done: 'Completed',
  },
  'zh-CN': {
    list: '跨机构议事事项',
    create: '新建议事事项',
    title: '标题',
    proposer: '提议人',
    text: '提议内容（选填）',
    consultation: '村两委会议商议',
    createButton: '创建',
    proposal: '村党组织提议',
    waiting: '进行中：等待会议结果',
    record: '登记会议结果',
    recordButton: '登记',
    adopted: '通过',
    notice: '会议公示',
    next: '商议，由Two committees承办',
    status: '进行中',
    amended: '表决文本是对上一步通过文本的修改',
    amendment: '在上一步通过的文本基础上修改（删除部分加删除线，新增部分加下划线）',
    consulted: '村两委会议商议',
    disclose: '登记公开情况',
    date: '公开日期',
    link: '公示地址（或公示栏照片）',
    published: '2026年12月20日公开',
    doneAll: '全部步骤已完成。',
    done: '已完成',
  },
} as const;

const withLang = (link: string, locale: Locale) => link.replace('#', `?lang=${locale}#`);
const TEXT = '修建东头村道，预算十万元。';
const AMENDED = '修建东头村道，预算十二万元。';

describe('a matter’s page', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`is created by the host, recorded from its meeting, and read by another body’s observer (${locale})`, async () => {
      const w = WORDS[locale];
      const party = await body(suite.url, 'Party branch', ['Li', 'Wang', 'Zhao']);
      const committees = await body(suite.url, 'Two committees', ['Li', 'Zhang', 'Chen']);
      const context = await suite.context({ locale });
      const csp = cspViolations(context);
      const page = await context.newPage();
      await page.goto(withLang(party.council.links.host, locale));
      const section = page.getByRole('region', { name: w.list });
      await section.getByRole('button', { name: w.create }).click();
      await section.getByLabel(w.title, { exact: true }).fill('East road');
      await section.getByLabel(w.proposer, { exact: true }).fill('Party branch');
      await section.getByLabel(w.text).fill(TEXT);
      await section.getByLabel(w.consultation).fill(committees.council.links.observer);
      await section.getByRole('button', { name: w.createButton }).click();
      await section.getByRole('link', { name: 'East road' }).click();
      await page.getByRole('heading', { name: 'East road', level: 1 }).waitFor();
      await page.getByText(w.waiting).waitFor();
      expect(await page.getByRole('heading', { name: w.proposal }).count()).toBe(1);

      // The proposal's meeting decides on the party branch's own page; its host records it here.
      const matterId = decodeURIComponent(/\/m\/([^?#]+)/.exec(page.url())![1]!);
      const read = await httpCall(suite.url, 'GET', `/api/matters/${matterId}`, undefined, party.council.tokens.host);
      const topicId = MatterView.parse(read.json).path[0]!.topicId!;
      await hold(suite.url, party, topicId, TEXT, [5, 4, 4]);
      const form = page.getByRole('form', { name: w.record });
      await form.getByRole('button', { name: w.recordButton, exact: true }).click();
      const step = page.getByRole('listitem').filter({ hasText: w.proposal });
      await step.getByText(w.adopted, { exact: true }).waitFor();
      await page.getByText(w.next).waitFor();
      await screenshot(page, `matter-host-${locale}`);
      expect(await seriousViolations(page)).toEqual([]);

      // The committees' observer reads the same path on a phone, without the host's form.
      const phone = await (await suite.context({ ...PHONE, locale })).newPage();
      csp.push(...cspViolations(phone.context()));
      await phone.goto(withLang(`${suite.url}/m/${matterId}#t=${committees.council.tokens.observer}`, locale));
      const held = phone.getByRole('listitem').filter({ hasText: w.proposal });
      await held.getByText(w.adopted, { exact: true }).waitFor();
      await held.getByText(TEXT).waitFor();
      expect(await held.getByRole('link', { name: w.notice }).getAttribute('href')).toMatch(/^\/notice\//);
      await phone.getByText(w.next).waitFor();
      await phone.getByText(w.status).first().waitFor();
      expect(await phone.getByRole('form', { name: w.record }).count()).toBe(0);

      // The committees amend the text; their host records it as an amendment, and the change is marked.
      const next = await httpCall(
        suite.url,
        'GET',
        `/api/matters/${matterId}`,
        undefined,
        committees.council.tokens.host,
      );
      await hold(suite.url, committees, MatterView.parse(next.json).path[1]!.topicId!, AMENDED, [5, 4, 4]);
      await phone.goto(withLang(`${suite.url}/m/${matterId}#t=${committees.council.tokens.host}`, locale));
      const amend = phone.getByRole('form', { name: w.record });
      await amend.getByRole('checkbox', { name: w.amended }).check();
      await amend.getByRole('button', { name: w.recordButton, exact: true }).click();
      const consulted = phone.getByRole('listitem').filter({ hasText: w.consulted });
      await consulted.getByText(w.amendment).waitFor();
      expect(await consulted.locator('ins').allTextContents()).toEqual(['二']);
      expect(await consulted.locator('del').count()).toBe(0);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(phone, `matter-observer-${locale}`);
      expect(await seriousViolations(phone)).toEqual([]);
      expect(csp).toEqual([]);
      await context.close();
      await phone.context().close();
    }, 90_000);
  }

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`records a disclosure’s date and link from the page, and then the matter is done (${locale})`, async () => {
      const w = WORDS[locale];
      const village = await body(suite.url, 'Village committee', ['Zhang', 'Chen', 'Liu']);
      const { councilId } = village.council;
      const steps = [
        { kind: 'consultation', councilId },
        { kind: 'resolutionDisclosure', councilId },
      ];
      const made = await httpCall(
        suite.url,
        'POST',
        `/api/councils/${councilId}/matters`,
        { title: 'Benches', proposedBy: 'Zhang', description: TEXT, procedure: { steps } },
        village.council.tokens.host,
      );
      const matter = MatterView.parse(made.json);
      await hold(suite.url, village, matter.path[0]!.topicId!, TEXT, [5, 4, 4]);
      const outcome = `/api/matters/${matter.matterId}/outcome`;
      expect((await httpCall(suite.url, 'POST', outcome, {}, village.council.tokens.host)).status).toBe(200);
      const page = await (await suite.context({ ...PHONE, locale })).newPage();
      const csp = cspViolations(page.context());
      await page.goto(withLang(`${suite.url}/m/${matter.matterId}#t=${village.council.tokens.host}`, locale));
      const form = page.getByRole('form', { name: w.disclose });
      await form.getByLabel(w.date).fill('2026-12-20');
      await form.getByLabel(w.link).fill('https://village.example/notice/benches');
      await form.getByRole('button', { name: w.recordButton, exact: true }).click();
      await page.getByText(w.doneAll).waitFor();
      await page.getByText(w.published).waitFor();
      expect(await page.locator('a[href="https://village.example/notice/benches"]').count()).toBe(1);
      await page.getByText(w.done, { exact: true }).waitFor();
      await screenshot(page, `matter-disclosed-${locale}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(csp).toEqual([]);
      await page.context().close();
    }, 60_000);
  }
});
