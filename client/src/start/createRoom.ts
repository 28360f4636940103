/** `POST /api/rooms`: makes a room and returns its three links (the answer is parsed with the shared `CreatedRoom`). */
import { CreatedRoom, type CreateRoomRequest, type Locale } from '@dr/shared';
import { request } from '../live/request';

export type { CreatedRoom };

/** `timeZone` is the zone the meeting is held in: the start page sends the browser's own. */
export const createRoom = (title: string, locale: Locale, timeZone?: string) =>
  request(CreatedRoom, '/api/rooms', null, {
    title,
    locale,
    ...(timeZone ? { timeZone } : {}),
  } satisfies CreateRoomRequest);
