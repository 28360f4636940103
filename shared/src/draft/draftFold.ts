/** Folds the draft resolution's events: its lock, and the named versions the host saves. */
import { assertNever } from '../core/errors.js';
import type { EventOf } from '../model/events.js';
import type { RoomState } from '../model/state.js';
import { updateItem } from '../model/updates.js';

/** The events this fold takes; room/apply.ts hands each to the fold whose list names it. */
export const DRAFT_EVENTS = ['draft.locked', 'draft.unlocked', 'draft.versionSaved'] as const;
export type DraftEvent = EventOf<(typeof DRAFT_EVENTS)[number]>;

/** `apply` for the draft's events; `s` already carries the event's seq and time. */
export function foldDraft(s: RoomState, event: DraftEvent): RoomState {
  switch (event.type) {
    case 'draft.locked':
      return updateItem(s, event.itemId, () => ({ draftLocked: true }));
    case 'draft.unlocked':
      return updateItem(s, event.itemId, () => ({ draftLocked: false }));
    case 'draft.versionSaved': {
      const version = {
        id: event.versionId,
        name: event.name,
        text: event.text,
        savedAt: event.at,
        savedBy: event.actor,
      };
      return updateItem(s, event.itemId, (i) => ({ versions: [...i.versions, version] }));
    }
    default:
      return assertNever(event);
  }
}
