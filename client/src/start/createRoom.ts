/** `POST /api/rooms`: makes a room and returns its three links (the answer is parsed with the shared `CreatedRoom`). */
import { CreatedRoom, refusalOf, type CreateRoomRequest, type HttpError, type Locale } from '@dr/shared';

export type { CreatedRoom };

/** `error` is the server's refusal; null when the server could not be reached or answered oddly. */
export type CreateResult = { ok: true; room: CreatedRoom } | { ok: false; error: HttpError | null };

/** `timeZone` is the zone the meeting is held in: the start page sends the browser's own. */
export async function createRoom(title: string, locale: Locale, timeZone?: string): Promise<CreateResult> {
  try {
    const response = await fetch('/api/rooms', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title, locale, ...(timeZone ? { timeZone } : {}) } satisfies CreateRoomRequest),
    });
    const body: unknown = await response.json().catch(() => null);
    const created = response.ok ? CreatedRoom.safeParse(body) : null;
    if (created?.success) return { ok: true, room: created.data };
    return { ok: false, error: refusalOf(body) };
  } catch {
    return { ok: false, error: null };
  }
}
