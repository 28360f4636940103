/**
 * The co-editor (Tiptap and ProseMirror, most of the draft's weight) is fetched once per page, the
 * first time someone here starts writing or watches others' cursors; until then the draft is shown
 * by DraftReader straight from the Yjs document. Once fetched, every draft on the page opens in it.
 */
import type * as DraftEditorModule from './DraftEditor';

export type EditorModule = typeof DraftEditorModule;

let loading: Promise<EditorModule> | null = null;
let loaded: EditorModule | null = null;

/** Starts fetching the editor (once); resolves when it can be shown. */
export function loadEditor(): Promise<EditorModule> {
  loading ??= import('./DraftEditor').then(
    (module) => (loaded = module),
    (error: unknown) => {
      // A failed fetch (no signal) is tried again next time, not remembered as failed.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The editor, when this page fetched it already (a new draft then opens in it at once). */
export const loadedEditor = (): EditorModule | null => loaded;
