/**
 * Applies an update to the room document and undoes, in the same breath, whatever it did to locked
 * drafts. Refused content never reaches a locked draft (updatePlan.ts makes it deleted markers), but
 * a deletion cannot be refused: the sender has already deleted its copy, and Yjs has no "undelete".
 * So the deletion is applied and Yjs's own undo manager re-creates what it deleted, as new items at
 * the same places; that transaction reaches everyone, the sender too, and the locked text is as before.
 */
import * as Y from 'yjs';
import type { DeleteSet } from './updatePlan.js';

/**
 * Applies `update` (from `origin`) to `doc`, then undoes its effect on the drafts named `lockedRoots`.
 * Returns the roots whose XML is not what it was (empty unless Yjs could not re-create something).
 */
export function applyUndoingLocked(doc: Y.Doc, update: Uint8Array, origin: unknown, lockedRoots: string[]): string[] {
  const locked = lockedRoots.map((root) => doc.getXmlFragment(root));
  const before = locked.map((fragment) => fragment.toString());
  const undo = new Y.UndoManager(locked, { trackedOrigins: new Set([origin]), captureTimeout: 0 });
  try {
    Y.applyUpdate(doc, update, origin);
    const deletions = undo.undoStack.at(-1)?.deletions;
    undo.undo();
    if (deletions) release(doc, deletions);
  } finally {
    undo.destroy();
  }
  return lockedRoots.filter((_, i) => locked[i]!.toString() !== before[i]);
}

/** The undo manager kept the deleted items' content to re-create it; let Yjs collect it now. */
function release(doc: Y.Doc, deletions: DeleteSet): void {
  doc.transact((transaction) => {
    Y.iterateDeletedStructs(transaction, deletions, (struct) => {
      // keepItem marked the item and every type above it; unmark the same way.
      for (let item: Y.Item | null = struct instanceof Y.Item ? struct : null; item?.keep;) {
        item.keep = false;
        item = item.parent instanceof Y.AbstractType ? item.parent._item : null;
      }
    });
  });
  Y.tryGc(deletions, doc.store, doc.gcFilter);
}
