/**
 * Issue 28 part 3 in a real browser, in both languages: the council's host chooses a roster file on
 * the council page, sees the preview with each row's problem, imports the good rows, downloads the
 * roster as .xlsx and the personal QR slips as PDF; a member opens their personal link and is on the
 * roster as themselves without typing a name.
 */
import type { Locale } from '@dr/shared';
import { CreatedCouncil, RosterLinks } from '@dr/shared/council';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { cspViolations, PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { postJson } from '../support/clients.js';

const suite = browserSuite();

const WORDS = {
  en: {
    file: 'Name,Group,Household,Representative\nAna Wu,Group 1,12,yes\n,Group 1,13,no\nBo Li,Group 2,14,\nAna Wu,Group 1,12,yes\n',
    names: ['Ana Wu', 'Bo Li'],
    choose: 'Roster file (CSV or Excel)',
    region: 'Roster spreadsheet',
    noName: 'No name',
    duplicate: 'The same person as row 2',
    newGroup: 'A group not on the roster yet: Group 1',
    import: 'Import 2 members',
    done: 'Imported: 2 new, 0 changed, 0 already on the roster, 2 left out.',
    count: '2 on the roster',
    nothing: 'Nothing to import: every row is on the roster already or left out.',
    xlsx: 'Download the roster (.xlsx)',
    slips: 'Print personal QR codes',
    header: ['Name', 'Group', 'Household', 'Representative', 'Phone'],
    youAre: 'You are “Ana Wu” on the roster',
    slipWords: ['PersonalQRcodes', 'AnaWu', 'Household:12'],
  },
  'zh-CN': {
    file: '\ufeff姓名,村民小组,户号,户代表,电话\r\n王秀英,第一组,001,是,13800138000\r\n,第一组,002,否,\r\n李建国,第二组,003,否,\r\n王秀英,第一组,001,是,\r\n',
    names: ['王秀英', '李建国'],
    choose: '花名册文件（CSV 或 Excel）',
    region: '花名册',
    noName: '没有姓名',
    duplicate: '与第 2 行是同一个人',
    newGroup: '议事队伍中还没有这个群体：第一组',
    import: '导入 2 名成员',
    done: '已导入：新增 2 人，修改 0 人，已在议事队伍中 0 人，不导入 2 行。',
    count: '议事队伍 2 人',
    nothing: '没有需要导入的行：每一行都已在议事队伍中或不导入。',
    xlsx: '下载花名册（.xlsx）',
    slips: '打印个人二维码',
    header: ['姓名', '所属群体', '户号', '户代表', '电话'],
    youAre: '您是议事队伍中的「王秀英」',
    slipWords: ['个人二维码', '王秀英', '户：001'],
  },
} as const;

async function downloaded(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

describe('a roster from the village office’s spreadsheet', () => {
  for (const locale of ['en', 'zh-CN'] as const satisfies readonly Locale[]) {
    it(`is previewed with its problems, imported, downloaded and printed from the council page (${locale})`, async () => {
      const w = WORDS[locale];
      const council = CreatedCouncil.parse(
        await postJson(suite.server.url, '/api/councils', { name: '东巷议事会', locale, timeZone: 'Asia/Shanghai' }),
      );
      const dir = mkdtempSync(path.join(tmpdir(), 'roster-'));
      const file = path.join(dir, locale === 'en' ? 'roster.csv' : '花名册.csv');
      writeFileSync(file, w.file);
      const context = await suite.context({ locale });
      const csp = cspViolations(context);
      const host = await context.newPage();
      await host.goto(council.links.host.replace('#', `?lang=${locale}#`));
      const section = host.getByRole('region', { name: w.region });
      await section.getByLabel(w.choose).setInputFiles(file);

      // The preview: every row, each with its problem; nothing is saved yet.
      const table = section.getByRole('table');
      await table.waitFor();
      await table.getByRole('row').filter({ hasText: w.noName }).waitFor();
      await table.getByRole('row').filter({ hasText: w.duplicate }).waitFor();
      expect(await table.getByRole('row').count()).toBe(5); // the header and four rows
      expect(await table.textContent()).toContain(w.newGroup);
      await host.getByText(locale === 'en' ? '0 on the roster' : '议事队伍 0 人').waitFor();
      await screenshot(host, `roster-preview-${locale}`);
      expect(await seriousViolations(host)).toEqual([]);

      await section.getByRole('button', { name: w.import }).click();
      await section.getByText(w.done).waitFor();
      await host.getByText(w.count).waitFor();

      // The same file again: nothing to import.
      await section.getByLabel(w.choose).setInputFiles(file);
      await section.getByText(w.nothing).waitFor();

      const xlsx = await downloaded(host, section.getByRole('button', { name: w.xlsx }));
      expect(xlsx.name).toMatch(/\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
      const rows: string[][] = [];
      workbook.worksheets[0]!.eachRow((row) =>
        rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
      );
      expect(rows[0]).toEqual(w.header);
      expect(rows.slice(1).map((r) => r[0])).toEqual(w.names);

      const slips = await downloaded(host, section.getByRole('button', { name: w.slips }));
      expect(slips.name).toMatch(/\.pdf$/);
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(slips.bytes)), { mergePages: true });
      for (const word of [...w.slipWords, w.names[1].replace(/\s+/g, '')])
        expect(text.replace(/\s+/g, '')).toContain(word);
      expect(csp).toEqual([]);

      // The first member's personal link (what their slip's QR code holds) opens the council as them.
      const res = await fetch(`${suite.server.url}/api/councils/${council.councilId}/roster/links`, {
        headers: { authorization: `Bearer ${council.tokens.host}` },
      });
      const { links } = RosterLinks.parse(await res.json());
      const phone = await (await suite.context({ ...PHONE, locale })).newPage();
      await phone.goto(links[0]!.link.replace('#', `?lang=${locale}#`));
      await phone.getByText(w.youAre).waitFor();
      expect(new URL(phone.url()).hash).toBe(`#t=${council.tokens.member}`); // the secret left the address
      await phone.reload();
      await phone.getByText(w.youAre).waitFor();
      await context.close();
      await phone.context().close();
    }, 90_000);
  }
});
