/**
 * A draft shown from the Yjs document alone, without the editor: what a phone shows until its
 * person starts writing (DraftText). It looks like the editor's text box and has its name; when
 * the person may write, touching it (or a key while it has focus) opens the editor in its place.
 */
import { useCallback, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { renderBlocks } from './draftBlocks';
import './DraftEditor.css';

interface Props {
  fragment: Y.XmlFragment;
  /** Names the text box, as the editor's: "Draft resolution: Street lights". */
  label: string;
  size: 'room' | 'board';
  /** Whether this person may write now; then `onStartEditing` opens the editor. */
  editable: boolean;
  /** Whether the editor is on its way, or could not be fetched (no signal). */
  opening: 'no' | 'opening' | 'failed';
  onStartEditing(): void;
}

export function DraftReader({ fragment, label, size, editable, opening, onStartEditing }: Props) {
  const { t } = useTranslation();
  const version = useFragmentVersion(fragment);
  // Tabbing through the page is not starting to write: only a touch, a click or another key is.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!['Tab', 'Shift', 'Alt', 'Control', 'Meta', 'Escape'].includes(event.key)) onStartEditing();
  };
  return (
    <div className={`draft__editor draft__editor--${size}`} data-version={version}>
      <div
        className={`draft__text draft__text--${size} draft__text--reader`}
        role="textbox"
        aria-label={label}
        aria-multiline="true"
        aria-readonly={!editable}
        aria-busy={opening === 'opening' ? 'true' : undefined}
        contentEditable={false}
        tabIndex={editable ? 0 : undefined}
        onPointerDown={editable ? onStartEditing : undefined}
        onKeyDown={editable ? onKeyDown : undefined}
      >
        {renderBlocks(fragment)}
      </div>
      {editable && (
        <p className="hint draft__help" role="status">
          {t(`draft.reader.${opening}`)}
        </p>
      )}
    </div>
  );
}

/** A number that changes whenever anything in the draft changes, so the view renders again. */
function useFragmentVersion(fragment: Y.XmlFragment): number {
  const subscribe = useCallback(
    (listener: () => void) => {
      const bump = () => {
        versions.set(fragment, (versions.get(fragment) ?? 0) + 1);
        listener();
      };
      fragment.observeDeep(bump);
      return () => fragment.unobserveDeep(bump);
    },
    [fragment],
  );
  return useSyncExternalStore(subscribe, () => versions.get(fragment) ?? 0);
}

const versions = new WeakMap<Y.XmlFragment, number>();
