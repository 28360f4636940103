/** Rotating a room link: `POST /api/rooms/:roomId/links/:role/rotate` with the host token as a bearer. */
import { refusalOf, RoomLinks, type HttpError, type Role } from '@dr/shared';

export type RotateResult = { ok: true; links: RoomLinks } | { ok: false; error: HttpError | null };

/** The room's links after replacing `role`'s; the old link (and, for participants, the join code) stops working. */
export async function rotateLink(roomId: string, token: string, role: Role): Promise<RotateResult> {
  try {
    const response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/links/${role}/rotate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    const body: unknown = await response.json().catch(() => null);
    const links = response.ok ? RoomLinks.safeParse(body) : null;
    if (links?.success) return { ok: true, links: links.data };
    return { ok: false, error: refusalOf(body) };
  } catch {
    return { ok: false, error: null };
  }
}

/** The projector board's address for a host link (`/r/<id>#t=…` → `/board/<id>#t=…`). */
export function boardUrl(hostLink: string): string {
  const url = new URL(hostLink);
  url.pathname = url.pathname.replace(/\/r\//, '/board/');
  return url.toString();
}
