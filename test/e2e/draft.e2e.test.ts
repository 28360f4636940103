/**
 * Issue #5 in a real browser: the co-edited draft resolution. Two people on separate browsers write
 * the same draft and see each other's text and named cursors; undo takes back only one's own edit;
 * an observer and the board follow read-only; the host locks the draft, saves a named version and
 * compares it with the current text.
 */
import { describe, expect, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { createRoom } from '../support/clients.js';
import { makeDataDir } from '../support/testServer.js';
import {
  boardLink,
  caretToEnd,
  discuss,
  draftLive,
  hostJoins,
  joinAs,
  listItems,
  region,
  textOf,
  typeAtEnd,
  withLang,
} from './meetingPages.js';

const suite = browserSuite();

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const TOPIC = 'Repair the courtyard path';

describe('the draft resolution in the browser', { timeout: 120_000 }, () => {
  it('is written together, followed read-only, locked, and kept in named versions', async () => {
    const { links } = await createRoom(suite.server.url, 'Willow Lane council', 'en');
    const host = await suite.page({ viewport: { width: 1440, height: 1000 } });
    await hostJoins(host, withLang(links.host, 'en'), 'Chair Wang');
    await discuss(host, TOPIC);

    const ana = await suite.page(PHONE);
    await joinAs(ana, withLang(links.participant, 'en'), 'Ana Wu', "I'm remote");
    const bo = await suite.page(DESKTOP);
    await joinAs(bo, withLang(links.participant, 'en'), 'Bo Chen', "I'm in the room");
    const observer = await suite.page(DESKTOP);
    await observer.goto(withLang(links.observer, 'en'));
    const board = await suite.page({ viewport: { width: 1920, height: 1080 } });
    await board.goto(withLang(boardLink(links.host), 'en'));

    const editorOf = (page: typeof ana) => page.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` });
    for (const page of [host, ana, bo, observer]) await draftLive(page);

    // Two people write the same draft; each sees the other's words and named cursor.
    await typeAtEnd(editorOf(ana), 'The path is repaired before winter.');
    await expect.poll(() => textOf(editorOf(bo))).toContain('The path is repaired before winter.');
    await typeAtEnd(editorOf(bo), '\n');
    await bo.getByRole('button', { name: 'Bullets' }).click();
    await editorOf(bo).pressSequentially('Lamps fixed too', { delay: 15 });
    await expect.poll(() => listItems(editorOf(ana))).toEqual(['Lamps fixed too']);
    await editorOf(ana).locator('.collaboration-carets__label', { hasText: 'Bo Chen' }).waitFor();
    await editorOf(ana).click();
    await editorOf(bo).locator('.collaboration-carets__label', { hasText: 'Ana Wu' }).waitFor();

    // The observer and the board follow both, with both cursors, and can type nothing.
    const watched = editorOf(observer);
    await expect.poll(() => listItems(watched)).toEqual(['Lamps fixed too']);
    expect(await watched.getAttribute('contenteditable')).toBe('false');
    await watched.locator('.collaboration-carets__label', { hasText: 'Ana Wu' }).waitFor();
    await watched.locator('.collaboration-carets__label', { hasText: 'Bo Chen' }).waitFor();
    // Reading aloud (issue 28) changes nothing in the room: the only button an observer has.
    expect(await observer.getByRole('main').getByRole('button').filter({ hasNotText: 'Read aloud' }).count()).toBe(0);
    await expect.poll(() => textOf(editorOf(board))).toContain('The path is repaired before winter.');
    expect(await editorOf(board).getAttribute('contenteditable')).toBe('false');
    expect(await board.getByRole('button').count()).toBe(0);
    await screenshot(bo, 'draft-two-cursors-editor');
    await screenshot(observer, 'draft-two-cursors-observer');
    await screenshot(board, 'draft-board');

    // Undo takes back Ana's own last edit, never Bo's.
    await typeAtEnd(editorOf(ana), ' Quickly');
    await expect.poll(() => textOf(editorOf(bo))).toContain('Quickly');
    await ana.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => textOf(editorOf(bo))).not.toContain('Quickly');
    expect(await textOf(editorOf(ana))).toContain('Lamps fixed too');

    // The host locks the draft: read-only for everyone, with a badge saying so.
    await region(host, 'Draft resolution').getByRole('button', { name: 'Lock draft' }).click();
    await region(ana, 'Draft resolution').getByText('Locked', { exact: true }).waitFor();
    await expect.poll(() => editorOf(ana).getAttribute('contenteditable')).toBe('false');
    expect(await ana.getByRole('button', { name: 'Bullets' }).count()).toBe(0);
    await region(ana, 'Draft resolution').getByText('The host has locked the draft').waitFor();
    await screenshot(ana, 'draft-locked-phone');

    // A named version keeps the text, who saved it and when; it can be compared with the draft later.
    const hostDraft = region(host, 'Draft resolution');
    await hostDraft.getByLabel('Version name').fill('First reading');
    await hostDraft.getByRole('button', { name: 'Save version' }).click();
    const version = hostDraft.getByRole('listitem').filter({ hasText: 'First reading' });
    await version.getByText(/Saved by Chair Wang at \d/).waitFor();
    await version.getByText('- Lamps fixed too').waitFor();
    await region(ana, 'Draft resolution').getByText('First reading').waitFor();

    await hostDraft.getByRole('button', { name: 'Unlock draft' }).click();
    await expect.poll(() => editorOf(ana).getAttribute('contenteditable')).toBe('true');
    // Bo types next: his editor must have taken the unlock too, or the first keys would be dropped.
    await expect.poll(() => editorOf(bo).getAttribute('contenteditable')).toBe('true');
    // The caret at the end as the editor itself reads it: a click's late write-back would put it mid-text.
    await caretToEnd(editorOf(bo));
    // Two Enters leave the list for a new paragraph; each must land before the next key, or a busy
    // machine could type the sentence onto the list item.
    const blocks = () => editorOf(bo).locator('p, li').count();
    for (let i = 0; i < 2; i += 1) {
      const before = await blocks();
      await editorOf(bo).press('Enter');
      await expect.poll(blocks).not.toBe(before);
    }
    await editorOf(bo).pressSequentially('Funded from the maintenance fee.', { delay: 15 });
    await expect.poll(() => textOf(editorOf(host))).toContain('Funded from the maintenance fee.');
    await version.getByRole('button', { name: 'Compare with current' }).click();
    const compare = host.getByRole('region', { name: 'Version “First reading” beside the current draft' });
    await compare.locator('.compare__line--added', { hasText: 'Funded from the maintenance fee.' }).waitFor();
    await expect.poll(() => compare.locator('.compare__line--removed').allInnerTexts()).toEqual([]);
    await compare.scrollIntoViewIfNeeded();
    await screenshot(host, 'draft-host-versions');
  });

  it('shows a phone the draft without the editor, and fetches the editor when the person starts writing', async () => {
    const { links } = await createRoom(suite.server.url, 'Reading council', 'en');
    const host = await suite.page(DESKTOP);
    await hostJoins(host, withLang(links.host, 'en'), 'Chair Wang');
    await discuss(host, TOPIC);
    const hostEditor = host.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` });
    await typeAtEnd(hostEditor, 'Repair it before winter.\n');
    await host.getByRole('button', { name: 'Bullets' }).click();
    await hostEditor.pressSequentially('Gravel first', { delay: 15 });

    const phone = await suite.page(PHONE);
    const scripts: string[] = [];
    phone.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const editorChunk = (url: string) => /\/assets\/DraftEditor-[\w-]+\.js$/.test(url);
    await joinAs(phone, withLang(links.participant, 'en'), 'Ana Wu', "I'm remote");
    await draftLive(phone);
    const reader = phone.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` });
    // The text, its paragraphs and its list, from the Yjs document alone: no editor was fetched.
    await expect.poll(() => listItems(reader)).toEqual(['Gravel first']);
    expect(await textOf(reader)).toContain('Repair it before winter.');
    // The browser's own text box (a touch puts the caret, a key types) until the editor takes over.
    expect(await reader.getAttribute('contenteditable')).toBe('true');
    expect(await reader.getAttribute('aria-readonly')).toBe('false');
    expect(await phone.locator('.ProseMirror').count()).toBe(0);
    await region(phone, 'Draft resolution').getByText('Touch the text to write in it.').waitFor();
    await typeAtEnd(hostEditor, ' and sand');
    await expect.poll(() => listItems(reader)).toEqual(['Gravel first and sand']);
    expect(scripts.filter(editorChunk)).toEqual([]);
    await screenshot(phone, 'draft-reader-phone');

    // Touching the text opens the editor in its place; what the phone writes reaches the host.
    await typeAtEnd(reader, ' From the phone.');
    expect(scripts.filter(editorChunk)).toHaveLength(1);
    await expect.poll(() => textOf(hostEditor)).toContain('Gravel first and sand From the phone.');
  });

  it('keeps a phone’s edits while the connection is gone and merges them when it is back', async () => {
    const dataDir = makeDataDir();
    const own = await suite.startServer(dataDir);
    const port = Number(new URL(own.url).port);
    const { links } = await createRoom(own.url, 'Bench council', 'en');
    const host = await suite.page(DESKTOP);
    await hostJoins(host, withLang(links.host, 'en'), 'Chair Wang');
    await discuss(host, TOPIC);
    const phone = await suite.page(PHONE);
    await joinAs(phone, withLang(links.participant, 'en'), 'Ana Wu', "I'm remote");
    await draftLive(phone);
    const editor = phone.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` });
    await typeAtEnd(editor, 'Written online.');
    await expect
      .poll(() => textOf(host.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` })))
      .toContain('Written online.');

    // The signal goes: the phone keeps writing, and says its edits are kept on the device.
    await own.stop();
    await region(phone, 'Draft resolution').getByText('Draft offline: your edits are kept on this device').waitFor();
    expect(await editor.getAttribute('contenteditable')).toBe('true');
    await typeAtEnd(editor, ' Written on the bus.');
    await screenshot(phone, 'draft-offline-phone');

    // Back: the edit reaches the server and the host without anyone doing anything.
    await suite.startServer(dataDir, port);
    await expect
      .poll(() => textOf(host.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` })), { timeout: 20_000 })
      .toContain('Written online. Written on the bus.');
    await region(phone, 'Draft resolution').getByText('Draft is live').waitFor({ timeout: 20_000 });
  });
});
