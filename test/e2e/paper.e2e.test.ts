/**
 * Issue 28 §2 in a real browser, in both languages: the public notice links to its poster (a PDF
 * anyone may open), the host console's attendance offers the sign-in sheet beside the headcount,
 * and an open round offers its paper ballots. The PDFs the browser saves are read back as text.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { region, withLang } from './meetingPages.js';

const suite = browserSuite();

const WORDS = {
  en: {
    title: 'Willow Lane lights',
    chair: 'Chair Wang',
    villager: 'Ana Wu',
    household: 'No. 12',
    poster: 'Print the notice poster (PDF)',
    posterTitle: 'Notice poster',
    attendance: 'Attendance',
    headcount: 'People in the hall with no entry here',
    signIn: 'Print the sign-in sheet (PDF)',
    sheetTitle: 'Sign-in sheet',
    consensus: 'Consensus check',
    ballot: 'Print paper ballots (PDF)',
    ballotTitle: 'Paper ballot',
    scale: ['Strong support', 'Can live with it', 'Block'],
  },
  'zh-CN': {
    title: '柳巷路灯',
    chair: '张主任',
    villager: '王秀英',
    household: '3组12号',
    poster: '打印公示张贴稿（PDF）',
    posterTitle: '公示张贴稿',
    attendance: '签到与清点',
    headcount: '会场内未登记的人数',
    signIn: '打印签到表（PDF）',
    sheetTitle: '签到表',
    consensus: '共识测量',
    ballot: '打印纸质选票（PDF）',
    ballotTitle: '纸质选票',
    scale: ['强烈支持', '可以接受', '阻止'],
  },
} as const;

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, '');
}

/** Clicks `button` and returns the text of the PDF the page saved. */
async function downloadedPdf(page: Page, button: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  return pdfText(readFileSync((await download.path())!));
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('paper where paper is used', { timeout: 180_000 }, () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    const w = WORDS[lang];

    it(`offers the poster on the notice, the sign-in sheet and the ballot on the console (${lang})`, async () => {
      const room = await createRoom(suite.server.url, w.title, lang);
      const auth = (token: string, extra: Record<string, unknown>) => ({ roomId: room.roomId, token, ...extra });
      const chair = await connect(suite.server.url, auth(room.tokens.host, { name: w.chair, presence: 'in_room' }));
      suite.clients.push(chair);
      await ok(chair, { type: 'member.addInRoom', name: w.villager, household: w.household });
      const itemId = (await ok(chair, { type: 'agenda.propose', title: w.title }))!;
      await ok(chair, { type: 'room.setPhase', phase: 'in_session' });
      await ok(chair, { type: 'agenda.activate', itemId });
      await writeDraft(suite.server.url, room.roomId, room.tokens.participant, itemId, `${w.title}: 2027.`);
      await ok(chair, { type: 'consensus.open', itemId });
      await ok(chair, { type: 'notice.publish' });

      // The notice, as anyone opens it: a link to the poster, which opens without a token.
      const reader = await suite.page({ viewport: { width: 360, height: 800 } });
      await reader.goto(withLang(`${suite.server.url}/notice/${room.roomId}`, lang));
      const posterLink = reader.getByRole('link', { name: w.poster });
      await posterLink.waitFor({ timeout: 20_000 });
      const href = (await posterLink.getAttribute('href'))!;
      expect(href).toBe(`/api/rooms/${room.roomId}/notice.pdf`);
      const poster = await reader.request.get(new URL(href, suite.server.url).href);
      expect(poster.status()).toBe(200);
      expect(poster.headers()['content-type']).toMatch(/^application\/pdf/);
      const posterText = await pdfText(await poster.body());
      expect(posterText).toContain(squeeze(`${w.posterTitle} · ${w.title}`));

      // The host console: the sign-in sheet beside the headcount, the ballot with the open round.
      const host = await suite.page({ viewport: { width: 1000, height: 900 } });
      await host.goto(withLang(room.links.host, lang));
      const attendance = region(host, w.attendance);
      await attendance.getByRole('button', { name: w.signIn }).waitFor({ timeout: 20_000 });
      await attendance.getByLabel(w.headcount).waitFor();
      const sheet = await downloadedPdf(host, attendance.getByRole('button', { name: w.signIn }));
      expect(sheet).toContain(squeeze(`${w.sheetTitle} · ${w.title}`));
      expect(sheet).toContain(squeeze(w.villager));
      expect(sheet).toContain(squeeze(w.household));

      const consensus = region(host, w.consensus);
      await consensus.getByRole('button', { name: w.ballot }).waitFor({ timeout: 20_000 });
      const ballot = await downloadedPdf(host, consensus.getByRole('button', { name: w.ballot }));
      expect(ballot).toContain(squeeze(`${w.ballotTitle} · ${w.title}`));
      expect(ballot).toContain(squeeze(`${w.title}: 2027.`));
      for (const level of w.scale) expect(ballot).toContain(squeeze(level));
    });
  }
});
