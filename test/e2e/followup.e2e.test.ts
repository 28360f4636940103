/**
 * Issue #7 in a real browser: after a decision, the host carries it out by tier (分层分类办事),
 * an owner reports progress from a phone, the notice goes up for anyone (公示办理结果), the host
 * downloads the minutes, and members score the meeting once it has adjourned (打分器).
 * The decision itself is reached through real socket clients, as the consensus tests do.
 */
import { DEFAULT_RUBRIC, indicatorsOf } from '@dr/shared';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { ok, type CreatedRoom, type TestClient, openRoom } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { region, withLang } from './meetingPages.js';

const suite = browserSuite();

const actionCard = (scope: Page | Locator, title: string) => scope.getByRole('listitem').filter({ hasText: title });

/** An element's text and background colours as the browser paints them. */
function colours(element: Locator): Promise<{ color: string; background: string }> {
  return element.evaluate((e) => {
    // This package is typed without the DOM library: name the little of it used here.
    const style = (globalThis as unknown as { getComputedStyle(e: unknown): Record<string, string> }).getComputedStyle(
      e,
    );
    return { color: style['color']!, background: style['backgroundColor']! };
  });
}
/** Overdue stands out in colour as well as in words: white on the danger red, not a plain tag. */
const OVERDUE = { color: 'rgb(255, 255, 255)', background: 'rgb(163, 34, 27)' };

async function sectionShot(section: Locator, name: string): Promise<void> {
  await section.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/**
 * A Chinese village room in session: Ana proposes, speaks and, with the chair, adopts the draft
 * written over the real Yjs endpoint; the chair records the decision.
 */
async function roomWithDecision(): Promise<{ room: CreatedRoom; chair: TestClient }> {
  const { room, join } = await openRoom(suite.server.url, 'Willow Lane parking', 'zh-CN');
  const chair = await join(room.tokens.host, { name: 'Chair Wang', presence: 'in_room' });
  const ana = await join(room.tokens.participant, { name: 'Ana Wu', presence: 'remote' });
  suite.clients.push(chair, ana);

  const itemId = (await ok(ana, { type: 'agenda.propose', title: 'Parking on Willow Lane' }))!;
  await ok(chair, { type: 'room.setPhase', phase: 'in_session' });
  await ok(chair, { type: 'agenda.activate', itemId });
  await ok(ana, { type: 'queue.raise' });
  await ok(chair, { type: 'queue.next' });
  await ok(ana, { type: 'speaker.end' });

  await writeDraft(
    suite.server.url,
    room.roomId,
    room.tokens.participant,
    itemId,
    'Willow Lane becomes one-way, north to south, from May.',
  );
  const roundId = (await ok(chair, { type: 'consensus.open', itemId }))!;
  await ok(ana, { type: 'consensus.vote', roundId, level: 4 });
  await ok(chair, { type: 'consensus.vote', roundId, level: 5 });
  await ok(chair, { type: 'consensus.close', roundId });
  await ok(chair, { type: 'decision.record', roundId, statement: 'Willow Lane is one-way from May' });
  return { room, chair };
}

/** Adds an action item from the host console's create form under the (only) decision. */
async function createAction(
  decision: Locator,
  fields: { title: string; member?: string; owner?: string; tier: string; due: string; category?: string },
) {
  const form = decision.getByRole('form', { name: /^New action item/ });
  if (!(await form.isVisible())) await decision.getByText('Add an action item', { exact: true }).click();
  await form.getByLabel('What is to be done').fill(fields.title);
  if (fields.member) await form.getByLabel('Owner from the members').selectOption({ label: fields.member });
  if (fields.owner) await form.getByLabel('Owner (a person or a body)').fill(fields.owner);
  await form.getByRole('radio', { name: fields.tier }).check();
  await form.getByLabel('Due date').fill(fields.due);
  if (fields.category) await form.getByLabel('Category (optional)').fill(fields.category);
  await form.getByRole('button', { name: 'Add action item' }).click();
  await actionCard(decision, fields.title).waitFor();
}

async function recordProgress(card: Locator, update: { status?: string; progress?: string; note: string }) {
  const form = card.getByRole('form', { name: /^Progress of/ });
  if (!(await form.isVisible())) await card.getByText('Record progress', { exact: true }).click();
  if (update.status) await form.getByLabel('Status').selectOption({ label: update.status });
  if (update.progress) await form.getByLabel('Progress (%)').fill(update.progress);
  await form.getByLabel('Note (what happened)').fill(update.note);
  await form.getByRole('button', { name: 'Save progress' }).click();
  await card.getByRole('list', { name: 'Timeline' }).getByText(update.note, { exact: true }).waitFor();
}

describe('after the meeting, in the browser', { timeout: 120_000 }, () => {
  it('carries a decision out by tier, publishes the notice, gives the minutes and scores the meeting', async () => {
    const { room, chair } = await roomWithDecision();
    const secrets = [...Object.values(room.tokens), room.joinCode, chair.welcome.you.memberSecret!];

    // Bo follows on his phone; he will own an action item.
    const phone = await suite.page(PHONE);
    await phone.goto(withLang(room.links.participant, 'en'));
    await phone.getByLabel('Your name').fill('Bo Li');
    await phone.getByRole('button', { name: "I'm in the room" }).click();
    const phoneFollowUp = region(phone, 'After the meeting');
    await phoneFollowUp.getByText('Willow Lane is one-way from May').waitFor();
    // The test's own types have no DOM: read Bo's stored member secret with a page expression.
    const stored = await phone.evaluate<string | null>(`localStorage.getItem('dr:member:${room.roomId}')`);
    secrets.push((JSON.parse(stored ?? '{}') as { memberSecret?: string }).memberSecret ?? 'no secret stored');

    const host = await suite.page({ viewport: { width: 1440, height: 900 } });
    await host.goto(withLang(room.links.host, 'en'));
    const followUp = region(host, 'After the meeting');
    await followUp.waitFor();

    // 定主事: the meeting's facts for the minutes and the notice.
    const details = region(followUp, 'Meeting details');
    await details.getByLabel('Place').fill('Willow Lane community hall');
    await details.getByLabel('Form of meeting').selectOption({ label: 'Bench council' });
    await details.getByLabel('Scheduled time').fill('2026-05-01T19:30');
    await details.getByRole('button', { name: 'Save details' }).click();
    await details.getByText('These details are on record').waitFor();

    // 分层分类办事: one item for a member, one for a body, already past its due date.
    const decisions = region(followUp, 'Decisions and action items');
    const decision = decisions.getByRole('article', { name: 'Parking on Willow Lane' });
    await decision.getByText('Adopted', { exact: true }).waitFor();
    await createAction(decision, {
      title: 'Paint one-way arrows',
      member: 'Bo Li',
      tier: 'Residents themselves',
      due: '2099-06-30',
      category: 'Roads',
    });
    await createAction(decision, {
      title: 'Move the bins off the lane',
      owner: 'Village committee',
      tier: 'Village or community committee',
      due: '2020-05-01',
    });
    const bins = actionCard(decision, 'Move the bins off the lane');
    await bins.getByText('Overdue', { exact: true }).waitFor();
    expect(await colours(bins.getByText('Overdue', { exact: true }))).toEqual(OVERDUE);
    expect(await bins.evaluate((el) => el.className)).toContain('action-card--overdue');
    await recordProgress(bins, { status: 'In progress', progress: '40', note: 'Two of five bins moved' });
    await bins.getByText('40% done').waitFor();
    await bins.getByText('Host console').waitFor();

    // The owner records progress from his phone; the host sees it with his name.
    const arrowsOnPhone = actionCard(phoneFollowUp, 'Paint one-way arrows');
    await arrowsOnPhone.getByText('Yours to update').waitFor();
    await recordProgress(arrowsOnPhone, { status: 'Done', note: 'Arrows painted on Saturday' });
    await actionCard(decision, 'Paint one-way arrows').getByText('Arrows painted on Saturday').waitFor();
    const timeline = (scope: Locator, name: string) => scope.getByRole('list', { name, exact: true });
    await timeline(actionCard(decision, 'Paint one-way arrows'), 'Timeline').getByText('Bo Li').waitFor();
    await sectionShot(followUp, 'followup-console');

    // 公示办理结果: nobody can read the notice before the host publishes it.
    const reader = await suite.page(PHONE);
    const noticeUrl = `${suite.server.url}/notice/${room.roomId}`;
    expect((await reader.goto(noticeUrl))?.status()).toBe(404);
    const noticePart = region(followUp, 'Public notice');
    await noticePart.getByRole('button', { name: 'Publish the notice' }).click();
    await noticePart.getByText(/The notice is up since/).waitFor();
    const openLink = noticePart.getByRole('link', { name: 'Open the notice page' });
    expect(await openLink.getAttribute('href')).toBe(`/notice/${room.roomId}`);

    // Anyone reads it, in the meeting's language (Chinese) though this phone speaks English.
    expect((await reader.goto(noticeUrl))?.status()).toBe(200);
    await reader.getByRole('heading', { name: 'Willow Lane parking', level: 1 }).waitFor();
    const main = reader.getByRole('main');
    await main.getByText('办理结果公示').waitFor();
    await main.getByText('Willow Lane is one-way from May').waitFor();
    // The decision's text, as decided (the rounds' record below quotes it again).
    await main
      .getByRole('region', { name: '决议及办理进展' })
      .getByText('Willow Lane becomes one-way, north to south, from May.')
      .waitFor();
    await main.getByText('板凳议事会').waitFor();
    await main.getByText('Willow Lane community hall').waitFor();
    const binsOnNotice = actionCard(main, 'Move the bins off the lane');
    await binsOnNotice.getByText('已逾期', { exact: true }).waitFor();
    expect(await colours(binsOnNotice.getByText('已逾期', { exact: true }))).toEqual(OVERDUE);
    await binsOnNotice.getByText('Two of five bins moved').waitFor();
    await binsOnNotice.getByText('村（社区）两委').waitFor();
    await actionCard(main, 'Paint one-way arrows').getByText('Arrows painted on Saturday').waitFor();
    await timeline(actionCard(main, 'Paint one-way arrows'), '办理记录').getByText('Bo Li').waitFor();
    await reader.getByRole('img', { name: /二维码/ }).waitFor();
    const html = await reader.content();
    for (const secret of secrets) expect(html).not.toContain(secret);
    await screenshot(reader, 'notice-phone-zh');

    // The usual language switch; then the A4 sheet for the notice board.
    await reader.getByRole('button', { name: 'English' }).click();
    await actionCard(main, 'Move the bins off the lane').getByText('Overdue', { exact: true }).waitFor();
    const sheet = await suite.page({ viewport: { width: 794, height: 1123 } });
    await sheet.goto(noticeUrl);
    await sheet.getByText('扫码查看最新进展').waitFor();
    await screenshot(sheet, 'notice-screen');
    await sheet.emulateMedia({ media: 'print' });
    expect(await sheet.locator('.app-header').isVisible()).toBe(false);
    expect(await sheet.getByText('打印公示', { exact: true }).isVisible()).toBe(false);
    expect(await sheet.getByText('扫码查看最新进展').isVisible()).toBe(true);
    await screenshot(sheet, 'notice-print');

    // 会议纪要: both formats download under the meeting's name.
    const minutes = region(followUp, 'Minutes');
    for (const [button, extension] of [
      ['Download minutes (Word)', '.docx'],
      ['Download minutes (Markdown)', '.md'],
    ] as const) {
      const [download] = await Promise.all([
        host.waitForEvent('download'),
        minutes.getByRole('button', { name: button }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^Willow Lane parking.*\\${extension}$`));
      const bytes = readFileSync((await download.path())!);
      if (extension === '.docx') expect(bytes.subarray(0, 2).toString()).toBe('PK');
      else expect(bytes.toString()).toContain('Move the bins off the lane');
    }

    // 打分器: the host sets the bonus cap before scoring starts.
    const scorecard = region(followUp, 'Scorecard');
    await scorecard.getByText('Edit the scorecard rubric', { exact: true }).click();
    await scorecard.getByLabel('Most bonus points a card can add').fill('8');
    await scorecard.getByRole('button', { name: 'Save rubric' }).click();
    await scorecard.getByText('Rubric saved.').waitFor();
    await sectionShot(scorecard, 'rubric-editor');
    await scorecard.getByText('The scorecard opens once the meeting has adjourned.').waitFor();

    await host.getByRole('group', { name: 'Meeting', exact: true }).getByRole('button', { name: 'Adjourned' }).click();

    // A first card starts at full points, with no note to write; a lower score asks why.
    const form = phone.getByRole('form', { name: 'My scorecard' });
    await form.waitFor();
    const base = form.locator('.score-fields--base');
    const baseIndicators = indicatorsOf(DEFAULT_RUBRIC).filter((i) => i.kind === 'base');
    const baseCount = baseIndicators.length;
    expect(await base.count()).toBe(baseCount);
    expect(
      await base
        .first()
        .getByLabel(/^Points/)
        .inputValue(),
    ).toBe(String(baseIndicators[0]!.max));
    expect(await base.first().getByLabel('Note (optional)').getAttribute('required')).toBeNull();
    expect(await form.getByLabel('Why? (needed)').count()).toBe(0);
    // Bo scores every base indicator below full marks with a reason, gives one bonus and one deduction.
    for (let i = 0; i < baseCount; i += 1) {
      await base
        .nth(i)
        .getByLabel(/^Points/)
        .fill('5.5');
      await base
        .nth(i)
        .getByLabel('Why? (needed)')
        .fill(`Reason ${i + 1}`);
    }
    const bonus = form.getByRole('group', { name: 'A new form or method of deliberation' });
    await bonus.getByLabel(/^Points/).fill('2');
    await bonus.getByLabel('Why? (needed)').fill('First bench council held on the lane itself');
    const deduction = form.getByRole('group', { name: 'Reasonable objections from residents went unanswered' });
    await deduction.getByLabel(/^Points taken away/).fill('1');
    await deduction.getByLabel('Why? (needed)').fill('The bakery’s delivery question was left open');
    await sectionShot(form, 'scorecard-form-phone');
    await form.getByRole('button', { name: 'Submit my scorecard' }).click();
    await form.getByText('Your scorecard is in.').waitFor();

    // 11 × 5.5 + 2 − 1 = 61.5; the chair's full marks make the average (61.5 + 100) / 2.
    const summary = region(phone, 'Scores so far');
    await summary.getByText('1 scorecard · Average total: 61.5 of 100').waitFor();
    await ok(chair, {
      type: 'scorecard.submit',
      scores: indicatorsOf(DEFAULT_RUBRIC)
        .filter((i) => i.kind === 'base')
        .map((i) => ({ indicatorId: i.id, points: i.max, note: 'Done well' })),
    });
    await summary.getByText('2 scorecards · Average total: 80.8 of 100').waitFor();
    // A note count only where there are notes (every base indicator: two; the bonus and the deduction
    // Bo gave: one), never "0 notes"; it opens to the notes, unnamed.
    await summary.getByText('2 notes').first().waitFor();
    expect(await summary.getByText('2 notes').count()).toBe(baseCount);
    expect(await summary.getByText('1 note', { exact: true }).count()).toBe(2);
    expect(await summary.getByText(/\b0 notes?\b/).count()).toBe(0);
    const bonusRow = summary.getByRole('row').filter({ hasText: 'A new form or method of deliberation' });
    const bonusNote = bonusRow.getByText('First bench council held on the lane itself');
    expect(await bonusNote.isVisible()).toBe(false);
    await bonusRow.getByText('1 note', { exact: true }).click();
    await bonusNote.waitFor();
    const fromRecord = region(phone, 'From the record');
    await fromRecord.getByText('3 (2 in the room, 1 remote)').waitFor();
    await fromRecord.getByText('1 of 1').waitFor();

    // Scoring has started: the host sees the rubric, no longer a form to change it.
    await scorecard.getByText('Show the scorecard rubric', { exact: true }).waitFor();
    await region(scorecard, 'Scores so far').getByText('2 scorecards · Average total: 80.8 of 100').waitFor();
    await sectionShot(summary, 'scorecard-summary-phone');
    await sectionShot(scorecard, 'scorecard-console');

    // The same console in Chinese: 会后落实, 已逾期, the scores and the figures.
    const zhHost = await suite.page({ viewport: { width: 1440, height: 900 } });
    await zhHost.goto(withLang(room.links.host, 'zh-CN'));
    const zhFollowUp = region(zhHost, '会后落实');
    await actionCard(zhFollowUp, 'Move the bins off the lane').getByText('已逾期', { exact: true }).waitFor();
    await zhFollowUp.getByText('2 份评分表 · 平均总分：80.8 分（满分 100）').waitFor();
    await sectionShot(zhFollowUp, 'followup-console-zh');
  });
});
