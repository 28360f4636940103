/**
 * The handshake: who is this socket? Decided once, from the link token and (for members) the
 * member secret or a name. The result is fixed on the connection for its lifetime.
 */
import {
  ConnectAuth,
  isCurrentMember,
  PROTOCOL_VERSION,
  type ConnectErrorCode,
  type ConnectErrorData,
  type ProtocolError,
  type Role,
} from '@dr/shared';
import type { Room } from '../room/room.js';
import type { RoomRegistry } from '../room/roomRegistry.js';
import { looksLikeJoinCode, normalizeJoinCode } from '../security/roomLinks.js';
import { tokenMatches } from '../security/tokens.js';
import { LINK_ROLES, type LinkRole, type RoomRecord, type Store } from '../store/store.js';

export interface Identity {
  room: Room;
  role: Role;
  memberId: string | null;
  /** Only on the connection that created the member: sent back once, in its own welcome. */
  memberSecret?: string;
}

export class HandshakeError extends Error {
  readonly data: ConnectErrorData;
  /** `refusal`: why, as a refusal key the client can say in its own language. */
  constructor(code: ConnectErrorCode, message: string, refusal?: Pick<ProtocolError, 'reason' | 'params'>) {
    super(message);
    this.data = {
      code,
      ...(refusal?.reason ? { reason: refusal.reason } : {}),
      ...(refusal?.params ? { params: refusal.params } : {}),
    };
  }
}

export async function authenticate(rawAuth: unknown, registry: RoomRegistry, store: Store): Promise<Identity> {
  const parsed = ConnectAuth.safeParse(rawAuth ?? {});
  if (!parsed.success)
    throw new HandshakeError('invalid', 'Missing or malformed room link: auth needs roomId and token.');
  const auth = parsed.data;
  if (auth.protocolVersion !== undefined && auth.protocolVersion !== PROTOCOL_VERSION) {
    throw new HandshakeError('outdated', 'This page is out of date: please reload.');
  }

  const record = await store.getRoom(auth.roomId);
  const room = record ? await registry.get(auth.roomId) : null;
  if (!record || !room) throw new HandshakeError('not_found', 'This room does not exist.');
  const role = roleOf(auth.token, record);
  if (!role) throw new HandshakeError('bad_token', 'This room link is not valid (it may have been replaced).');
  if (role === 'observer') return { room, role, memberId: null };

  if (auth.memberId && auth.memberSecret) {
    const secretHash = await store.getMemberSecret(auth.roomId, auth.memberId);
    // A member the host removed is no member: their secret no longer admits them.
    if (!secretHash || !tokenMatches(auth.memberSecret, secretHash) || !isCurrentMember(room.current, auth.memberId)) {
      throw new HandshakeError('bad_member', 'Your saved place in this room was not recognised: please join again.');
    }
    return { room, role, memberId: auth.memberId };
  }
  if (auth.name) {
    const joined = await room.join(role, auth.name, auth.presence);
    if (!joined.ok) {
      const code = joined.error.code === 'rate_limited' ? 'rate_limited' : 'invalid';
      throw new HandshakeError(code, joined.error.message, joined.error);
    }
    return { room, role, memberId: joined.memberId, memberSecret: joined.memberSecret };
  }
  // A host link without a name runs the meeting (or a projector) without being a member.
  if (role === 'host') return { room, role, memberId: null };
  throw new HandshakeError('name_required', 'Tell the room your name to join.');
}

/** The role a presented token gives: one of the three links, or the join code (a participant). */
export function roleOf(token: string, record: RoomRecord): LinkRole | undefined {
  const byLink = LINK_ROLES.find((r) => tokenMatches(token, record.tokenHashes[r]));
  if (byLink) return byLink;
  if (looksLikeJoinCode(token) && tokenMatches(normalizeJoinCode(token), record.joinCodeHash)) return 'participant';
  return undefined;
}
