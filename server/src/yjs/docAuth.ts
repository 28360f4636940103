/**
 * Who may open `/yjs/<roomId>?token=<token>`: the same capability tokens as the Socket.IO handshake,
 * decided once per connection. The role it gives is fixed on the connection for its lifetime.
 */
import type { Role } from '@dr/shared';
import type { Room } from '../room/room.js';
import type { RoomRegistry } from '../room/roomRegistry.js';
import { tokenMatches } from '../security/tokens.js';
import { LINK_ROLES, type Store } from '../store/store.js';
import { CLOSE } from './yjsProtocol.js';

export const DOC_PATH_PREFIX = '/yjs/';

export type DocAuth = { ok: true; room: Room; role: Role } | { ok: false; code: number; reason: string };

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

export async function authorizeDoc(url: string | undefined, store: Store, registry: RoomRegistry): Promise<DocAuth> {
  const target = parseDocUrl(url);
  if (!target) return { ok: false, code: CLOSE.notFound, reason: 'room not found' };
  if (!target.token) return { ok: false, code: CLOSE.badToken, reason: 'a room link token is required' };
  const record = await store.getRoom(target.roomId);
  if (!record) return { ok: false, code: CLOSE.notFound, reason: 'room not found' };
  const role = LINK_ROLES.find((r) => tokenMatches(target.token!, record.tokenHashes[r]));
  if (!role) return { ok: false, code: CLOSE.badToken, reason: 'room link is not valid (it may have been replaced)' };
  const room = await registry.get(target.roomId);
  if (!room) return { ok: false, code: CLOSE.notFound, reason: 'room not found' };
  return { ok: true, room, role };
}
