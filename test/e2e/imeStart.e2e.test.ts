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
import type { Page } from 'playwright-core';
import { browserSuite } from '../support/browserSuite.js';
import { textOf, typeAtEnd } from './meetingPages.js';
import { imePhone } from './imePhone.js';

const suite = browserSuite();

type Unseen = { unseenCaret?: boolean };

/** Until `unseenCaret` is set back, the page's caret moves are not seen by the editor, nor undone by it. */
async function holdCaretMoves(page: Page) {
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
}

describe('a composition that starts before the editor has read the caret', { timeout: 120_000 }, () => {
  it('is held from its first letter and lands where the caret was put', async () => {
    const ime = await imePhone(suite, ['第五条：'], holdCaretMoves);
    const { page, editor, atServer } = ime;
    await typeAtEnd(editor, '');

    // The caret to the start of the paragraph, unseen by the editor.
    await editor.evaluate((element) => {
      const first = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode();
      if (first) window.getSelection()?.collapse(first, 0);
      (window as Unseen).unseenCaret = true;
    });
    const seen: string[] = [];
    for (const step of ['t', 'ti', 'ting', 'tingche']) {
      await ime.step(step);
      // Someone else writes at the end meanwhile.
      if (step === 'ti') await ime.writeBeside();
      seen.push(atServer());
    }
    await page.evaluate(() => ((window as Unseen).unseenCaret = false));
    await ime.commit('停车');

    await expect.poll(atServer).toBe('停车第五条：。');
    await expect.poll(() => textOf(editor)).toBe('停车第五条：。');
    // Never a letter of pinyin on the server while the word was composed.
    expect(seen.filter((text) => /[a-z]/.test(text))).toEqual([]);
    ime.close();
  });
});
