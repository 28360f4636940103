/**
 * The last room state this browser saw, per room (localStorage `dr:room:<roomId>`), so a phone
 * that reloads with no signal still shows the room as it last was, read-only (RoomPage). Written
 * while connected, a moment after each change; read while the connection is not (yet) there.
 * It holds what this member was shown already (redacted by the server), on this device only.
 *
 * Queued actions are not kept here: the outbox (live/) owns what waits to be sent; this copy is
 * what the room looked like, the state an outbox's commands can be checked against (`can`).
 */
import { STATE_VERSION, type RoomState } from '@dr/shared';
import { keptPerId } from './keptPerId';
import type { You } from './roomTypes';

export interface SavedRoom {
  state: RoomState;
  you: You;
  /** When it was saved (ms since the epoch, this device's clock). */
  savedAt: number;
}

const kept = keptPerId<SavedRoom>('dr:room:', (saved, roomId) => {
  if (typeof saved.savedAt !== 'number' || !saved.state || !saved.you) return null;
  // A copy from before a change of the state's shape would break the views: ignore it.
  if (saved.state.roomId !== roomId || saved.state.version !== STATE_VERSION) return null;
  return saved as SavedRoom;
});

/** Storage full or disabled: the room shows only while connected. */
export const saveRoom = kept.save;

/** The saved copy, or null when there is none or it is not one this app wrote. */
export const loadSavedRoom = kept.load;

/**
 * The saved state a reconnecting `memberId` can resume from (`auth.resume`): the copy this device
 * saved while it was that member; null for anyone else, or none.
 */
export function resumePoint(roomId: string, memberId: string): RoomState | null {
  const saved = loadSavedRoom(roomId);
  return saved && saved.you.memberId === memberId ? saved.state : null;
}
