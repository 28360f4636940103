import type { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomDrafts } from './roomDrafts';
import './editorBase.css';
import './DraftEditor.css';
import { DraftToolbar } from './DraftToolbar';
import { useCaretIdle } from './useCaretIdle';
import { userColor } from './userColor';
import { CompositionGuard } from './compositionGuard';
import { DraftCap } from './draftCap';

// What DraftText needs from this module once it is loaded (loadEditor.ts).
export { applyHandover, captureReader } from './readerHandover';
export { serverHas } from './readerAck';

interface Props {
  drafts: RoomDrafts;
  itemId: string;
  /** Whether typing is allowed now (role, lock, connection); read-only otherwise. */
  editable: boolean;
  /** The name others see on this person's cursor (its colour comes from it). */
  userName: string;
  /** Names the text box for screen readers, e.g. "Draft resolution: Street lights". */
  label: string;
  size?: 'room' | 'board';
  /** Called once the editor is up (DraftText then hands it what was typed in the reader and shows it). */
  onReady?: (editor: Editor) => void;
}

/**
 * The co-edited draft of one item (Tiptap on the item's Yjs fragment): paragraphs, headings,
 * lists, bold and italic; undo and redo take back only this person's own edits (Yjs's undo
 * manager, not ProseMirror's history); everyone's cursor is shown with their name.
 */
export function DraftEditor({ drafts, itemId, editable, userName, label, size = 'room', onReady }: Props) {
  const { t } = useTranslation();
  const user = useMemo(() => ({ name: userName, color: userColor(userName) }), [userName]);
  const attributes = useCallback(
    (canType: boolean) => ({
      class: `draft__text draft__text--${size}`,
      role: 'textbox',
      'aria-label': label,
      'aria-multiline': 'true',
      'aria-readonly': String(!canType),
    }),
    [size, label],
  );
  const editor = useEditor(
    {
      editable,
      onCreate: ({ editor: created }) => onReady?.(created),
      // Its base styles are in editorBase.css: the Content-Security-Policy refuses an inline <style>.
      injectCSS: false,
      extensions: [
        StarterKit.configure({
          // The collaboration extension brings its own undo, limited to this person's edits.
          undoRedo: false,
          heading: { levels: [2, 3] },
          // A resolution needs text, headings, lists and emphasis; nothing the minutes cannot show.
          blockquote: false,
          code: false,
          codeBlock: false,
          horizontalRule: false,
          strike: false,
          underline: false,
          link: false,
          // It would write a paragraph on its own when a draft ends in a list, even into a locked draft.
          trailingNode: false,
        }),
        Collaboration.configure({ fragment: drafts.draft(itemId) }),
        // Pinyin input beside someone else's typing: see compositionGuard.ts.
        CompositionGuard,
        // A paste too large for the draft is refused here, before it is in the document or stored.
        DraftCap.configure({ itemId, refuse: drafts.refuse }),
        CollaborationCaret.configure({ provider: drafts.provider, user }),
      ],
      editorProps: { attributes: attributes(editable) },
    },
    [drafts, itemId],
  );

  useEffect(() => {
    editor.setOptions({ editable, editorProps: { attributes: attributes(editable) } });
  }, [editor, editable, attributes]);

  // A name that changes later (joining by name from a host console) reaches the others' screens.
  useEffect(() => {
    if (!drafts.watchOnly) drafts.provider.awareness.setLocalStateField('user', user);
  }, [drafts, user]);

  const root = useCallback(() => (editor.isDestroyed ? null : editor.view.dom), [editor]);
  useCaretIdle(root, drafts.provider.awareness);

  return (
    <div className={`draft__editor draft__editor--${size}`}>
      {editable && <DraftToolbar editor={editor} />}
      <EditorContent editor={editor} />
      {editable && <p className="hint draft__help">{t('draft.help')}</p>}
    </div>
  );
}
