/**
 * The co-editor (Tiptap and ProseMirror, most of the draft's weight) is fetched once per page, the
 * first time someone here starts writing or watches others' cursors; until then the draft is shown
 * by DraftReader straight from the Yjs document. Once fetched, every draft on the page opens in it.
 */
import type * as DraftEditorModule from './DraftEditor';

export type EditorModule = typeof DraftEditorModule;

let loading: Promise<EditorModule> | null = null;
let loaded: EditorModule | null = null;

/** Heard by app/newVersion.ts, which then looks for a new version on the server. */
const LAZY_FILE_FAILED = 'dr:lazyFileFailed';

/** A fetch that failed (a weak signal) is tried once more after this long before the reader says so. */
const RETRY_MS = 1_500;

/** Starts fetching the editor (once); resolves when it can be shown. */
export function loadEditor(): Promise<EditorModule> {
  const fetchEditor = () => import('./DraftEditor');
  loading ??= fetchEditor()
    .catch(() => new Promise((resolve) => setTimeout(resolve, RETRY_MS)).then(fetchEditor))
    .then(
      (module) => (loaded = module),
      (error: unknown) => {
        // Tried again at the next touch, not remembered as failed; gone for good after a new
        // version was deployed, in which case the page moves to it (app/newVersion.ts).
        loading = null;
        window.dispatchEvent(new Event(LAZY_FILE_FAILED));
        throw error;
      },
    );
  return loading;
}

/** The editor, when this page fetched it already (a new draft then opens in it at once). */
export const loadedEditor = (): EditorModule | null => loaded;
