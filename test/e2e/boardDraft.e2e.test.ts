/**
 * The projector board shows the draft under discussion from its reader (the Yjs document alone),
 * before its editor has loaded and without it: on a busy machine the board's editor (Tiptap and
 * ProseMirror, ~430 KB) can take longer to come than a test or a hall will wait. The reader used to
 * miss a first sync that landed between its first render and its subscription (a frame later under
 * Preact), and then showed an empty draft until the next change or the editor: consensus.e2e's
 * board waited for the draft's text in vain (2026-12-07; docs/development.md, "Things that bit us").
 * Here the editor's file is refused and every frame comes 300 ms late, which widens that gap; on
 * the build before the fix the board stayed empty for 10 s in 3 runs of 8.
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { browserSuite } from '../support/browserSuite.js';
import { roomWithDraft } from '../support/draftSuite.js';
import { appendParagraph, roundTrip } from '../support/draftClients.js';
import { boardLink, region, withLang } from './meetingPages.js';

const suite = browserSuite();
const TEXT = 'The village repairs the courtyard path before winter.';
/** Each run is a fresh board on a fresh room: the race is in the first sync. */
const RUNS = 3;

/** A board page whose editor never comes and whose frames are late (the gap before effects widened). */
async function slowBoard(): Promise<Page> {
  const board = await suite.page({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
  await board.route(/\/assets\/DraftEditor-[\w-]+\.js$/, (route) => route.abort());
  await board.addInitScript(() => {
    const page = globalThis as unknown as {
      requestAnimationFrame(callback: (time: number) => void): number;
      performance: { now(): number };
    };
    const frame = page.requestAnimationFrame.bind(page);
    page.requestAnimationFrame = (callback) => frame(() => setTimeout(() => callback(page.performance.now()), 300));
  });
  return board;
}

describe('the board’s draft', { timeout: 180_000 }, () => {
  it('shows the synced text from its reader, without its editor, and follows a change', async () => {
    for (let run = 0; run < RUNS; run += 1) {
      const { room, host, itemId, other } = await roomWithDraft(suite.url, 'Willow Lane council', 'Courtyard path', [
        TEXT,
      ]);
      const board = await slowBoard();
      await board.goto(withLang(boardLink(room.links.host), 'en'));
      const reader = board.getByRole('textbox', { name: 'Draft resolution: Courtyard path' });
      // The page up (a first load waits for the app and its connection), then the draft in step
      // with the server: from then on its text must show, and without the fix it never did.
      await reader.waitFor({ timeout: 20_000 });
      await region(board, 'Draft resolution').getByText('Opening the draft…').waitFor({ state: 'detached' });
      await reader.getByText(TEXT).waitFor();
      appendParagraph(other.draft(itemId), 'Lamps too.');
      await roundTrip(other);
      await reader.getByText('Lamps too.').waitFor();
      other.destroy();
      host.close();
      await board.context().close();
    }
  });
});
