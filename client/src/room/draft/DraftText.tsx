/**
 * One item's draft text in a view: read from the Yjs document (DraftReader) until the editor is
 * needed, then the co-editor (DraftEditor, fetched on demand). A participant gets the editor when
 * they start writing; an observer, the board and the host get it as soon as it loads, for everyone's
 * named cursors, and read the text meanwhile. The reader stays on screen while the
 * editor loads, so the text never blinks away on a slow phone; if the editor cannot be fetched (no
 * signal), the reader stays and says so, and the next touch tries again.
 */
import { useEffect, useState } from 'react';
import { DraftReader } from './DraftReader';
import { loadedEditor, loadEditor } from './loadEditor';
import type { RoomDrafts } from './roomDrafts';

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
  const [opening, setOpening] = useState<Opening>('no');
  const [focusOnOpen, setFocusOnOpen] = useState(false);
  const open = () => {
    if (opening === 'opening') return;
    setOpening('opening');
    loadEditor().then(
      (module) => setEditor(module),
      () => setOpening('failed'),
    );
  };
  // Those who watch everyone's cursors get the editor as soon as it can come.
  useEffect(() => {
    if (eager && !loadedEditor()) {
      void loadEditor().then(
        (module) => setEditor(module),
        () => undefined,
      );
    }
  }, [eager]);

  if (editor) {
    return (
      <editor.DraftEditor
        drafts={drafts}
        itemId={itemId}
        editable={editable}
        userName={userName}
        label={label}
        size={size}
        autoFocus={focusOnOpen}
      />
    );
  }
  return (
    <DraftReader
      fragment={drafts.draft(itemId)}
      label={label}
      size={size}
      editable={editable}
      opening={opening}
      onStartEditing={() => {
        setFocusOnOpen(true);
        open();
      }}
    />
  );
}
