/**
 * From the reader to the editor (issue 25): what the person typed in the reader while the editor was
 * on its way is applied in the editor where they typed it, and the caret lands where it was.
 *
 * The reader froze when it was focused (DraftReader) and kept a copy of what it showed then; the
 * handover compares each paragraph's text then and now (the edits inside a paragraph, the only ones
 * the reader lets through) and replays the difference through the editor, so it reaches the draft
 * as the person's own edit (undoable, refused by the server as any edit would be). A paragraph that
 * someone else changed meanwhile is matched by the text before or after the edit. Enter and a line
 * break were typed as marks (PARAGRAPH_MARK, BREAK_MARK) and become a new paragraph and a line break.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { ReaderState } from './DraftReader';
import {
  BREAK_MARK,
  blocksOf,
  caretIn,
  editOf,
  PARAGRAPH_MARK,
  placeEdit,
  textOf,
  type Caret,
  type TextEdit,
} from './readerKeep';

/** One paragraph's edit: `before.slice(from, to)` became `text`. */
interface BlockEdit extends TextEdit {
  block: number;
}

export interface Handover {
  blocks: Y.XmlElement[];
  edits: BlockEdit[];
  /** Where the caret was: a paragraph and an offset in its text as the reader has it now. */
  caret: Caret | null;
  /** Set once the edits are in the draft: an editor made again (Tiptap may) only puts the caret back. */
  applied?: boolean;
}

/** Reads what the person did in the reader, just before the editor replaces it. */
export function captureReader(element: HTMLElement, frozen: NonNullable<ReaderState['frozen']>): Handover {
  const now = blocksOf(element);
  const then = blocksOf(frozen.shown as Element);
  const edits: BlockEdit[] = [];
  // Edits across paragraphs are refused by the reader, so the paragraphs pair up one to one.
  if (now.length === then.length) {
    now.forEach((block, index) => {
      const before = textOf(then[index]!);
      const after = textOf(block);
      if (before !== after) edits.push({ block: index, ...editOf(before, after) });
    });
  }
  return { blocks: frozen.blocks, edits, caret: caretIn(element, now) };
}

/** Applies the person's edits in the editor (one transaction) and puts the caret where it was (DraftEditor focuses it). */
export function applyHandover(editor: Editor, handover: Handover): void {
  const { state } = editor;
  const mapping = (ySyncPluginKey.getState(state) as { binding?: { mapping: Map<unknown, PmNode> } } | undefined)
    ?.binding?.mapping;
  // Where each paragraph starts in the editor's document (the first one stands in for an empty draft's).
  const startOf = (block: number): number | null => {
    const node = handover.blocks[block] && mapping?.get(handover.blocks[block]);
    let found: number | null = null;
    state.doc.descendants((n, pos) => {
      if (found === null && (node ? n === node : n.isTextblock && block === 0)) found = pos;
      return found === null;
    });
    return found;
  };
  const tr = state.tr;
  for (const edit of handover.applied ? [] : handover.edits) {
    const start = startOf(edit.block);
    if (start === null) continue;
    const [from, to] = placeEdit(edit, blockText(state.doc.nodeAt(start)!));
    write(tr, tr.mapping.map(start + 1 + from), tr.mapping.map(start + 1 + to, -1), edit.text);
  }
  const { caret } = handover;
  const start = caret && startOf(caret.block);
  if (caret && start !== null) {
    // A paragraph mark before the caret became two positions (the end of one paragraph, the start of the next).
    const marks = caret.text.slice(0, caret.offset).split(PARAGRAPH_MARK).length - 1;
    const at = Math.min(tr.mapping.map(start + 1, -1) + caret.offset + marks, tr.doc.content.size - 1);
    tr.setSelection(TextSelection.near(tr.doc.resolve(at)));
  }
  handover.applied = true;
  editor.view.dispatch(tr.scrollIntoView());
}

function blockText(node: PmNode): string {
  return node.textBetween(0, node.content.size, undefined, BREAK_MARK);
}

function write(tr: Transaction, from: number, to: number, text: string): void {
  const { schema } = tr.doc.type;
  tr.delete(from, to);
  let at = from;
  for (const part of text.split(/([\u2028\u2029])/)) {
    if (part === PARAGRAPH_MARK) {
      tr.split(at);
      at += 2;
    } else if (part === BREAK_MARK) {
      tr.insert(at, schema.nodes['hardBreak']!.create());
      at += 1;
    } else if (part) {
      tr.insertText(part, at);
      at += part.length;
    }
  }
}
