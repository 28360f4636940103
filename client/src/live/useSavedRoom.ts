/** Keeps the room's last known state on this device while connected (savedRoom.ts) and gives it back. */
import { useEffect, useRef, useState } from 'react';
import { loadSavedRoom, saveRoom, type SavedRoom } from './savedRoom';
import type { Room } from './roomTypes';

/** At most one write per this long: a busy meeting changes the state several times a second. */
const SAVE_EVERY_MS = 1_000;

/** The copy saved by an earlier visit (read once, at mount); saves the live state as it changes. */
export function useSavedRoom(roomId: string, room: Room): SavedRoom | null {
  const [saved] = useState(() => loadSavedRoom(roomId));
  const latest = useRef<SavedRoom | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const { status, state, you } = room;
  useEffect(() => {
    if (status !== 'connected' || !state || !you) return;
    latest.current = { state, you, savedAt: Date.now() };
    timer.current ??= setTimeout(() => {
      timer.current = null;
      if (latest.current) saveRoom(roomId, latest.current);
    }, SAVE_EVERY_MS);
  }, [roomId, status, state, you]);

  useEffect(() => {
    // A page closed (or put away) within the second still leaves its latest state behind.
    const flush = () => {
      if (latest.current) saveRoom(roomId, latest.current);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      flush();
    };
  }, [roomId]);

  return saved;
}
