/** Creates a room: its record with the hashed and sealed credentials, and its first event. */
import type { EventBody, Locale, RoomEvent } from '@dr/shared';
import { JoinCodeKey } from '../credentials/joinCodeKey.js';
import { credentialsFor, newSecrets, type RoomSecrets } from '../credentials/roomLinks.js';
import { randomId } from '../credentials/tokens.js';
import type { Store } from '../store/store.js';
import { stampEvents } from '../stream/stamp.js';

export interface CreatedRoom {
  roomId: string;
  /** The plain secrets exist outside a client only now, and later only for a host who presents the host token. */
  secrets: RoomSecrets;
}

/**
 * `joinCodes` is the server's key for the join code; unit tests that never restart may leave it out
 * and get one that lasts as long as the process.
 */
export async function createRoom(
  store: Store,
  input: { title: string; locale: Locale; timeZone?: string },
  now = Date.now(),
  joinCodes: JoinCodeKey = processKey(),
  /** A council's meeting passes the council's link tokens (with a fresh join code); else new ones. */
  secrets: RoomSecrets = newSecrets(),
): Promise<CreatedRoom> {
  const roomId = randomId();
  await store.createRoom({
    roomId,
    title: input.title,
    locale: input.locale,
    createdAt: now,
    ...credentialsFor(roomId, secrets, joinCodes),
  });
  const created: EventBody = {
    type: 'room.created',
    roomId,
    title: input.title,
    locale: input.locale,
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
  };
  await store.appendEvents(roomId, 0, stampEvents([created], 0, now, null, null) as RoomEvent[]);
  return { roomId, secrets };
}

let ephemeral: JoinCodeKey | null = null;
function processKey(): JoinCodeKey {
  ephemeral ??= JoinCodeKey.ephemeral();
  return ephemeral;
}
