/**
 * What the person typed in the reader, kept on the device until the draft has it (issue 25): the
 * editor may not come at all (no signal for its file, no draft connection), and a reload would
 * otherwise lose the text. Each paragraph they changed is kept in localStorage, per room and topic,
 * as its text when the reader froze and its text now, with where the caret was. When the reader
 * shows that topic again, with the draft's text in it, the kept text is put back into it where it
 * was typed, so the handover (readerHandover.ts) applies it as anything typed there; once the
 * server has it (readerAck.ts) the kept copy is forgotten. Here and not in the editor's file: this
 * must work when that file cannot be fetched.
 */

const BLOCK = 'p,h2,h3';
/** The handover's marks for Enter and Shift+Enter (typed in the reader as characters). */
export const PARAGRAPH_MARK = '\u2029';
export const BREAK_MARK = '\u2028';

/** One paragraph's change: its text when the reader froze, and after the person's typing. */
export interface KeptBlock {
  /** Its place among the reader's paragraphs and headings. */
  block: number;
  before: string;
  after: string;
}

/** Where the caret was: a paragraph and an offset in its text as the reader has it now. */
export interface Caret {
  block: number;
  offset: number;
  text: string;
}

export interface Kept {
  blocks: KeptBlock[];
  caret: Caret | null;
}

/** One edit inside a paragraph's text: `before.slice(from, to)` became `text`. */
export interface TextEdit {
  before: string;
  from: number;
  to: number;
  text: string;
}

export const keptKey = (roomId: string, itemId: string) => `dr-reader:${roomId}:${itemId}`;

export const blocksOf = (element: Element) => [...element.querySelectorAll(BLOCK)];

/** A paragraph's text with a line break as BREAK_MARK; a last `<br>` only holds an empty line open. */
export function textOf(node: Node): string {
  let text = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) text += (n as Text).data;
    else if (n.nodeName === 'BR') text += BREAK_MARK;
    else n.childNodes.forEach(walk);
  };
  walk(node);
  return text.endsWith(BREAK_MARK) ? text.slice(0, -1) : text;
}

/** The one edit that turns `before` into `after` (the common start and end kept). */
export function editOf(before: string, after: string): TextEdit {
  let from = 0;
  while (from < before.length && before[from] === after[from]) from += 1;
  let tail = 0;
  while (
    tail < before.length - from &&
    tail < after.length - from &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail += 1;
  return { before, from, to: before.length - tail, text: after.slice(from, after.length - tail) };
}

/** Where an edit goes in a paragraph's text now: as typed, or by the text after it if someone changed what was before. */
export function placeEdit(edit: TextEdit, now: string): [number, number] {
  if (now === edit.before || now.startsWith(edit.before.slice(0, edit.from))) return [edit.from, edit.to];
  const after = edit.before.length - edit.to;
  if (now.endsWith(edit.before.slice(edit.to)))
    return [Math.max(0, now.length - after - (edit.to - edit.from)), now.length - after];
  return [now.length, now.length];
}

/** Where the page's caret is among `blocks`, when it is inside `element`. */
export function caretIn(element: HTMLElement, blocks: Element[]): Caret | null {
  const selection = element.ownerDocument.getSelection();
  if (!selection?.rangeCount || !element.contains(selection.focusNode)) return null;
  const block = blocks.findIndex((b) => b.contains(selection.focusNode));
  if (block < 0) return null;
  const range = element.ownerDocument.createRange();
  range.setStart(blocks[block]!, 0);
  range.setEnd(selection.focusNode!, selection.focusOffset);
  return { block, offset: textOf(range.cloneContents()).length, text: textOf(blocks[block]!) };
}

/** Keeps what was typed in the reader since it froze (`shown`), or forgets it when nothing is left. */
export function keepTyped(key: string, element: HTMLElement, shown: Node): void {
  const now = blocksOf(element);
  const then = blocksOf(shown as Element);
  if (now.length !== then.length) return; // the reader lets no edit across paragraphs through
  const blocks = now.flatMap((block, index) => {
    const before = textOf(then[index]!);
    const after = textOf(block);
    return before === after ? [] : [{ block: index, before, after }];
  });
  try {
    if (blocks.length) localStorage.setItem(key, JSON.stringify({ blocks, caret: caretIn(element, now) }));
    else localStorage.removeItem(key);
  } catch {
    // Storage full or disabled: the text still lasts as long as this page.
  }
}

export function readKept(key: string): Kept | null {
  try {
    const kept = JSON.parse(localStorage.getItem(key) ?? 'null') as Kept | null;
    return kept && Array.isArray(kept.blocks) ? kept : null;
  } catch {
    return null;
  }
}

export function forgetKept(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing kept
  }
}

/**
 * Puts kept text back into a frozen reader, each paragraph's where it was typed (found by its place,
 * or by its text if paragraphs moved), and the caret where it was. An edit the draft already holds
 * (it reached the server before the kept copy was forgotten) is not put back twice.
 */
export function replayKept(kept: Kept, element: HTMLElement): void {
  const blocks = blocksOf(element);
  for (const { block, before, after } of kept.blocks) {
    const near =
      blocks[block] && textOf(blocks[block]) === before ? block : blocks.findIndex((b) => textOf(b) === before);
    const at = near >= 0 ? near : block;
    const target = blocks[at];
    if (!target) continue;
    const now = textOf(target);
    const edit = editOf(before, after);
    const head = before.slice(0, edit.from);
    const tail = before.slice(edit.to);
    if (now === after || (edit.text && (now.startsWith(head + edit.text) || now.endsWith(edit.text + tail)))) continue;
    const [from, to] = placeEdit(edit, now);
    target.replaceChildren(now.slice(0, from) + edit.text + now.slice(to));
  }
  const { caret } = kept;
  const target = caret && blocks[caret.block];
  if (!caret || !target?.firstChild || target.firstChild.nodeType !== 3) return;
  const text = target.firstChild as Text;
  element.ownerDocument.getSelection()?.collapse(text, Math.min(caret.offset, text.length));
}
