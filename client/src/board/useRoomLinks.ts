/** The room's links for a host: `GET /api/rooms/:roomId/links` with the host token as a bearer. */
import { useEffect, useState } from 'react';

export interface RoomLinks {
  participant: string;
  shortUrl: string;
}

function isRoomLinks(body: unknown): body is RoomLinks {
  const links = body as Partial<RoomLinks> | null;
  return typeof links?.participant === 'string' && typeof links.shortUrl === 'string';
}

/**
 * The participant link and short URL, or null: never asked for, not answered yet, or refused.
 * Asked each time `enabled` turns true (on every reconnection), and kept while offline.
 */
export function useRoomLinks(roomId: string, token: string, enabled: boolean): RoomLinks | null {
  const [links, setLinks] = useState<RoomLinks | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    fetch(`/api/rooms/${encodeURIComponent(roomId)}/links`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => setLinks(isRoomLinks(body) ? body : null))
      .catch(() => {
        // Only a nicety: without it the board shows no QR code.
      });
    return () => controller.abort();
  }, [roomId, token, enabled]);
  return links;
}
