/** Rotating a room link: `POST /api/rooms/:roomId/links/:role/rotate` with the host token as a bearer. */
import { RoomLinks, type Role } from '@dr/shared';
import { request } from '../../live/request';

/** The room's links after replacing `role`'s; the old link (and, for participants, the join code) stops working. */
export const rotateLink = (roomId: string, token: string, role: Role) =>
  request(RoomLinks, `/api/rooms/${encodeURIComponent(roomId)}/links/${role}/rotate`, token, {});

/** The projector board's address for a host link (`/r/<id>#t=…` → `/board/<id>#t=…`). */
export function boardUrl(hostLink: string): string {
  const url = new URL(hostLink);
  url.pathname = url.pathname.replace(/\/r\//, '/board/');
  return url.toString();
}
