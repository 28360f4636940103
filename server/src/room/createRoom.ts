/** Creates a room: its record with the three link-token hashes, and its first event. */
import type { Locale, RoomEvent } from '@dr/shared';
import { hashToken, randomId, randomToken } from '../security/tokens.js';
import type { LinkRole, Store } from '../store/store.js';

export interface CreatedRoom {
  roomId: string;
  /** The only time the plain tokens exist outside a client: they are returned once, never stored. */
  tokens: Record<LinkRole, string>;
}

export async function createRoom(
  store: Store,
  input: { title: string; locale: Locale },
  now = Date.now(),
): Promise<CreatedRoom> {
  const roomId = randomId();
  const tokens = { host: randomToken(), participant: randomToken(), observer: randomToken() };
  await store.createRoom({
    roomId,
    title: input.title,
    locale: input.locale,
    createdAt: now,
    tokenHashes: {
      host: hashToken(tokens.host),
      participant: hashToken(tokens.participant),
      observer: hashToken(tokens.observer),
    },
  });
  const created: RoomEvent = {
    type: 'room.created',
    roomId,
    title: input.title,
    locale: input.locale,
    seq: 1,
    at: now,
    actor: null,
  };
  await store.appendEvents(roomId, 0, [created]);
  return { roomId, tokens };
}

/** The room link for one role. The token rides in the fragment, which browsers never send to a server. */
export function roomLink(baseUrl: string, roomId: string, token: string): string {
  return `${baseUrl}/r/${encodeURIComponent(roomId)}#t=${token}`;
}
