/**
 * Issue 27's screens in a real browser, in both languages: the host downloads the record (村务档案,
 * a ZIP with the minutes), checks it (the hash chain holds, with the record fingerprint), and erases
 * a person with a confirmation: the member list, an observer's screen open at that moment and the
 * minutes then show the pseudonym. The council's host downloads the council's record and erases a
 * roster member. The meeting itself is reached through real socket clients.
 */
import { CreatedCouncil, CreatedMeeting, JoinedCouncil } from '@dr/shared/council';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import path from 'node:path';
import { ARTIFACTS, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { region, withLang } from './meetingPages.js';

const suite = browserSuite();

/** The words a person reads, in each language. */
const WORDS = {
  en: {
    title: 'Willow Lane parking',
    chair: 'Chair Wang',
    ana: 'Ana Wu',
    bo: 'Bo Li',
    note: 'My shop is on Willow Lane',
    archive: 'Record archive',
    members: 'Members',
    download: 'Download the record (ZIP)',
    check: 'Check the record',
    intact: 'Intact',
    intactSentence: 'The record is intact',
    erasedSentence: '2 personal fields were erased',
    fingerprint: /^Record fingerprint: [0-9a-f]{4}(-[0-9a-f]{4})+$/,
    erase: (name: string) => `Erase this person: ${name}`,
    confirmSays: 'replaced by a pseudonym',
    confirm: 'Erase',
    erased: /^Erased: now shown as “(Member [0-9A-F]{4})”\.$/,
    minutes: 'Download minutes (Markdown)',
    council: 'East Lane Council',
    councilDownload: "Download the council's record (ZIP)",
    personal: 'Personal information',
  },
  'zh-CN': {
    title: '柳巷停车',
    chair: '张主任',
    ana: '王秀英',
    bo: '李建国',
    note: '我家开小卖部，就在柳巷口',
    archive: '村务档案',
    members: '参会人员',
    download: '下载村务档案（ZIP）',
    check: '核验记录',
    intact: '完整',
    intactSentence: '记录完整',
    erasedSentence: '2 项个人信息已按要求删除',
    fingerprint: /^记录指纹：[0-9a-f]{4}(-[0-9a-f]{4})+$/,
    erase: (name: string) => `删除此人的个人信息：${name}`,
    confirmSays: '换成化名',
    confirm: '删除',
    erased: /^已删除：现显示为“(成员 [0-9A-F]{4})”。$/,
    minutes: '下载会议纪要（Markdown）',
    council: '东巷议事会',
    councilDownload: '下载议事会的村务档案（ZIP）',
    personal: '个人信息',
  },
} as const;
type Lang = keyof typeof WORDS;

/** A decided meeting: Ana declared an interest (a note about herself), Bo and the chair voted, the chair recorded it. */
async function decidedMeeting(lang: Lang) {
  const w = WORDS[lang];
  const room = await createRoom(suite.server.url, w.title, lang);
  const auth = (token: string, extra: Record<string, unknown>) => ({ roomId: room.roomId, token, ...extra });
  const chair = await connect(suite.server.url, auth(room.tokens.host, { name: w.chair, presence: 'in_room' }));
  const ana = await connect(suite.server.url, auth(room.tokens.participant, { name: w.ana, presence: 'remote' }));
  const bo = await connect(suite.server.url, auth(room.tokens.participant, { name: w.bo, presence: 'in_room' }));
  suite.clients.push(chair, ana, bo);
  const itemId = (await ok(ana, { type: 'agenda.propose', title: w.title }))!;
  await ok(chair, { type: 'room.setPhase', phase: 'in_session' });
  await ok(chair, { type: 'agenda.activate', itemId });
  await ok(ana, { type: 'interest.declare', itemId, note: w.note });
  await writeDraft(suite.server.url, room.roomId, room.tokens.participant, itemId, `${w.title}: one-way from May.`);
  const roundId = (await ok(chair, { type: 'consensus.open', itemId }))!;
  await ok(bo, { type: 'consensus.vote', roundId, level: 4 });
  await ok(chair, { type: 'consensus.vote', roundId, level: 5 });
  await ok(chair, { type: 'consensus.close', roundId });
  await ok(chair, { type: 'decision.record', roundId, statement: w.title });
  return { room, anaId: ana.welcome.you.memberId! };
}

/**
 * Clicks `button` and returns the file the page saved. The file is made when asked, and a room's first
 * record ZIP took 16 s at load ~18 (5–12 s for the next ones), longer than a fixed wait of 10 s: so the
 * wait lasts while the page says it is preparing the file (its button busy), then the file is there.
 */
async function downloaded(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  let saved = false;
  const download = page.waitForEvent('download', { timeout: 0 });
  // Handled here too, so a page closed after a failed step leaves no unhandled rejection.
  download.then(() => (saved = true)).catch(() => undefined);
  await button.click();
  // Taken: busy, or already saved (a small file, a fast machine).
  await expect.poll(async () => saved || (await button.isDisabled())).toBe(true);
  // Done: the button is free again once the file is saved, or refused (an alert, and no file).
  await button.and(page.locator(':enabled')).waitFor({ timeout: 0 });
  expect(await button.locator('xpath=../..').getByRole('alert').count()).toBe(0);
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/**
 * What sticks out of the window sideways (a sideways scroll on a phone) inside `within` (CSS): the
 * outermost such elements.
 */
const overflows = (page: Page, within = 'body') =>
  page.evaluate((within) => {
    interface Box {
      right: number;
    }
    interface El {
      tagName: string;
      className: string;
      parentElement: El | null;
      getBoundingClientRect(): Box;
      getAttribute(name: string): string | null;
    }
    const g = globalThis as unknown as { innerWidth: number; document: { querySelectorAll(s: string): El[] } };
    const wide = (e: El) => e.getBoundingClientRect().right > g.innerWidth + 0.5;
    return Array.from(
      g.document.querySelectorAll(
        within
          .split(',')
          .flatMap((root) => [root, `${root} *`])
          .join(','),
      ),
    )
      .filter((e) => wide(e) && !(e.parentElement && wide(e.parentElement)))
      .map((e) => {
        const named = e.getAttribute('aria-labelledby') ?? e.getAttribute('aria-label');
        return `${e.tagName.toLowerCase()}.${String(e.className).replace(/ /g, '.')}${named ? `[${named}]` : ''}`;
      });
  }, within);

/** The host console's panels this issue added to or changed: the record's and the members'. */
const RECORD_PANELS = '[aria-labelledby="record-heading"], [aria-labelledby="members-heading"]';

/** A screenshot of one part of a page, kept with the others (test-results/screenshots). */
const partShot = (part: Locator, name: string) => part.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });

/** The text of the element that has the keyboard's focus. */
const focusedText = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement
        ?.textContent ?? null,
  );

describe('the record on screen', { timeout: 180_000 }, () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    const w = WORDS[lang];

    it(`lets the host download, check and erase, and screens show the pseudonym at once (${lang})`, async () => {
      const { room } = await decidedMeeting(lang);
      // An observer's screen, open before the erasure and never reloaded.
      const observer = await suite.page({ viewport: { width: 360, height: 800 } });
      await observer.goto(withLang(room.links.observer, lang));
      const observedMembers = region(observer, w.members);
      await observedMembers.getByText(w.ana, { exact: true }).waitFor({ timeout: 20_000 });

      // The host console, as narrow as a small phone.
      const host = await suite.page({ viewport: { width: 360, height: 800 } });
      await host.goto(withLang(room.links.host, lang));
      const record = region(host, w.archive);
      await record.getByRole('button', { name: w.download }).waitFor({ timeout: 20_000 });

      // Download the record: a ZIP holding the minutes with the meeting in them.
      const archive = await downloaded(host, record.getByRole('button', { name: w.download }));
      expect(archive.name).toMatch(/\.zip$/);
      expect(archive.bytes.subarray(0, 2).toString()).toBe('PK');
      const zip = await JSZip.loadAsync(archive.bytes);
      expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['minutes.md', 'minutes.pdf', 'manifest.json']));
      const archivedMinutes = await zip.file('minutes.md')!.async('string');
      expect(archivedMinutes).toContain(w.title);
      expect(archivedMinutes).toContain(w.ana);

      // Check the record: intact, in words, with the record fingerprint.
      await record.getByRole('button', { name: w.check }).click();
      const report = record.getByRole('region');
      await report.getByText(w.intact, { exact: true }).waitFor();
      expect(await report.textContent()).toContain(w.intactSentence);
      const fingerprint = (await report.locator('.record-check__fingerprint').textContent())!;
      expect(fingerprint).toMatch(w.fingerprint);
      expect(await overflows(host, RECORD_PANELS)).toEqual([]);
      expect(await seriousViolations(host), 'the record panel').toEqual([]);
      await partShot(record, `record-checked-${lang}`);

      // Erase Ana: the second step says what happens; Cancel has the focus.
      const members = region(host, w.members);
      await members.getByRole('button', { name: w.erase(w.ana) }).click();
      const confirmation = members.getByRole('group', { name: w.erase(w.ana) });
      expect(await confirmation.textContent()).toContain(w.confirmSays);
      await expect.poll(() => focusedText(host)).toBe(lang === 'en' ? 'Cancel' : '取消');
      expect(await overflows(host, RECORD_PANELS)).toEqual([]);
      expect(await seriousViolations(host), 'the erasure’s confirmation').toEqual([]);
      await screenshot(host, `record-erase-confirm-${lang}`);
      await partShot(members, `record-erase-confirm-members-${lang}`);
      await confirmation.getByRole('button', { name: w.confirm, exact: true }).click();

      const said = members.getByRole('status');
      await said.waitFor();
      const pseudonym = w.erased.exec((await said.textContent())!)![1]!;
      // The member list shows the pseudonym, on the host's screen and on the observer's, without a reload.
      await members.getByText(pseudonym, { exact: true }).waitFor();
      await observedMembers.getByText(pseudonym, { exact: true }).waitFor();
      expect(await members.getByText(w.ana, { exact: true }).count()).toBe(0);
      expect(await observedMembers.getByText(w.ana, { exact: true }).count()).toBe(0);
      await screenshot(host, `record-erased-host-${lang}`);
      await partShot(members, `record-erased-members-${lang}`);
      await screenshot(observer, `record-erased-observer-${lang}`);

      // The minutes now name the pseudonym and keep nothing she wrote about herself.
      const minutes = await downloaded(host, host.getByRole('button', { name: w.minutes }));
      const text = minutes.bytes.toString();
      expect(text).toContain(pseudonym);
      expect(text).not.toContain(w.ana);
      expect(text).not.toContain(w.note);

      // The record still checks as intact, and says what was erased.
      await record.getByRole('button', { name: w.check }).click();
      await expect.poll(async () => report.textContent()).toContain(w.erasedSentence);
      expect(await report.textContent()).toContain(w.intactSentence);

      // The observer's link downloads and checks the record too (its follow-up shows the panel).
      const observed = region(observer, w.archive);
      await observed.getByRole('button', { name: w.check }).click();
      await observed.getByRole('region').getByText(w.intact, { exact: true }).waitFor();
      const observerZip = await downloaded(observer, observed.getByRole('button', { name: w.download }));
      expect(observerZip.bytes.subarray(0, 2).toString()).toBe('PK');
      expect(await overflows(observer)).toEqual([]);
      await screenshot(observer, `record-observer-${lang}`);

      for (const page of [host, observer]) await page.context().close();
    });

    it(`lets a council's host download its record and erase a roster member (${lang})`, async () => {
      const council = CreatedCouncil.parse(
        await suite.post('/api/councils', { name: w.council, locale: lang, timeZone: 'Asia/Shanghai' }),
      );
      const base = `/api/councils/${council.councilId}`;
      JoinedCouncil.parse(await suite.post(`${base}/members`, { name: w.chair }, council.tokens.host));
      JoinedCouncil.parse(await suite.post(`${base}/members`, { name: w.ana }, council.tokens.member));
      const meeting = CreatedMeeting.parse(
        await suite.post(
          `${base}/meetings`,
          { title: w.title, scheduledAt: Date.UTC(2099, 1, 2, 11) },
          council.tokens.host,
        ),
      );

      const host = await suite.page({ viewport: { width: 360, height: 800 } });
      await host.goto(withLang(council.links.host, lang));
      const archive = region(host, w.archive);
      const button = archive.getByRole('button', { name: w.councilDownload });
      await button.waitFor({ timeout: 20_000 });
      const zip = await JSZip.loadAsync((await downloaded(host, button)).bytes);
      const attendance = `meetings/01-${meeting.roomId}/attendance.json`;
      expect(Object.keys(zip.files)).toContain(`meetings/01-${meeting.roomId}/minutes.md`);
      expect(await zip.file(attendance)!.async('string')).toContain(w.ana);

      const personal = region(host, w.personal);
      await personal.getByRole('button', { name: w.erase(w.ana) }).click();
      const confirmation = personal.getByRole('group', { name: w.erase(w.ana) });
      expect(await confirmation.textContent()).toContain(w.confirmSays);
      expect(await overflows(host)).toEqual([]);
      expect(await seriousViolations(host), 'the council’s record').toEqual([]);
      await confirmation.getByRole('button', { name: w.confirm, exact: true }).click();
      const said = personal.getByRole('status');
      await said.waitFor();
      const pseudonym = w.erased.exec((await said.textContent())!)![1]!;
      // The roster is loaded again: the pseudonym, not the name.
      await personal.getByText(pseudonym, { exact: true }).waitFor();
      expect(await personal.getByText(w.ana, { exact: true }).count()).toBe(0);
      await screenshot(host, `record-council-${lang}`);
      await partShot(personal, `record-council-erased-${lang}`);

      const after = await JSZip.loadAsync((await downloaded(host, button)).bytes);
      const seated = await after.file(attendance)!.async('string');
      expect(seated).toContain(pseudonym);
      expect(seated).not.toContain(w.ana);
      await host.context().close();
    });
  }
});
