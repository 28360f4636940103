/** `POST /api/rooms`: makes a room and returns its three links. */
import { refusalOf, type HttpError, type Locale } from '@dr/shared';

export interface RoomLinks {
  host: string;
  participant: string;
  observer: string;
}

export interface CreatedRoom {
  roomId: string;
  tokens: RoomLinks;
  links: RoomLinks;
  /** A short address to type from a projector or a notice, and the code in it. */
  shortUrl?: string;
  joinCode?: string;
}

/** `error` is the server's refusal; null when the server could not be reached or answered oddly. */
export type CreateResult = { ok: true; room: CreatedRoom } | { ok: false; error: HttpError | null };

export async function createRoom(title: string, locale: Locale): Promise<CreateResult> {
  try {
    const response = await fetch('/api/rooms', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title, locale }),
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok && isCreatedRoom(body)) return { ok: true, room: body };
    return { ok: false, error: refusalOf(body) };
  } catch {
    return { ok: false, error: null };
  }
}

function isCreatedRoom(body: unknown): body is CreatedRoom {
  const links = (body as Partial<CreatedRoom> | null)?.links;
  return (
    typeof links === 'object' &&
    links !== null &&
    typeof links.host === 'string' &&
    typeof links.participant === 'string' &&
    typeof links.observer === 'string'
  );
}
