/** The room's title from `GET /api/rooms/:roomId`, for the join screen; pass null to skip. */
import type { RoomSummary } from '@dr/shared';
import { useEffect, useState } from 'react';
import { request } from './request';

/**
 * The title of a `RoomSummary` answer, or null. Read by hand rather than with the shared zod schema:
 * the join screen is on a phone's first load, which carries no zod (docs/performance.md), and the
 * title is the only field it shows.
 */
export function titleOf(body: unknown): string | null {
  const title = (body as Partial<RoomSummary> | null)?.title;
  return typeof body === 'object' && body !== null && typeof title === 'string' && title !== '' ? title : null;
}

export function useRoomTitle(roomId: string | null): string | null {
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    if (!roomId) return;
    const controller = new AbortController();
    // Only a nicety: the join screen works without the title.
    void request(titleOf, `/api/rooms/${encodeURIComponent(roomId)}`, null, undefined, controller.signal).then(
      (answer) => answer.ok && setTitle(answer.value),
    );
    return () => controller.abort();
  }, [roomId]);
  return title;
}
