/**
 * A phone composing pinyin in a zh-CN room's draft, through the DevTools protocol's IME events (as
 * an input method does), beside someone else (a Node client) who writes in the same draft while it
 * composes. For the IME guard's browser tests (client/src/room/draft/compositionGuard.ts).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type * as Y from 'yjs';
import { PHONE } from '../support/browser.js';
import type { BrowserSuite } from '../support/browserSuite.js';
import { roomWithDraft } from '../support/draftSuite.js';
import { paragraphs, roundTrip } from '../support/draftClients.js';
import { draftLive, joinAs, withLang } from './meetingPages.js';

export const IME_TOPIC = 'Fire lane';
/** What the other writes: a full stop at the end of the first paragraph's '第五条：'. */
const MARK = '。';

/**
 * The room with `lines` in the draft, the phone in it with the editor live. `prepare` runs on the
 * page before it opens the room (an init script).
 */
export async function imePhone(suite: BrowserSuite, lines: string[], prepare?: (page: Page) => Promise<void>) {
  const { room, host, itemId, other } = await roomWithDraft(
    suite.url,
    'Willow Lane council',
    IME_TOPIC,
    lines,
    'zh-CN',
  );
  const page = await suite.page(PHONE);
  await prepare?.(page);
  // The draft socket's frames that carry the other's mark: the phone has it, made certain, not waited for.
  let marksReceived = 0;
  const mark = Buffer.from(MARK);
  page.on('websocket', (socket) => {
    if (!socket.url().includes('/yjs')) return;
    socket.on('framereceived', ({ payload }) => {
      if (typeof payload !== 'string' && payload.includes(mark)) marksReceived += 1;
    });
  });
  await joinAs(page, withLang(room.links.participant, 'en'), 'Ana Wu', "I'm remote");
  await draftLive(page);
  const editor = page.getByRole('textbox', { name: `Draft resolution: ${IME_TOPIC}` });
  const cdp = await page.context().newCDPSession(page);
  return {
    page,
    editor,
    /** The draft's paragraphs as the server has them, one per line. */
    atServer: () => paragraphs(other.draft(itemId)),
    /** One step of the composition: the pinyin so far. */
    step: (text: string) =>
      cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length }),
    /** Commits the composition with the chosen word. */
    commit: (word: string) => cdp.send('Input.insertText', { text: word }),
    /** The other writes '。' at the end of the first paragraph ('第五条：'), and the phone has it. */
    async writeBeside() {
      ((other.draft(itemId).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(4, MARK);
      await roundTrip(other);
      await expect.poll(() => marksReceived).toBeGreaterThan(0);
    },
    close() {
      other.destroy();
      host.close();
    },
  };
}
