/**
 * Pinyin (and any IME) input while someone else types in the same draft. The binding between
 * ProseMirror and Yjs (`@tiptap/y-tiptap`) re-creates the whole ProseMirror document on every remote
 * change, so a paragraph under an active composition is replaced and the IME goes on in a node the
 * browser no longer owns: pinyin letters stay behind and characters land out of order. And each
 * composition step is written to Yjs, so the others receive the intermediate pinyin.
 *
 * While this editor is composing, the guard holds both directions: remote changes wait (Yjs has
 * them; the screen does not re-render) and local steps are not written. When the composition ends,
 * the composed text is inserted in Yjs at the caret the composition started at (a Yjs relative
 * position, which remote inserts do not move; in place of the selection it was typed over), and the document is rendered once, with the remote
 * changes and the composed text together.
 *
 * When the hold starts and ends: the DOM's composition events come before ProseMirror's own
 * handling of them, and ProseMirror, starting a composition, first reads what it has not read yet
 * (a caret moved a moment ago on a busy phone, a character just typed) and dispatches it, while its
 * `composing` flag is still false; a hold let go there would leave the composition unguarded. So
 * the hold is taken at the composition's first change to the document, from the document before
 * that change and where that change starts (not the caret ProseMirror knew, which can be an old
 * one; where the documents leave it open, the caret the change left says), in the plugin's view
 * update, which runs before the sync plugin's (a higher priority than collaboration's); and it is
 * let go only when neither the DOM's events nor ProseMirror say a composition is on.
 */
import { Extension } from '@tiptap/core';
import { Plugin, TextSelection, type EditorState } from '@tiptap/pm/state';
import type { Schema } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
  type ProsemirrorBinding,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';

type Observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => void;

interface Held {
  binding: ProsemirrorBinding;
  observer: Observer;
  startDoc: EditorState['doc'];
  startPos: number;
  /** The end of what the composition replaced (a selection typed over), or `startPos`. */
  endPos: number;
  /** The caret at the start, in Yjs terms: remote inserts before it do not move it. */
  start: Y.RelativePosition;
  /** `endPos` in Yjs terms, when the composition replaced something. */
  end: Y.RelativePosition | null;
  remoteWaiting: boolean;
}

function bindingOf(state: EditorState): ProsemirrorBinding | null {
  return (ySyncPluginKey.getState(state) as { binding?: ProsemirrorBinding } | undefined)?.binding ?? null;
}

/**
 * Holds the binding in both directions from `before`, the state the composition's first change
 * (`after`) was made to. The composition starts where that change does: ProseMirror may read a
 * caret's move and the first letter in one transaction, so `before`'s caret can be an old one.
 */
function hold(before: EditorState, after: EditorState): Held | null {
  const binding = bindingOf(before);
  if (!binding) return null;
  const diffStart = before.doc.content.findDiffStart(after.doc.content) ?? before.selection.from;
  const insertedAt = insertStart(before, after, diffStart);
  const startPos = insertedAt ?? diffStart;
  // Typed over a selection, the first change deletes it too: the composition replaces up to there.
  const diffEnd = before.doc.content.findDiffEnd(after.doc.content)?.a ?? startPos;
  const endPos = insertedAt ?? Math.max(startPos, diffEnd);
  const start = absolutePositionToRelativePosition(startPos, binding.type, binding.mapping);
  const end = endPos > startPos ? absolutePositionToRelativePosition(endPos, binding.type, binding.mapping) : null;
  const internal = binding as unknown as { _observeFunction: Observer; _prosemirrorChanged: unknown };
  const observer = internal._observeFunction;
  const held: Held = {
    binding,
    observer,
    startDoc: before.doc,
    startPos,
    endPos,
    start,
    end,
    remoteWaiting: false,
  };
  const waiting: Observer = () => void (held.remoteWaiting = true);
  binding.type.unobserveDeep(observer);
  internal._observeFunction = waiting;
  binding.type.observeDeep(waiting);
  // An own property over the prototype's method: the sync plugin's view update then writes nothing.
  internal._prosemirrorChanged = () => undefined;
  return held;
}

/**
 * Where the first change's insert starts when the documents alone leave it open: a letter typed
 * before the same letter reads as well as one typed after it (and `findDiffStart` says after). The
 * caret the change left, at the end of what the input method wrote, says which. Null: not an
 * insert, or no better place than `diffStart`.
 */
function insertStart(before: EditorState, after: EditorState, diffStart: number): number | null {
  const added = after.doc.content.size - before.doc.content.size;
  const at = after.selection.head - added;
  if (added <= 0 || !after.selection.empty || at < 0 || at >= diffStart) return null;
  try {
    return before.doc.replace(at, at, after.doc.slice(at, at + added)).eq(after.doc) ? at : null;
  } catch {
    return null; // `at` is no place for that slice
  }
}

/** Ends the hold: writes the composed text to Yjs at the start caret and renders once. */
function release(view: EditorView, held: Held): void {
  const { binding } = held;
  const internal = binding as unknown as { _observeFunction: Observer; _prosemirrorChanged?: unknown };
  binding.type.unobserveDeep(internal._observeFunction);
  internal._observeFunction = held.observer;
  delete internal._prosemirrorChanged;
  // The editor destroyed meanwhile (its binding stopped observing): nothing to observe for any more.
  if (binding.prosemirrorView == null) return;
  binding.type.observeDeep(held.observer);

  const doc = view.state.doc;
  const { startDoc, startPos: at, endPos: to } = held;
  // The composition's text: what took the place of `at`..`to` in the document it started from.
  const added = doc.content.size - startDoc.content.size + (to - at);
  const inserted = added >= 0 && at + added <= doc.content.size ? doc.slice(at, at + added) : null;
  const isPlainInsert =
    inserted !== null &&
    doc.resolve(at).sameParent(doc.resolve(at + added)) &&
    startDoc.resolve(at).sameParent(startDoc.resolve(to)) &&
    startDoc.replace(at, to, inserted).eq(doc);

  if (!held.remoteWaiting) {
    // Nothing came in meanwhile: write the editor's document, as the sync plugin would have.
    binding.mux(() => binding.doc.transact(() => writeEditorDoc(binding, doc), ySyncPluginKey));
    return;
  }
  if (!isPlainInsert) {
    // The composition did more than put text in place of a caret or a selection in one paragraph,
    // and others' edits came in meanwhile: writing the editor's document would erase theirs, so
    // theirs win and the screen shows the draft.
    binding._forceRerender();
    return;
  }
  const text = doc.textBetween(at, at + added);
  const place = Y.createAbsolutePositionFromRelativePosition(held.start, binding.doc);
  const end = held.end && Y.createAbsolutePositionFromRelativePosition(held.end, binding.doc);
  const after = binding.doc.transact(() => {
    // The text typed over, as it is now (others may have written in it meanwhile), in one Yjs text.
    const over = end && place && end.type === place.type ? end.index - place.index : -1;
    if (held.end && over < 0) return null;
    const target = place && textAt(place, doc.type.schema);
    if (!target) return null;
    if (over > 0) target.text.delete(target.index, over);
    target.text.insert(target.index, text);
    return Y.createRelativePositionFromTypeIndex(target.text, target.index + text.length);
  }, ySyncPluginKey);
  binding._forceRerender();
  if (!after) return;
  const caret = relativePositionToAbsolutePosition(binding.doc, binding.type, after, binding.mapping);
  if (caret !== null) view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, caret)));
}

/**
 * The Yjs text the composed text goes into at `place`. Yjs keeps an empty paragraph as an element
 * with no text in it, and a caret in it as the element's end: the text is made there (or, if someone
 * has written into that paragraph meanwhile, the composed text follows theirs). Inside a transaction.
 */
function textAt(place: Y.AbsolutePosition, schema: Schema): { text: Y.XmlText; index: number } | null {
  if (place.type instanceof Y.XmlText) return { text: place.type, index: place.index };
  const element = place.type;
  if (!(element instanceof Y.XmlElement) || !schema.nodes[element.nodeName]?.isTextblock) return null;
  const before = place.index > 0 ? element.get(place.index - 1) : null;
  if (before instanceof Y.XmlText) return { text: before, index: before.length };
  const made = new Y.XmlText();
  element.insert(place.index, [made]);
  return { text: made, index: 0 };
}

function fromYjs(state: EditorState): boolean {
  return (ySyncPluginKey.getState(state) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
}

function writeEditorDoc(binding: ProsemirrorBinding, doc: EditorState['doc']): void {
  (binding as unknown as { _prosemirrorChanged(d: EditorState['doc']): void })._prosemirrorChanged(doc);
}

export const CompositionGuard = Extension.create({
  name: 'compositionGuard',
  // Before collaboration's (1000): this view update holds the binding before the sync plugin's writes.
  priority: 1001,
  addProseMirrorPlugins() {
    let held: Held | null = null;
    /** From the DOM's compositionstart until ProseMirror has taken the composition on (or it ended). */
    let starting = false;
    const composing = (view: EditorView) => starting || view.composing;
    const finish = (view: EditorView) => {
      if (!held || composing(view)) return;
      const done = held;
      held = null;
      release(view, done);
    };
    return [
      new Plugin({
        view: () => ({
          update: (view, before) => {
            if (view.composing) starting = false;
            if (!composing(view)) return finish(view);
            // A change that is Yjs rendering (someone else's, before the hold) is not the composition's.
            if (!held && !before.doc.eq(view.state.doc) && !fromYjs(view.state)) held = hold(before, view.state);
          },
        }),
        props: {
          handleDOMEvents: {
            compositionstart: () => {
              starting = true;
              return false;
            },
            compositionend: (view) => {
              starting = false;
              // ProseMirror reads the composed text a moment after the event; finish after it has.
              setTimeout(() => finish(view), 50);
              return false;
            },
            // A composition the browser dropped without its end event must not hold the draft.
            blur: (view) => {
              starting = false;
              setTimeout(() => finish(view), 50);
              return false;
            },
          },
        },
      }),
    ];
  },
});
