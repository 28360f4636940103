import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import './DraftToolbar.css';

/**
 * Formatting for the draft: every button says what it does in words, shows whether it is on
 * (aria-pressed), and keeps the text focused. Ctrl/⌘+B, I, Z and Shift+Z work as usual.
 */
export function DraftToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const on = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive('paragraph') && !e.isActive('bulletList') && !e.isActive('orderedList'),
      heading: e.isActive('heading'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();

  const toggles = [
    { key: 'paragraph', pressed: on.paragraph, run: () => chain().setParagraph().run() },
    { key: 'heading', pressed: on.heading, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'bulletList', pressed: on.bulletList, run: () => chain().toggleBulletList().run() },
    { key: 'orderedList', pressed: on.orderedList, run: () => chain().toggleOrderedList().run() },
    { key: 'bold', pressed: on.bold, run: () => chain().toggleBold().run() },
    { key: 'italic', pressed: on.italic, run: () => chain().toggleItalic().run() },
  ] as const;

  const history = [
    { key: 'undo', disabled: !on.canUndo, run: () => chain().undo().run() },
    { key: 'redo', disabled: !on.canRedo, run: () => chain().redo().run() },
  ] as const;
  const button = (
    key: (typeof toggles)[number]['key'] | (typeof history)[number]['key'],
    run: () => void,
    state: { 'aria-pressed'?: boolean; disabled?: boolean },
  ) => (
    <button
      key={key}
      type="button"
      className={`button draft-toolbar__button draft-toolbar__button--${key}`}
      {...state}
      // Keep the selection in the text; the click applies to it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {t(`draft.toolbar.${key}`)}
    </button>
  );

  return (
    <div className="draft-toolbar" role="toolbar" aria-label={t('draft.toolbar.label')}>
      {toggles.map(({ key, pressed, run }) => button(key, run, { 'aria-pressed': pressed }))}
      <span className="draft-toolbar__gap" aria-hidden="true" />
      {history.map(({ key, disabled, run }) => button(key, run, { disabled }))}
    </div>
  );
}
