/**
 * A composition whose first letter is the letter right after the caret ("c" typed before a "c"),
 * while someone else writes elsewhere in the draft. From the documents alone the first change reads
 * as well as a "c" put after the old one: the guard took the composition to start there, the
 * composed word then did not read as an insert at that place, and the guard gave it up.
 *
 * That the other's change has reached the phone before the word is committed is made certain, not
 * waited for: the test waits for the draft socket's frame that carries it.
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { PHONE } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { roomWithDraft } from '../support/draftSuite.js';
import { paragraphs, roundTrip } from '../support/draftClients.js';
import { draftLive, joinAs, textOf, typeAtEnd, withLang } from './meetingPages.js';

const suite = browserSuite();
const TOPIC = 'Fire lane';
const MARK = Buffer.from('。');

describe('a composition whose first letter is the one after the caret', { timeout: 120_000 }, () => {
  it('lands where the caret was, beside a change made elsewhere meanwhile', async () => {
    const { room, host, itemId, other } = await roomWithDraft(
      suite.url,
      'Willow Lane council',
      TOPIC,
      ['第五条：', '限速c'],
      'zh-CN',
    );
    const page = await suite.page(PHONE);
    let marksReceived = 0;
    page.on('websocket', (socket) => {
      if (!socket.url().includes('/yjs')) return;
      socket.on('framereceived', ({ payload }) => {
        if (typeof payload !== 'string' && payload.includes(MARK)) marksReceived += 1;
      });
    });
    await joinAs(page, withLang(room.links.participant, 'en'), 'Ana Wu', "I'm remote");
    await draftLive(page);
    const editor = page.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` });
    // The caret before the last letter.
    await typeAtEnd(editor, '');
    await editor.press('ArrowLeft');
    const atServer = () => paragraphs(other.draft(itemId));

    const cdp = await page.context().newCDPSession(page);
    for (const step of ['c', 'ch', 'cha', 'chang']) {
      await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
      if (step === 'ch') {
        // Someone else writes at the end of the first paragraph meanwhile.
        ((other.draft(itemId).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(4, '。');
        await roundTrip(other);
        await expect.poll(() => marksReceived).toBeGreaterThan(0);
      }
    }
    await cdp.send('Input.insertText', { text: '长' });

    await expect.poll(atServer).toBe('第五条：。\n限速长c');
    await expect.poll(() => textOf(editor)).toBe('第五条：。限速长c');
    other.destroy();
    host.close();
  });
});
