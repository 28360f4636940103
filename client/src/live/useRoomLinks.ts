/** The room's links for a host: `GET /api/rooms/:roomId/links` with the host token as a bearer. */
import { RoomLinks } from '@dr/shared';
import { useEffect, useState } from 'react';
import { request } from './request';

export type { RoomLinks };

/** Seconds to wait before asking again after a 429, from `Retry-After` (bounded: a board waits, it never gives up). */
function retryAfterMs(response: Response): number {
  const seconds = Number(response.headers.get('Retry-After'));
  return Math.min(Math.max(Number.isFinite(seconds) && seconds > 0 ? seconds : 5, 1), 300) * 1000;
}

/**
 * The participant link and short URL, or null: never asked for, not answered yet, or refused.
 * Asked each time `enabled` turns true (on every reconnection), and kept while offline. A board on
 * a wall has nobody to press reload, so a "slow down" (429) is answered by asking again later.
 */
export function useRoomLinks(roomId: string, token: string, enabled: boolean): RoomLinks | null {
  const [links, setLinks] = useState<RoomLinks | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    let retry: ReturnType<typeof setTimeout> | null = null;
    void request(RoomLinks, `/api/rooms/${encodeURIComponent(roomId)}/links`, token, undefined, controller.signal).then(
      (answer) => {
        if (answer.ok) setLinks(answer.value);
        else if (answer.response?.status === 429) {
          retry = setTimeout(() => setAttempt((n) => n + 1), retryAfterMs(answer.response));
        }
        // Refused for good (not the host's link any more); unreachable is only a nicety lost: no QR code.
        else if (answer.status !== 0) setLinks(null);
      },
    );
    return () => {
      controller.abort();
      if (retry) clearTimeout(retry);
    };
  }, [roomId, token, enabled, attempt]);
  return links;
}
