/**
 * The draft endpoint's door: who may open `/yjs/<roomId>?token=<credential>`. The same access
 * policy as the Socket.IO handshake and the host's HTTP endpoints (access/accessGate.ts): a link's
 * token or the join code (any case, dashes), from the same client address, with the same guess
 * limit. Decided once per connection; the role it gives is fixed for the connection's lifetime.
 */
import type { Role } from '@dr/shared';
import type { IncomingMessage } from 'node:http';
import type { AccessGate } from '../access/accessGate.js';
import type { AddressOf } from '../access/clientAddress.js';
import type { Room } from '../room/room.js';
import type { RoomRegistry } from '../room/roomRegistry.js';
import type { Store } from '../store/store.js';
import { CLOSE } from './yjsProtocol.js';

export const DOC_PATH_PREFIX = '/yjs/';

export type DocAuth = { ok: true; room: Room; role: Role } | { ok: false; code: number; reason: string };

/** Decides one upgrade request. */
export type DocAuthorizer = (req: IncomingMessage) => Promise<DocAuth>;

export interface DocDoor {
  store: Store;
  registry: RoomRegistry;
  gate: AccessGate;
  addressOf: AddressOf;
}

/** Reads the room id and token from the request URL, e.g. `/yjs/Xq3…?token=…`. */
export function parseDocUrl(url: string | undefined): { roomId: string; token: string | null } | null {
  const parsed = new URL(url ?? '', 'http://localhost');
  if (!parsed.pathname.startsWith(DOC_PATH_PREFIX)) return null;
  let roomId: string;
  try {
    roomId = decodeURIComponent(parsed.pathname.slice(DOC_PATH_PREFIX.length));
  } catch {
    return null;
  }
  if (!/^[\w-]{1,64}$/.test(roomId)) return null;
  return { roomId, token: parsed.searchParams.get('token') };
}

export function docAuthorizer({ store, registry, gate, addressOf }: DocDoor): DocAuthorizer {
  return async (req) => {
    const target = parseDocUrl(req.url);
    if (!target) return { ok: false, code: CLOSE.notFound, reason: 'room not found' };
    if (!target.token) return { ok: false, code: CLOSE.badToken, reason: 'a room link token is required' };
    const record = await store.getRoom(target.roomId);
    if (!record) return { ok: false, code: CLOSE.notFound, reason: 'room not found' };
    const admission = await gate.admit(addressOf(req), record, target.token);
    if (!admission.ok) {
      return admission.refusal === 'rate_limited'
        ? {
            ok: false,
            code: CLOSE.tooManyGuesses,
            reason: 'too many wrong join codes from this network; wait a minute',
          }
        : { ok: false, code: CLOSE.badToken, reason: 'room link is not valid (it may have been replaced)' };
    }
    const room = await registry.get(target.roomId);
    if (!room) return { ok: false, code: CLOSE.notFound, reason: 'room not found' };
    return { ok: true, room, role: admission.access.role };
  };
}
