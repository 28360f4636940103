/**
 * Issue #10 in a real browser: one person pastes more than a draft may hold. Their editor says why,
 * in their language, and drops the paste; nobody is disconnected. Meanwhile someone else writes in
 * another topic's draft, and that keeps being saved and seen — by the same person too.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok } from '../support/clients.js';
import { appendParagraph, connectDraft, paragraphs, roundTrip, type DraftClient } from '../support/draftClients.js';
import { draftLive, hostJoins, joinAs, region, textOf, typeAtEnd, withLang } from './meetingPages.js';

const suite = browserSuite();
const open: DraftClient[] = [];

// Registered after the suite's own teardown, so it runs before it: the drafts close while the server is up.
afterAll(() => {
  for (const client of open) client.destroy();
});

/** Pastes `text` into an editor as the clipboard would (one paste event, as Ctrl+V sends). */
async function paste(editor: Locator, text: string): Promise<void> {
  await editor.click();
  await editor.press('Control+End');
  await editor.evaluate((element, pasted) => {
    // This package is typed without the DOM library: name the little of it used here.
    const dom = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, data: string): void };
      ClipboardEvent: new (type: string, init: object) => object;
    };
    const data = new dom.DataTransfer();
    data.setData('text/plain', pasted);
    const event = new dom.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    (element as unknown as { dispatchEvent(event: object): boolean }).dispatchEvent(event);
  }, text);
}

const LONG = 'Statute A.'; // topic titles
const SHORT = 'Statute B.';

describe('a draft at its size cap', { timeout: 180_000 }, () => {
  it('tells its editor why and drops the paste, while another draft keeps being saved and seen', async () => {
    const room = await createRoom(suite.server.url, 'Canal council', 'en');
    const host = await suite.page({ viewport: { width: 1440, height: 1000 } });
    await hostJoins(host, withLang(room.links.host, 'en'), 'Chair Wang');
    // Two topics: the first is discussed now, the second later.
    const chair = await connect(suite.server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair Li' });
    const longItem = (await ok(chair, { type: 'agenda.propose', title: LONG }))!;
    const shortItem = (await ok(chair, { type: 'agenda.propose', title: SHORT }))!;
    await ok(chair, { type: 'agenda.activate', itemId: longItem });

    const ana = await suite.page({ ...PHONE, locale: 'zh-CN' });
    await joinAs(ana, withLang(room.links.participant, 'zh-CN'), '王阿姨', '我远程参与', '您的姓名');
    const bo = await suite.page({ viewport: { width: 1280, height: 900 } });
    await joinAs(bo, withLang(room.links.participant, 'en'), 'Bo Chen', "I'm in the room");
    await region(ana, '决议草案').getByText('草案实时同步中').waitFor({ timeout: 20_000 });
    await draftLive(bo);
    const anaEditor = (title: string) => ana.getByRole('textbox', { name: `决议草案：${title}` });
    const boEditor = (title: string) => bo.getByRole('textbox', { name: `Draft resolution: ${title}` });

    // Chen writes the other topic's draft from his own device all the while.
    const chen = await connectDraft(suite.server.url, room.roomId, room.tokens.participant);
    open.push(chen);
    appendParagraph(chen.draft(shortItem), 'Chen: fix the canal lock first.');

    // Ana pastes 600 KB (200 000 characters) into the first draft: more than its 500 KB.
    await typeAtEnd(anaEditor(LONG), '第一条。');
    await expect.poll(() => textOf(boEditor(LONG))).toContain('第一条。');
    await paste(anaEditor(LONG), '条款'.repeat(100_000));
    await region(ana, '决议草案')
      .getByRole('alert')
      .getByText('本草案已达到大小上限（500 KB），您的最后一处修改未被保存。')
      .waitFor({ timeout: 20_000 });
    await expect.poll(() => textOf(anaEditor(LONG)), { timeout: 20_000 }).toBe('第一条。');
    await screenshot(ana, 'draft-cap-phone-zh');
    await region(ana, '决议草案').getByText('草案实时同步中').waitFor();
    expect(await bo.getByRole('alert').count()).toBe(0); // only the one who pasted hears of it

    // Nobody was stopped: Bo writes the same draft, Chen the other, and Ana sees and keeps writing.
    await typeAtEnd(boEditor(LONG), ' Bo agrees.');
    await expect.poll(() => textOf(anaEditor(LONG))).toBe('第一条。 Bo agrees.');
    appendParagraph(chen.draft(shortItem), 'Chen: and paint it.');
    await roundTrip(chen);

    await ok(chair, { type: 'agenda.activate', itemId: shortItem });
    await expect
      .poll(() => textOf(anaEditor(SHORT)), { timeout: 20_000 })
      .toBe('Chen: fix the canal lock first.Chen: and paint it.');
    await typeAtEnd(anaEditor(SHORT), '\n王阿姨：同意。');
    await expect.poll(() => paragraphs(chen.draft(shortItem))).toContain('王阿姨：同意。');
    await expect.poll(() => textOf(boEditor(SHORT))).toContain('王阿姨：同意。');
    const saved = await (await suite.server.app.registry.get(room.roomId))!.doc();
    expect(saved.renderText(shortItem)).toBe('Chen: fix the canal lock first.\nChen: and paint it.\n王阿姨：同意。');
    expect(saved.renderText(longItem)).toBe('第一条。 Bo agrees.');

    // The same in English, for Bo, on the second draft.
    await paste(boEditor(SHORT), 'x'.repeat(600_000));
    await region(bo, 'Draft resolution')
      .getByRole('alert')
      .getByText('This draft has reached its size limit (500 KB); your last change was not kept.')
      .waitFor({ timeout: 20_000 });
    await expect.poll(() => textOf(boEditor(SHORT)), { timeout: 20_000 }).not.toContain('xxxx');
    await region(bo, 'Draft resolution').getByRole('button', { name: 'Dismiss' }).click();
    expect(await bo.getByRole('alert').count()).toBe(0);
    await screenshot(bo, 'draft-cap-desktop-en');
    expect(chen.closes).toEqual([]);
    chair.close();
    await closePages([host, ana, bo]);
  });
});

async function closePages(pages: Page[]): Promise<void> {
  for (const page of pages) await page.context().close();
}
