/**
 * The handshake: who is this socket? Decided once, by the one access policy (access/accessGate.ts)
 * from the link token or join code, then (for members) the member secret or a name. The result is
 * fixed on the connection for its lifetime.
 */
import {
  ConnectAuth,
  isCurrentMember,
  own,
  PROTOCOL_VERSION,
  refusalText,
  STATE_VERSION,
  type ConnectErrorCode,
  type ConnectErrorData,
  type Locale,
  type ProtocolError,
  type RefusalKey,
  type RefusalParams,
  type Role,
} from '@dr/shared';
import type { AccessGate } from '../access/accessGate.js';
import type { JoinSource } from '../room/joinQueue.js';
import type { Room } from '../room/room.js';
import type { RoomRegistry } from '../room/roomRegistry.js';
import { tokenMatches } from '../credentials/tokens.js';
import type { Store } from '../store/store.js';

export interface Identity {
  room: Room;
  role: Role;
  memberId: string | null;
  /** Only on the connection that created the member: sent back once, in its own welcome. */
  memberSecret?: string;
  /** A participant link without a name that asked to wait for one (`auth.waitForName`): not in the room yet. */
  waitingForName?: true;
  /** The seq at which the client holds the room's state, folded as this server folds (`auth.resume`). */
  resumeSeq?: number;
}

/** A refused handshake: `data.code` for programs, `data.reason` (a refusal key) for people in their language. */
export class HandshakeError extends Error {
  readonly data: ConnectErrorData;
  constructor(code: ConnectErrorCode, reason: RefusalKey, params?: RefusalParams) {
    super(refusalText(reason, 'en', params));
    this.data = { code, reason, ...(params ? { params } : {}) };
  }

  /** A refusal from the room (a name it would not take), passed on with its own reason and message. */
  static from(code: ConnectErrorCode, error: ProtocolError): HandshakeError {
    const refused = new HandshakeError(code, error.reason ?? 'access.malformed', error.params);
    if (!error.reason) {
      refused.message = error.message;
      delete refused.data.reason;
    }
    return refused;
  }

  /** This refusal with its message in `locale` (the language the connection asked for), and `data.locale` saying so. */
  said(locale: Locale): HandshakeError {
    if (!this.data.reason) return this;
    this.message = refusalText(this.data.reason, locale, this.data.params);
    this.data.locale = locale;
    return this;
  }
}

export interface HandshakeDeps {
  registry: RoomRegistry;
  store: Store;
  gate: AccessGate;
}

/**
 * Who the socket is. `from` is where a join by name comes from (its device pass, else its address):
 * the room's joins are shared fairly between sources (room/joinQueue.ts).
 */
export async function authenticate(
  rawAuth: unknown,
  address: string,
  from: JoinSource,
  deps: HandshakeDeps,
): Promise<Identity> {
  const parsed = ConnectAuth.safeParse(rawAuth ?? {});
  if (!parsed.success) throw new HandshakeError('invalid', 'access.malformed');
  const auth = parsed.data;
  if (auth.protocolVersion !== undefined && auth.protocolVersion !== PROTOCOL_VERSION) {
    throw new HandshakeError('outdated', 'access.outdated');
  }

  const record = await deps.store.getRoom(auth.roomId);
  if (!record) throw new HandshakeError('not_found', 'room.unknown');
  const admission = await deps.gate.admit(address, record, auth.token);
  if (!admission.ok) {
    if (admission.refusal === 'rate_limited') throw new HandshakeError('rate_limited', 'access.tooManyGuesses');
    throw new HandshakeError('bad_token', 'access.badLink');
  }
  const room = await deps.registry.get(auth.roomId);
  if (!room) throw new HandshakeError('not_found', 'room.unknown');
  // With other nodes: what they appended is folded before the welcome (and before a member check).
  await room.caughtUp();
  const { role } = admission.access;
  const identity = await who(auth, role, room, from, deps);
  if (auth.resume && (await resumable(auth.resume, auth.roomId, deps.store))) identity.resumeSeq = auth.resume.seq;
  return identity;
}

/**
 * Whether the client's state can be brought up to date by events: folded by these rules (a state
 * folded by another version cannot), and from this room's history. A store restored from a backup
 * reuses seqs for other events; the event at `seq` having the client's `at` says it is the same one.
 */
async function resumable(resume: NonNullable<ConnectAuth['resume']>, roomId: string, store: Store): Promise<boolean> {
  if (resume.stateVersion !== STATE_VERSION) return false;
  const [event] = await store.readEvents(roomId, resume.seq - 1, 1);
  return event?.seq === resume.seq && event.at === resume.at;
}

/** The member (or none) the connection is, from its secret or a new name. */
async function who(
  auth: ConnectAuth,
  role: Role,
  room: Room,
  from: JoinSource,
  deps: HandshakeDeps,
): Promise<Identity> {
  if (role === 'observer') return { room, role, memberId: null };

  if (auth.memberId && auth.memberSecret) {
    const secretHash = await deps.store.getMemberSecret(auth.roomId, auth.memberId);
    // A member the host removed is no member: their secret no longer admits them.
    const known = secretHash !== null && secretHash !== undefined && tokenMatches(auth.memberSecret, secretHash);
    // Waiting for the host to let them in (joining locked): not yet, try again later.
    if (known && own(room.current.joining.waiting, auth.memberId))
      throw new HandshakeError('waiting', 'access.waitingForHost');
    if (!known || !isCurrentMember(room.current, auth.memberId)) {
      throw new HandshakeError('bad_member', 'access.rejoin');
    }
    // A member seated in advance (a council's roster) attends from their first connection on.
    await room.arrive(auth.memberId, auth.presence);
    return { room, role, memberId: auth.memberId };
  }
  if (auth.name) {
    const joined = await room.join(role, auth.name, auth.presence, from);
    if (!joined.ok && joined.waiting) {
      const waiting = HandshakeError.from('waiting', joined.error);
      waiting.data.waiting = joined.waiting;
      throw waiting;
    }
    if (!joined.ok)
      throw HandshakeError.from(joined.error.code === 'rate_limited' ? 'rate_limited' : 'invalid', joined.error);
    return { room, role, memberId: joined.memberId, memberSecret: joined.memberSecret };
  }
  // A host link without a name runs the meeting (or a projector) without being a member.
  if (role === 'host') return { room, role, memberId: null };
  if (auth.waitForName) return { room, role, memberId: null, waitingForName: true };
  throw new HandshakeError('name_required', 'access.nameRequired');
}
