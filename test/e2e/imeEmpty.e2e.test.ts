/**
 * A composition in an empty paragraph (the one Enter has just made) while someone else writes
 * elsewhere in the draft. Yjs keeps an empty paragraph as an element with no text in it, so the
 * caret the guard keeps for the composition's start points at the element, not into a text; the
 * guard used to give the composed word up there ("theirs win") and the word was lost.
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

describe('a composition in an empty paragraph', { timeout: 120_000 }, () => {
  it('keeps the composed word beside a change made elsewhere meanwhile', async () => {
    const { room, host, itemId, other } = await roomWithDraft(
      suite.url,
      'Willow Lane council',
      TOPIC,
      ['第五条：'],
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
    // A new, empty paragraph at the end, the caret in it.
    await typeAtEnd(editor, '\n');
    const atServer = () => paragraphs(other.draft(itemId));
    await expect.poll(atServer).toBe('第五条：\n');

    const cdp = await page.context().newCDPSession(page);
    for (const step of ['t', 'ti', 'ting', 'tingche']) {
      await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
      if (step === 'ti') {
        // Someone else writes at the end of the first paragraph meanwhile.
        ((other.draft(itemId).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(4, '。');
        await roundTrip(other);
        await expect.poll(() => marksReceived).toBeGreaterThan(0);
      }
    }
    await cdp.send('Input.insertText', { text: '停车' });

    await expect.poll(atServer).toBe('第五条：。\n停车');
    await expect.poll(() => textOf(editor)).toBe('第五条：。停车');
    other.destroy();
    host.close();
  });
});
