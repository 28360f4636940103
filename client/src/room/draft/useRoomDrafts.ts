/** The room's drafts for a view, held open while it is mounted, and their connection status. */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { release, retain, roomDrafts, type DraftStatus, type RoomDrafts } from './roomDrafts';

export function useRoomDrafts(roomId: string, token: string, watchOnly: boolean): RoomDrafts {
  const drafts = useMemo(() => roomDrafts(roomId, token, watchOnly), [roomId, token, watchOnly]);
  useEffect(() => {
    retain(drafts);
    return () => release(drafts);
  }, [drafts]);
  return drafts;
}

export function useDraftStatus(drafts: RoomDrafts): DraftStatus {
  return useSyncExternalStore(drafts.subscribe, drafts.status);
}
