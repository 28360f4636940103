/**
 * Issue 25: text typed in the draft's reader while the editor cannot come (its file or the draft's
 * connection blocked, as on a weak signal) outlives a reload. The phone keeps it on the device and,
 * once the draft and the editor are there, puts it where it was typed; it reaches the draft once (not
 * again after a further reload) and the device forgets it when the server has it.
 */
import type { Page, WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { paragraphs } from '../support/draftClients.js';
import { roomWithDraft } from '../support/draftSuite.js';
import { draftLive, joinAs, region, textOf, withLang } from './meetingPages.js';

const suite = browserSuite();
const TOPIC = 'Bicycle racks';
const FIRST = 'go by the north gate.';
const SECOND = 'Bikes stay outside the hall.';
const EDITOR_FILE = /\/assets\/DraftEditor-[\w-]+\.js$/;

async function setUp() {
  const { room, host, itemId, other } = await roomWithDraft(suite.url, 'Willow Lane council', TOPIC, [FIRST, SECOND]);
  // No service worker: its cache would answer the editor's file past the block.
  const phone = await suite.page({ ...PHONE, serviceWorkers: 'block' });
  const block = { editor: true, draft: false };
  await phone.route(EDITOR_FILE, (route) => (block.editor ? route.abort() : route.continue()));
  const draftSockets: WebSocketRoute[] = [];
  await phone.routeWebSocket(/\/yjs\//, (ws) => {
    if (block.draft) return void ws.close();
    ws.connectToServer();
    draftSockets.push(ws);
  });
  await joinAs(phone, withLang(room.links.participant, 'en'), 'Ana Wu', "I'm remote");
  await draftLive(phone);
  const cutDraft = async () => {
    block.draft = true;
    for (const ws of draftSockets.splice(0)) await ws.close();
    await region(phone, 'Draft resolution').getByText('Draft offline', { exact: false }).waitFor();
  };
  const done = () => {
    other.destroy();
    host.close();
  };
  return { phone, block, cutDraft, draft: () => paragraphs(other.draft(itemId)), done };
}

/** Touches a paragraph of the reader at its start or its end, as a finger would. */
async function touch(phone: Page, index: number, where: 'start' | 'end') {
  const paragraph = phone.locator('.draft__text--reader p').nth(index);
  await paragraph.scrollIntoViewIfNeeded();
  const box = (await paragraph.boundingBox())!;
  await phone.touchscreen.tap(where === 'start' ? box.x + 1 : box.x + box.width - 2, box.y + box.height / 2);
}

const reader = (phone: Page) => phone.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` });
const notLoaded = (phone: Page) =>
  region(phone, 'Draft resolution').getByText('The editor could not be loaded', { exact: false }).waitFor();
/** The topics' typing the phone keeps on the device (readerKeep.ts). */
const keptOnDevice = (phone: Page) =>
  phone.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('dr-reader:')).length);

describe('text typed in the reader outlives a reload', { timeout: 180_000 }, () => {
  it('in a later paragraph, while the editor’s file cannot be fetched', async () => {
    const { phone, block, draft, done } = await setUp();
    await touch(phone, 1, 'end');
    await phone.keyboard.type(' Kept.');
    await notLoaded(phone);
    expect(await draft()).toBe(`${FIRST}\n${SECOND}`);

    // Reloaded with the signal back: the text comes back where it was typed, and into the draft.
    block.editor = false;
    await phone.reload();
    await draftLive(phone);
    const expected = `${FIRST}\n${SECOND} Kept.`;
    await expect.poll(draft, { timeout: 20_000 }).toBe(expected);
    await expect.poll(() => keptOnDevice(phone)).toBe(0);

    // Once: a further reload adds nothing.
    await phone.reload();
    await draftLive(phone);
    await expect.poll(() => textOf(reader(phone))).toBe(`${FIRST}${SECOND} Kept.`);
    expect(await draft()).toBe(expected);
    done();
  });

  it('in the first paragraph, with the draft’s connection gone too, across two reloads', async () => {
    const { phone, block, cutDraft, draft, done } = await setUp();
    await cutDraft();
    await touch(phone, 0, 'start');
    await phone.keyboard.type('Racks ');
    await notLoaded(phone);
    expect(await keptOnDevice(phone)).toBe(1);

    // A reload with no draft connection: the text stays kept on the device.
    await phone.reload();
    await region(phone, 'Draft resolution').getByText('Opening the draft…').waitFor();
    expect(await keptOnDevice(phone)).toBe(1);
    expect(await draft()).toBe(`${FIRST}\n${SECOND}`);

    // The signal comes back: no touch needed, the text is put where it was typed.
    block.draft = false;
    block.editor = false;
    const expected = `Racks ${FIRST}\n${SECOND}`;
    await expect.poll(draft, { timeout: 30_000 }).toBe(expected);
    await expect.poll(() => keptOnDevice(phone)).toBe(0);
    await phone.reload();
    await draftLive(phone);
    await expect.poll(() => textOf(reader(phone))).toBe(`Racks ${FIRST}${SECOND}`);
    expect(await draft()).toBe(expected);
    done();
  });
});
