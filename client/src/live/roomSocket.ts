/** The typed Socket.IO connection to one room, declared with the server's own event maps (@dr/shared). */
import {
  LIMITS,
  PROTOCOL_VERSION,
  STATE_VERSION,
  type ClientToServer,
  type ConnectAuth,
  type ConnectErrorCode,
  type ServerToClient,
} from '@dr/shared';
import { io, type Socket } from 'socket.io-client';
import { pageLocale } from '../i18n/language';
import { readRefusal, type Refusal } from './refusal';
import type { MemberCredentials } from './memberStore';

export type RoomSocket = Socket<ServerToClient, ClientToServer>;

/** Who connects: a stored member, a new member joining by name, or nobody yet (observer, or ask). */
export type Identity =
  | { kind: 'member'; credentials: MemberCredentials }
  | { kind: 'join'; name: string; presence: NonNullable<ConnectAuth['presence']> }
  | { kind: 'anonymous' };

/**
 * The handshake's `auth` for `identity`; with `resumeFrom`, where the room's state this page holds
 * is (its seq, and `at`: the time of its last event, which names the history), it asks to resume from
 * it instead of being sent the whole room.
 */
export function authFor(
  roomId: string,
  token: string,
  identity: Identity,
  resumeFrom?: { seq: number; at: number } | null,
): ConnectAuth {
  const base = {
    roomId,
    token,
    protocolVersion: PROTOCOL_VERSION,
    // Asked again at every reconnect: the server says this connection's refusals in the page's language.
    locale: pageLocale(),
    ...(resumeFrom ? { resume: { ...resumeFrom, stateVersion: STATE_VERSION } } : {}),
  };
  switch (identity.kind) {
    case 'member':
      return { ...base, ...identity.credentials };
    case 'join':
      return { ...base, name: identity.name, presence: identity.presence };
    case 'anonymous':
      // On a participant link the server then keeps the connection and asks for a name (`nameRequired`)
      // instead of refusing it: the name goes out on it (`join`) without a second handshake.
      return { ...base, waitForName: true };
  }
}

/**
 * How the room's connection comes back after a server restart or a lost node (issue 25 §6): the
 * first try within about a third of a second, never more than a second between tries (Socket.IO's
 * default waits up to 5 s), each wait moved by up to half its length at random, so a hall of
 * phones that lost the server at the same moment does not come back in the same millisecond.
 */
export const RECONNECTION = { reconnectionDelay: 300, reconnectionDelayMax: 1000, randomizationFactor: 0.5 } as const;

/** How long a command's answer may take on a connection that says it is up (then it is not). */
export const COMMAND_TIMEOUT_MS = 15_000;
/** A join's answer: it may wait its turn on the server (`LIMITS.joinWaitMs`) before it comes. */
export const JOIN_ANSWER_MS = LIMITS.joinWaitMs + COMMAND_TIMEOUT_MS;

/** Same origin, default path; not connected until `connect()`. */
export function openRoomSocket(auth: ConnectAuth): RoomSocket {
  // A WebSocket first: on a 400 ms round trip, starting with long-polling and upgrading costs several
  // round trips before the welcome. Where a proxy refuses WebSockets, long-polling is tried next.
  // `room` in the query: a load balancer in front of several nodes keeps a room's requests on one node
  // (deploy/nginx.conf), which long-polling needs and which makes the fan-out cheaper.
  return io({
    auth,
    query: { room: auth.roomId },
    autoConnect: false,
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    ...RECONNECTION,
  });
}

/** The stable code the server puts in a refused handshake, if any. */
export function connectErrorCode(error: Error): ConnectErrorCode | null {
  const code = (error as Error & { data?: { code?: unknown } }).data?.code;
  return typeof code === 'string' ? (code as ConnectErrorCode) : null;
}

/** The refusal a refused handshake carries (`data.code`, `data.reason`), for telling people why. */
export const connectRefusal = (error: Error): Refusal | null =>
  readRefusal({ error: { ...(error as Error & { data?: object }).data, message: error.message } });
