/** The room's drafts for a view, held open while it is mounted, and their connection status. */
import { useEffect, useSyncExternalStore } from 'react';
import { useRoomView } from '../../live/RoomContext';
import { onReplaced, release, retain, roomDrafts, type DraftStatus, type RoomDrafts } from './roomDrafts';

export function useRoomDrafts(roomId: string, token: string, watchOnly: boolean): RoomDrafts {
  // The same drafts on every render, until they are opened afresh (a stored copy the server refused).
  const drafts = useSyncExternalStore(onReplaced, () => roomDrafts(roomId, token, watchOnly));
  const { online } = useRoomView();
  useEffect(() => {
    retain(drafts);
    return () => release(drafts);
  }, [drafts]);
  // One status on the page: the draft is connected exactly while the room is.
  useEffect(() => drafts.follow(online), [drafts, online]);
  return drafts;
}

export function useDraftStatus(drafts: RoomDrafts): DraftStatus {
  return useSyncExternalStore(drafts.subscribe, drafts.status);
}
