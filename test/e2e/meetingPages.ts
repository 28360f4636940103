/** Small browser steps the browser tests share: links, regions, joining, proposing and discussing a topic. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A room link with `?lang=` put before its `#t=` token. */
export const withLang = (link: string, lang: string) => link.replace('#', `?lang=${lang}#`);
/** The same link's token, opened as the projector board. */
export const boardLink = (link: string) => link.replace('/r/', '/board/');
export const region = (scope: Page | Locator, name: string) => scope.getByRole('region', { name, exact: true });

/** Opens a participant link and joins by name. */
export async function joinAs(page: Page, link: string, name: string, where: string, joinLabel = 'Your name') {
  await page.goto(link);
  // The first screen waits for the app and its connection: give a busy machine time.
  await page.getByLabel(joinLabel).waitFor({ timeout: 20_000 });
  await page.getByLabel(joinLabel).fill(name);
  await page.getByRole('button', { name: where }).click();
}

/** The console's words in Chinese: for joining (`hostJoins`), and for proposing and discussing a topic (`discuss`). */
export const ZH = {
  join: { join: '填写姓名加入', name: '您的姓名', inRoom: '我在现场' },
  discuss: { topic: '议题名称', propose: '提出议题', now: '开始讨论' },
};

/** Opens the host link and joins the console by name. */
export async function hostJoins(
  page: Page,
  link: string,
  name: string,
  labels = { join: 'Join with my name', name: 'Your name', inRoom: "I'm in the room" },
) {
  await page.goto(link);
  await page.getByRole('button', { name: labels.join }).waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: labels.join }).click();
  await page.getByLabel(labels.name).fill(name);
  await page.getByRole('button', { name: labels.inRoom }).click();
  // Joined: the console names its convener.
  await page.getByText(name).first().waitFor();
}

/** The host proposes a topic and takes it up at once. */
export async function discuss(
  host: Page,
  title: string,
  labels = { topic: 'Topic', propose: 'Propose topic', now: 'Discuss now' },
) {
  await host.getByLabel(labels.topic, { exact: true }).fill(title);
  await host.getByRole('button', { name: labels.propose }).click();
  await host.getByRole('listitem').filter({ hasText: title }).getByRole('button', { name: labels.now }).click();
}

/** Types at the end of a draft editor, as a person would after clicking into it (`caretToEnd`); `\n` presses Enter. */
export async function typeAtEnd(editor: Locator, text: string) {
  await caretToEnd(editor);
  for (const [index, line] of text.split('\n').entries()) {
    if (index > 0) await editor.press('Enter');
    if (line) await editor.pressSequentially(line, { delay: 15 });
  }
}

/**
 * Clicks into a draft editor and puts the caret at the end of its text, as `typeAtEnd` types there.
 * The first click on a page opens the editor in place of the read-only text: wait until it can type.
 */
export async function caretToEnd(editor: Locator) {
  await editor.click();
  await editor.and(editor.page().locator('.ProseMirror[contenteditable="true"]')).waitFor();
  // ProseMirror writes the click's selection back to the page a moment after the mouse is up (later
  // still on a busy machine); landing after Control+End, before the editor had read the key's move,
  // it put the caret back where the click was, and the text went there (draftCap.e2e, 2026-12-07).
  // So the key is pressed until the editor's own selection is at the end (pressed again, it moves
  // nothing), and only then is anything typed.
  await expect
    .poll(async () => {
      await editor.press('Control+End');
      return caretAtEnd(editor);
    })
    .toBe(true);
}

/** The little of a Tiptap editor `caretAtEnd` reads (the editor's element holds it as `editor`). */
interface PmNode {
  isTextblock: boolean;
  content: { size: number };
  descendants(visit: (node: PmNode) => boolean | void): void;
}
interface EditorElement {
  editor?: { state: { doc: PmNode; selection: { empty: boolean; $head: { parent: PmNode; parentOffset: number } } } };
}

/** Whether the editor's own selection (not only the page's) is a caret at the end of its last paragraph. */
function caretAtEnd(editor: Locator): Promise<boolean> {
  return editor.evaluate((element) => {
    const state = (element as unknown as EditorElement).editor?.state;
    if (!state) return false;
    let last = null as PmNode | null;
    state.doc.descendants((node) => {
      if (node.isTextblock) last = node;
    });
    const { empty, $head } = state.selection;
    return empty && $head.parent === last && $head.parentOffset === $head.parent.content.size;
  });
}

/** The little of the DOM the two functions below use (this package is typed without the DOM library). */
interface DomNode {
  cloneNode(deep: boolean): DomNode;
  querySelectorAll(selector: string): ArrayLike<DomNode & { remove(): void }>;
  textContent: string | null;
}

/** An editor's text as a reader sees it, without the name labels of other people's cursors. */
export function textOf(editor: Locator): Promise<string> {
  return editor.evaluate((element) => {
    const copy = (element as unknown as DomNode).cloneNode(true);
    for (const caret of Array.from(copy.querySelectorAll('.collaboration-carets__caret'))) caret.remove();
    return copy.textContent ?? '';
  });
}

/** The texts of an editor's bullet points, without cursor labels. */
export function listItems(editor: Locator): Promise<string[]> {
  return editor.evaluate((element) =>
    Array.from((element as unknown as DomNode).querySelectorAll('ul > li')).map((li) => {
      const copy = li.cloneNode(true);
      for (const caret of Array.from(copy.querySelectorAll('.collaboration-carets__caret'))) caret.remove();
      return copy.textContent ?? '';
    }),
  );
}

/** The little of the room copy a page keeps on its device (client/src/live/savedRoom.ts) that tests read. */
export interface SavedCopy {
  state: { members: Record<string, unknown>; queue: { memberId: string }[] };
}

/**
 * The room copy `page` saved on its device (`dr:room:<roomId>`), or null before the first save. A
 * test that reloads into the copy waits for the copy to hold what it expects (it is written a
 * moment after each change, later still on a busy machine), not for a fixed time.
 */
export function savedCopy(page: Page, roomId: string): Promise<SavedCopy | null> {
  return page.evaluate((key) => {
    const storage = (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage;
    return JSON.parse(storage.getItem(key) ?? 'null') as SavedCopy | null;
  }, `dr:room:${roomId}`);
}

/** Waits until a page's draft is open and in step with the server (slow machines load the editor late). */
export async function draftLive(page: Page) {
  await region(page, 'Draft resolution').getByText('Draft is live').waitFor({ timeout: 20_000 });
}
