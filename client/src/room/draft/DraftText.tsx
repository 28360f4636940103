/**
 * One item's draft text in a view: read from the Yjs document (DraftReader) until the editor is
 * needed, then the co-editor (DraftEditor, fetched on demand). A participant gets the editor when
 * they start writing; an observer, the board and the host get it as soon as it loads, for everyone's
 * named cursors, and read the text meanwhile.
 *
 * The reader stays on screen, and keeps the focus, until the editor is up (made hidden beside it):
 * then, in one go, what the person typed in the reader is applied in the editor where they typed it,
 * the editor is shown in its place and takes the caret where it was (readerHandover.ts), so no key
 * falls in between. An input method still composing is let finish first. If the editor cannot be
 * fetched (no signal), the reader stays and says so, keeps what was typed, and the next touch tries
 * again. What was typed is kept on the device too (readerKeep.ts), put back after a reload, and
 * forgotten once the server has it (readerAck.ts).
 */
import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import { DraftReader, ReaderState } from './DraftReader';
import { loadedEditor, loadEditor, type EditorModule } from './loadEditor';
import { forgetKept, keptKey, readKept } from './readerKeep';
import type { RoomDrafts } from './roomDrafts';
import { useDraftStatus } from './useRoomDrafts';

interface Props {
  drafts: RoomDrafts;
  itemId: string;
  /** Whether typing is allowed now (role, lock, connection); read-only otherwise. */
  editable: boolean;
  /** The name others see on this person's cursor. */
  userName: string;
  label: string;
  size?: 'room' | 'board';
  /** Fetch the editor at once: for those who watch everyone's cursors (observers, the board, the host). */
  eager?: boolean;
}

type Opening = 'no' | 'opening' | 'failed';

export function DraftText({ drafts, itemId, editable, userName, label, size = 'room', eager = false }: Props) {
  const [editor, setEditor] = useState(loadedEditor);
  const [shown, setShown] = useState(() => loadedEditor() !== null);
  const [opening, setOpening] = useState<Opening>('no');
  const box = useRef<HTMLDivElement>(null);
  // The provider's room name is the room's id.
  const [reader] = useState(() => new ReaderState(keptKey(drafts.provider.roomname, itemId)));
  const live = useDraftStatus(drafts).link === 'live';
  const arrived = (module: EditorModule) => setEditor(() => module);
  const open = () => {
    if (opening === 'opening') return;
    setOpening('opening');
    loadEditor().then(arrived, () => setOpening('failed'));
  };
  // Those who watch everyone's cursors get the editor as soon as it can come.
  useEffect(() => {
    if (eager && !loadedEditor()) void loadEditor().then(arrived, () => undefined);
  }, [eager]);

  const onReady = (created: Editor): void => {
    // Text kept before a reload goes into the reader first (once the draft is live), then over with the rest.
    if (editable && !shown) reader.whenReplayed(() => handOver(created));
    else handOver(created);
  };
  const handOver = (created: Editor) =>
    // Swapping the text box in the middle of a composition would cut it: the editor takes over after it.
    reader.whenComposed(() => {
      if (shown || !editor) return;
      const { element, frozen } = reader;
      if (element && frozen && editable) {
        editor.applyHandover(created, editor.captureReader(element, frozen));
        // Forgotten on the device once the server has it (a reload before then finds it in the draft).
        if (readKept(reader.key)) void editor.serverHas(drafts).then(() => forgetKept(reader.key));
      }
      // Shown and focused in this same task, before the next key; the render then catches up.
      if (box.current) box.current.hidden = false;
      element?.parentElement?.setAttribute('hidden', '');
      if (frozen) created.view.focus();
      setShown(true);
    });

  return (
    <>
      {editor && (
        <div ref={box} hidden={!shown}>
          <editor.DraftEditor
            drafts={drafts}
            itemId={itemId}
            editable={editable}
            userName={userName}
            label={label}
            size={size}
            onReady={onReady}
          />
        </div>
      )}
      {!shown && (
        <DraftReader
          fragment={drafts.draft(itemId)}
          label={label}
          size={size}
          editable={editable}
          opening={editor ? 'opening' : opening}
          live={live}
          onStartEditing={open}
          state={reader}
        />
      )}
    </>
  );
}
