/**
 * A draft shown from the Yjs document alone, without the editor: what a phone shows until its
 * person starts writing (DraftText). It looks like the editor's text box and has its name. When the
 * person may write, it is a plain editable text (the browser's own caret, keyboard and input method)
 * from the first touch: focusing it fetches the editor and freezes what it shows, and what is typed
 * meanwhile stays in it until the editor takes over and applies it where it was typed
 * (readerHandover.ts). Only edits inside one paragraph are let through; Enter and a line break are
 * typed as marks the handover turns into a new paragraph and a line break, a paste as plain text.
 * What is typed is also kept on the device until the draft has it, and put back after a reload
 * (readerKeep.ts).
 */
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { renderBlocks } from './draftBlocks';
import { BREAK_MARK, keepTyped, PARAGRAPH_MARK, readKept, replayKept, type Kept } from './readerKeep';
import './DraftEditor.css';

/** What the handover needs from the reader: what it showed when frozen, and its text now. */
export class ReaderState {
  element: HTMLElement | null = null;
  /** Text typed here before a reload, not yet put back (readerKeep.ts). */
  kept: Kept | null;
  /** Called once the kept text is back in the reader (the handover waits for it). */
  afterReplay: (() => void) | null = null;
  /** `key`: where this topic's typing is kept on the device (keptKey). */
  constructor(readonly key: string) {
    this.kept = readKept(key);
  }
  /** Set on focus: the text as shown then (a copy) and the draft's text blocks in the same order. */
  frozen: { shown: Node; blocks: Y.XmlElement[] } | null = null;
  composing = false;
  /** Called once the input method has finished (the handover waits for it). */
  afterComposition: (() => void) | null = null;
  attach(element: HTMLElement | null) {
    this.element = element;
  }
  compose(composing: boolean) {
    this.composing = composing;
    if (!composing) this.afterComposition?.();
  }
  /** Runs `then` now, or once the composition under way has ended (ProseMirror-free, a task later). */
  whenComposed(then: () => void) {
    if (!this.composing) return then();
    this.afterComposition = () => {
      this.afterComposition = null;
      setTimeout(then);
    };
  }
  /** The draft's version the reader shows since it froze (it no longer follows the document then). */
  frozenAt: number | null = null;
  freeze(element: HTMLElement, fragment: Y.XmlFragment, version: number) {
    this.frozen ??= { shown: element.cloneNode(true), blocks: textBlocks(fragment) };
    this.frozenAt ??= version;
  }
  /** Runs `then` once kept text is back in the reader, or now when there is none to put back. */
  whenReplayed(then: () => void) {
    if (!this.kept) return then();
    this.afterReplay = then;
  }
  /** Keeps what is typed on the device; not while older kept text waits to be put back (it would be lost). */
  keep() {
    if (this.element && this.frozen && !this.kept) keepTyped(this.key, this.element, this.frozen.shown);
  }
  /** Puts kept text back into the frozen reader (the draft's text must be in it: live, or stored here). */
  replay() {
    const { kept, element } = this;
    if (!kept || !element || !this.frozen) return;
    this.kept = null;
    replayKept(kept, element);
    this.keep();
    const after = this.afterReplay;
    this.afterReplay = null;
    after?.();
  }
}

interface Props {
  fragment: Y.XmlFragment;
  /** Names the text box, as the editor's: "Draft resolution: Street lights". */
  label: string;
  size: 'room' | 'board';
  /** Whether this person may write now; then `onStartEditing` opens the editor. */
  editable: boolean;
  /** Whether the editor is on its way, or could not be fetched (no signal). */
  opening: 'no' | 'opening' | 'failed';
  /** Whether the draft is in step with the server (its text is all here): kept text is put back then. */
  live: boolean;
  onStartEditing(): void;
  state: ReaderState;
}

const KEPT_INPUT =
  /^(insert(Text|ReplacementText|CompositionText|FromComposition)|delete(Content|Word|Composition|ByComposition))/;

export function DraftReader({ fragment, label, size, editable, opening, live, onStartEditing, state }: Props) {
  const { t } = useTranslation();
  const version = useFragmentVersion(fragment);
  // Once focused the text no longer follows the document: the browser owns what it shows.
  const shownVersion = state.frozenAt ?? version;
  const shown = useMemo(
    () =>
      shownVersion >= 0 && fragment.length ? (
        renderBlocks(fragment)
      ) : (
        <p>
          <br />
        </p>
      ),
    [fragment, shownVersion],
  );
  // In the page's text itself: the browser runs no editing command from within beforeinput.
  const type = (text: string) => {
    const selection = document.getSelection();
    if (!selection?.rangeCount) return;
    const range = selection.getRangeAt(0);
    const node = document.createTextNode(text);
    range.deleteContents();
    range.insertNode(node);
    selection.collapse(node, text.length);
    state.keep();
  };
  const freeze = (element: HTMLElement) => state.freeze(element, fragment, version);
  // Text typed here before a reload comes back once the draft's own text is here, and the editor is
  // fetched to take it into the draft.
  useEffect(() => {
    if (!editable || !live || !state.kept || !state.element) return;
    freeze(state.element);
    state.replay();
    onStartEditing();
  });
  const onBeforeInput = ({ nativeEvent: event }: { nativeEvent: Event }) => {
    // Under Preact the event is the DOM's own (docs/development.md): its inputType and target ranges.
    if (!(event instanceof InputEvent)) return;
    const kind = event.inputType;
    if (KEPT_INPUT.test(kind) && !event.getTargetRanges().some(acrossBlocks)) return;
    event.preventDefault();
    if (kind === 'insertParagraph' || kind === 'insertLineBreak')
      type(kind === 'insertParagraph' ? PARAGRAPH_MARK : BREAK_MARK);
  };
  return (
    <div className={`draft__editor draft__editor--${size}`} data-version={version}>
      <div
        ref={(element) => state.attach(element)}
        className={`draft__text draft__text--${size} draft__text--reader`}
        role="textbox"
        aria-label={label}
        aria-multiline="true"
        aria-readonly={!editable}
        aria-busy={opening === 'opening' ? 'true' : undefined}
        contentEditable={editable}
        onFocus={(event) => {
          if (!editable) return;
          freeze(event.currentTarget);
          if (live) state.replay();
          onStartEditing();
        }}
        onInput={editable ? () => state.keep() : undefined}
        onPointerDown={editable ? onStartEditing : undefined}
        onBeforeInput={editable ? onBeforeInput : undefined}
        onPaste={(event) => {
          event.preventDefault();
          type((event.clipboardData?.getData('text/plain') ?? '').replace(/\r?\n/g, PARAGRAPH_MARK));
        }}
        onCompositionStart={() => state.compose(true)}
        onCompositionEnd={() => state.compose(false)}
      >
        {shown}
      </div>
      {editable && (
        <p className="hint draft__help" role="status">
          {t(`draft.reader.${opening}`)}
        </p>
      )}
    </div>
  );
}

const BLOCK = 'p,h2,h3';
const acrossBlocks = (range: StaticRange) => parentBlock(range.startContainer) !== parentBlock(range.endContainer);
const parentBlock = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest(BLOCK);

/** The paragraphs and headings, in the order the reader shows them (as `p`, `h2`, `h3`). */
function textBlocks(node: Y.XmlFragment | Y.XmlElement): Y.XmlElement[] {
  return node
    .toArray()
    .flatMap((child) =>
      child instanceof Y.XmlElement
        ? ['paragraph', 'heading'].includes(child.nodeName)
          ? [child]
          : textBlocks(child)
        : [],
    );
}

/**
 * A number that changes whenever anything in the draft changes, so the view renders again. It is
 * counted from the first render on, not only while someone listens: the view subscribes in an
 * effect (a frame later under Preact), and the draft's first sync arriving in between used to
 * leave the reader showing the empty draft until the next change (draft.e2e, 2026-12-07).
 */
function useFragmentVersion(fragment: Y.XmlFragment): number {
  const subscribe = useCallback(
    (listener: () => void) => {
      const { listeners } = counted(fragment);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    [fragment],
  );
  return useSyncExternalStore(subscribe, () => counted(fragment).version);
}

interface Counted {
  version: number;
  listeners: Set<() => void>;
}

const versions = new WeakMap<Y.XmlFragment, Counted>();

/** The fragment's change count, observed for as long as the fragment lives (one observer each). */
function counted(fragment: Y.XmlFragment): Counted {
  let entry = versions.get(fragment);
  if (!entry) {
    const created: Counted = { version: 0, listeners: new Set() };
    fragment.observeDeep(() => {
      created.version += 1;
      created.listeners.forEach((listener) => listener());
    });
    versions.set(fragment, created);
    entry = created;
  }
  return entry;
}
