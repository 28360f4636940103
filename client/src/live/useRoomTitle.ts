/** The room's title from `GET /api/rooms/:roomId`, for the join screen; pass null to skip. */
import { RoomSummary } from '@dr/shared';
import { useEffect, useState } from 'react';

export function useRoomTitle(roomId: string | null): string | null {
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    if (!roomId) return;
    const controller = new AbortController();
    fetch(`/api/rooms/${encodeURIComponent(roomId)}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => {
        const summary = RoomSummary.safeParse(body);
        if (summary.success) setTitle(summary.data.title);
      })
      .catch(() => {
        // Only a nicety: the join screen works without the title.
      });
    return () => controller.abort();
  }, [roomId]);
  return title;
}
