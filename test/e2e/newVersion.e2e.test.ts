/**
 * Issue 25 §4 with two real builds served in turn: a phone opens the room on the old build, the
 * server comes back with a new one (the same sources built unminified: every file has another name,
 * as after a real deploy), and the old tab asks for a lazy file that is gone (404). It does not show
 * an empty panel: with nothing waiting it reloads into the new version at once, still in the room;
 * while the person is typing it offers the reload, and reloads when asked.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CLIENT_DIST } from '@dr/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok, activeItem } from '../support/clients.js';
import { makeDataDir } from '../support/testServer.js';
import { draftLive, joinAs, withLang } from './meetingPages.js';

const suite = browserSuite({ server: false });
const dirs = mkdtempSync(path.join(tmpdir(), 'dr-versions-'));
const OLD = path.join(dirs, 'old');
const NEW = path.join(dirs, 'new');

beforeAll(() => {
  cpSync(CLIENT_DIST, OLD, { recursive: true });
  execFileSync('npx', ['vite', 'build', '--minify', 'false', '--outDir', NEW, '--emptyOutDir'], {
    cwd: path.resolve(CLIENT_DIST, '..'),
    stdio: 'ignore',
  });
}, 300_000);
afterAll(() => rmSync(dirs, { recursive: true, force: true }));

/** The app's entry script, as the page names it: which build the tab runs. */
const entryOf = (page: Page) =>
  page.evaluate(() => {
    const dom = globalThis as unknown as {
      document: { querySelector(s: string): { getAttribute(a: string): string } | null };
    };
    return dom.document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? '';
  });

/** A phone in a room on the old build; then the server comes back with the new one. */
async function deployed(topicBefore: string | null) {
  const dataDir = makeDataDir();
  const before = await suite.startServer(dataDir, 0, { clientDist: OLD });
  const port = Number(new URL(before.url).port);
  const room = await createRoom(before.url, 'Quay council', 'en');
  // No service worker: the old tab's files come from the server alone, as on a first visit.
  const phone = await suite.page({ ...PHONE, serviceWorkers: 'block' });
  await joinAs(phone, withLang(room.links.participant, 'en'), 'Ana Wu', "I'm remote");
  await phone.getByRole('button', { name: 'Raise hand' }).waitFor();
  if (topicBefore) {
    const chair = await connect(before.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
    await ok(chair, {
      type: 'agenda.activate',
      itemId: (await ok(chair, { type: 'agenda.propose', title: topicBefore }))!,
    });
    await draftLive(phone);
    chair.close();
  }
  const oldEntry = await entryOf(phone);
  await before.stop();
  const after = await suite.startServer(dataDir, port, { clientDist: NEW });
  const host = await connect(after.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
  return { phone, oldEntry, host };
}

describe('a new version deployed under an open phone', { timeout: 600_000 }, () => {
  it('reloads into the new version at once when a lazy file is gone and nothing waits', async () => {
    const { phone, oldEntry, host } = await deployed(null);
    // The host takes up a topic: the old tab needs the draft's panel, a lazy file the new build lacks.
    await activeItem(host, 'Ferry times');
    await expect.poll(() => entryOf(phone), { timeout: 60_000 }).not.toBe(oldEntry);
    // In the room still, on the new build, with the draft's panel.
    await draftLive(phone);
    await phone.getByRole('button', { name: 'Raise hand' }).waitFor();
    host.close();
  });

  it('offers the reload while the person is typing, and reloads when asked', async () => {
    const { phone, oldEntry, host } = await deployed('Bench paint');
    // The panel came with the old build; the editor was never fetched, and now it is gone.
    await phone.getByRole('textbox', { name: 'Draft resolution: Bench paint' }).click();
    await phone.keyboard.type('Green');
    await phone.getByText('A newer version of the app is available.').waitFor({ timeout: 60_000 });
    expect(await entryOf(phone)).toBe(oldEntry);
    await phone.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => entryOf(phone), { timeout: 60_000 }).not.toBe(oldEntry);
    await phone.getByRole('button', { name: 'Raise hand' }).waitFor({ timeout: 30_000 });
    host.close();
  });
});
