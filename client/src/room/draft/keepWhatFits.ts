/**
 * After a stored copy was refused and the drafts opened afresh from the server (roomDrafts.ts,
 * `startAfresh`): what the old copy had that the server lacks is offered again once the new copy is
 * in step, in parts below the message cap when it is larger than one message (`splitUpdate`: each
 * part refers only to what the server has by then); the server then keeps what fits in each draft
 * and says what it did not keep, as for any edit. A copy holding one change larger than a message
 * (a paste past the cap, stored before draftCap.ts) is dropped whole, and the person is told, for
 * the draft that held the most of it. Loaded only then.
 */
import { DRAFT_CAPS, type DraftRefusalNotice } from '@dr/shared';
import { splitUpdate } from '@dr/shared/updateParts';
import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

/** What of the reopened drafts this needs (roomDrafts.ts's `RoomDrafts`, named here without importing it: no cycle). */
interface RoomDrafts {
  readonly doc: Y.Doc;
  status(): { link: string };
  subscribe(listener: () => void): () => void;
  refuse(notice: DraftRefusalNotice): void;
}

/**
 * The stored copy the server refused is discarded and the room's drafts open again (`reopen`) from
 * the server's copy; what this device had that the server lacks is then offered again (below).
 * Nobody is told to reload.
 */
export async function afresh(doc: Y.Doc, stored: IndexeddbPersistence, reopen: () => RoomDrafts): Promise<void> {
  const unsent = Y.encodeStateAsUpdate(doc);
  await stored.clearData();
  keepWhatFits(unsent, reopen());
}

/** One part of what is offered again: below the message cap, with room for the message's framing. */
const PART_BYTES = DRAFT_CAPS.message - 1_000;

function keepWhatFits(unsent: Uint8Array, fresh: RoomDrafts): void {
  const stop = fresh.subscribe(() => {
    if (fresh.status().link !== 'live') return;
    stop();
    const old = new Y.Doc();
    Y.applyUpdate(old, unsent);
    const missing = Y.encodeStateAsUpdate(old, Y.encodeStateVector(fresh.doc));
    // In parts below the message cap (room for the message's own framing), each sent as it is
    // applied; only when all of it can be sent: the parts before a change too large for any part
    // would leave its shell behind (an empty paragraph whose text could not go).
    const { parts, unsent: left } = splitUpdate(fresh.doc, missing, PART_BYTES);
    if (left === 0) for (const part of parts) Y.applyUpdate(fresh.doc, part, 'kept');
    else fresh.refuse({ reason: 'draft.tooLarge', itemId: largestDraft(old), limit: DRAFT_CAPS.draft });
    old.destroy();
  });
}

function largestDraft(doc: Y.Doc): string | null {
  let largest: [string | null, number] = [null, -1];
  for (const name of doc.share.keys()) {
    const size = name.startsWith('draft:') ? doc.getXmlFragment(name).toString().length : -1;
    if (size > largest[1]) largest = [name.slice('draft:'.length), size];
  }
  return largest[0];
}
