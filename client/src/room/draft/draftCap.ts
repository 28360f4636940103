/**
 * A change too large for the draft never enters this device's document (issue 25 §3). The server
 * refuses it anyway, but a change that size, once in the local Y.Doc, is also in the copy kept in
 * IndexedDB, and one over the message cap (1 MB) closed the connection on every reload. So a local
 * change that adds much (a paste, a handover from the reader) is measured first: if the draft's text
 * would pass the draft's cap, the change is refused here, with the words the server would use.
 * Small changes are not measured (typing stays cheap); the server's own cap still holds for them.
 */
import { DRAFT_CAPS, type DraftRefusalNotice } from '@dr/shared';
import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** A change adding fewer positions than this is let through unmeasured. */
const MEASURE_FROM = 2_000;

interface Options {
  itemId: string;
  refuse(notice: DraftRefusalNotice): void;
}

export const DraftCap = Extension.create<Options>({
  name: 'draftCap',
  addOptions: () => ({ itemId: '', refuse: () => undefined }),
  addProseMirrorPlugins() {
    const { itemId, refuse } = this.options;
    return [
      new Plugin({
        filterTransaction: (tr, state) => {
          // Others' edits, rendered from Yjs, are the server's to judge.
          if (!tr.docChanged || tr.getMeta(ySyncPluginKey)) return true;
          if (tr.doc.content.size - state.doc.content.size < MEASURE_FROM) return true;
          const text = tr.doc.textBetween(0, tr.doc.content.size, '\n', ' ');
          if (new TextEncoder().encode(text).length <= DRAFT_CAPS.draft) return true;
          refuse({ reason: 'draft.tooLarge', itemId, limit: DRAFT_CAPS.draft });
          return false;
        },
      }),
    ];
  },
});
