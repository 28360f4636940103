/**
 * A composition while someone else writes elsewhere in the draft, in the places where the IME guard
 * used to give the composed word up ("theirs win") and the word was lost (2026-12-08):
 * - in an empty paragraph (the one Enter has just made): Yjs keeps it as an element with no text
 *   in it, so the guard's start caret pointed at the element, not into a text;
 * - over a selection (the person selects a word and types another over it): the composition's first
 *   change deletes the selection as well as inserting, and the guard expected an insert at a caret;
 * - when its first letter is the one right after the caret ("c" typed before a "c"): from the
 *   documents alone the first change reads as well as a "c" put after the old one, and the guard
 *   took the composition to start there.
 * That the other's change has reached the phone before the word is committed is made certain: the
 * test waits for the draft socket's frame that carries it.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/browserSuite.js';
import { textOf, typeAtEnd } from './meetingPages.js';
import { imePhone } from './imePhone.js';

const suite = browserSuite();

interface Case {
  name: string;
  lines: string[];
  /** Puts the caret (or the selection) where the person composes; `atServer` for a check. */
  place(editor: Locator, page: Page, atServer: () => string): Promise<void>;
  steps: string[];
  word: string;
  /** The draft at the end, on the server (paragraphs by line) and in the editor. */
  expected: string;
}

const CASES: Case[] = [
  {
    name: 'keeps the composed word in an empty paragraph',
    lines: ['第五条：'],
    async place(editor, _page, atServer) {
      // A new, empty paragraph at the end, the caret in it.
      await typeAtEnd(editor, '\n');
      await expect.poll(atServer).toBe('第五条：\n');
    },
    steps: ['t', 'ti', 'ting', 'tingche'],
    word: '停车',
    expected: '第五条：。\n停车',
  },
  {
    name: 'replaces a selection with the composed word',
    lines: ['第五条：', '附则'],
    async place(editor, page) {
      // The second paragraph selected.
      await typeAtEnd(editor, '');
      await editor.press('Shift+Home');
      await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('附则');
    },
    steps: ['t', 'ti', 'ting', 'tingche'],
    word: '停车',
    expected: '第五条：。\n停车',
  },
  {
    name: 'lands where the caret was when the first letter is the one after it',
    lines: ['第五条：', '限速c'],
    async place(editor) {
      // The caret before the last letter.
      await typeAtEnd(editor, '');
      await editor.press('ArrowLeft');
    },
    steps: ['c', 'ch', 'cha', 'chang'],
    word: '长',
    expected: '第五条：。\n限速长c',
  },
];

describe('a composition beside a change made elsewhere meanwhile', { timeout: 120_000 }, () => {
  for (const { name, lines, place, steps, word, expected } of CASES) {
    it(name, async () => {
      const ime = await imePhone(suite, lines);
      await place(ime.editor, ime.page, ime.atServer);
      for (const [index, step] of steps.entries()) {
        await ime.step(step);
        // Someone else writes at the end of the first paragraph after the second step.
        if (index === 1) await ime.writeBeside();
      }
      await ime.commit(word);

      await expect.poll(ime.atServer).toBe(expected);
      await expect.poll(() => textOf(ime.editor)).toBe(expected.replace('\n', ''));
      ime.close();
    });
  }
});
