/**
 * Issue 25 §2, the start of a composition: on a busy phone the person moves the caret and the input
 * method starts composing before the editor has read the move (the browser's `selectionchange` has
 * not been handled yet). ProseMirror reads the move as the composition starts; the guard must hold
 * from there all the same: the server never sees the pinyin, someone else's change made meanwhile is
 * kept once, and the composed word lands where the caret was put.
 *
 * The delay is made certain, not left to the machine's load: until the test lets go, the page's
 * `selectionchange` events are stopped before the editor's listener sees them, and the editor cannot
 * put its own (older) caret back into the page meanwhile (as any re-render would, here a named caret
 * moving).
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

type Unseen = { unseenCaret?: boolean };

describe('a composition that starts before the editor has read the caret', { timeout: 120_000 }, () => {
  it('is held from its first letter and lands where the caret was put', async () => {
    const { room, host, itemId, other } = await roomWithDraft(
      suite.url,
      'Willow Lane council',
      TOPIC,
      ['第五条：'],
      'zh-CN',
    );
    const page = await suite.page(PHONE);
    await page.addInitScript(() => {
      const stop = (event: Event) => {
        if ((window as Unseen).unseenCaret) event.stopImmediatePropagation();
      };
      document.addEventListener('selectionchange', stop, true);
      for (const name of ['collapse', 'setBaseAndExtent', 'addRange', 'removeAllRanges', 'extend'] as const) {
        const original = Selection.prototype[name] as (...args: unknown[]) => void;
        Object.defineProperty(Selection.prototype, name, {
          value(this: Selection, ...args: unknown[]) {
            if (!(window as Unseen).unseenCaret) original.apply(this, args);
          },
        });
      }
    });
    await joinAs(page, withLang(room.links.participant, 'en'), 'Ana Wu', "I'm remote");
    await draftLive(page);
    const editor = page.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` });
    await typeAtEnd(editor, '');

    // The caret to the start of the paragraph, unseen by the editor.
    await editor.evaluate((element) => {
      const first = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode();
      if (first) window.getSelection()?.collapse(first, 0);
      (window as Unseen).unseenCaret = true;
    });
    const cdp = await page.context().newCDPSession(page);
    const atServer = () => paragraphs(other.draft(itemId));
    const seen: string[] = [];
    for (const step of ['t', 'ti', 'ting', 'tingche']) {
      await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
      if (step === 'ti') {
        // Someone else writes at the end meanwhile.
        ((other.draft(itemId).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(4, '。');
        await roundTrip(other);
      }
      seen.push(atServer());
    }
    await page.evaluate(() => ((window as Unseen).unseenCaret = false));
    await cdp.send('Input.insertText', { text: '停车' });

    await expect.poll(atServer).toBe('停车第五条：。');
    await expect.poll(() => textOf(editor)).toBe('停车第五条：。');
    // Never a letter of pinyin on the server while the word was composed.
    expect(seen.filter((text) => /[a-z]/.test(text))).toEqual([]);
    other.destroy();
    host.close();
  });
});
