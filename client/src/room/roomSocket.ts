/** The typed Socket.IO connection to one room. */
import {
  PROTOCOL_VERSION,
  type Command,
  type CommandAck,
  type ConnectAuth,
  type ConnectErrorCode,
  type ConnectErrorData,
  type PresenceMessage,
  type ProtocolError,
  type RoomEvent,
  type RoomState,
  type SyncAck,
  type SyncRequest,
  type Welcome,
} from '@dr/shared';
import { io, type Socket } from 'socket.io-client';
import type { MemberCredentials } from './memberStore';

export interface ServerToClient {
  welcome: (welcome: Welcome<RoomState>) => void;
  events: (message: { events: RoomEvent[] }) => void;
  presence: (presence: PresenceMessage) => void;
}

export interface ClientToServer {
  command: (command: Command, ack: (ack: CommandAck) => void) => void;
  sync: (request: SyncRequest, ack: (ack: SyncAck) => void) => void;
}

export type RoomSocket = Socket<ServerToClient, ClientToServer>;

/** Who connects: a stored member, a new member joining by name, or nobody yet (observer, or ask). */
export type Identity =
  | { kind: 'member'; credentials: MemberCredentials }
  | { kind: 'join'; name: string; presence: NonNullable<ConnectAuth['presence']> }
  | { kind: 'anonymous' };

export function authFor(roomId: string, token: string, identity: Identity): ConnectAuth {
  const base = { roomId, token, protocolVersion: PROTOCOL_VERSION };
  switch (identity.kind) {
    case 'member':
      return { ...base, ...identity.credentials };
    case 'join':
      return { ...base, name: identity.name, presence: identity.presence };
    case 'anonymous':
      return base;
  }
}

/** Same origin, default path; not connected until `connect()`. */
export function openRoomSocket(auth: ConnectAuth): RoomSocket {
  return io({ auth, autoConnect: false });
}

/**
 * Why a join by name was refused, as an error value: the server's English message, and its refusal
 * key and parameters when it sent them (a name with nothing visible, a full room), so the join
 * screen can say it in the reader's language.
 */
export function joinRefusal(error: Error): ProtocolError {
  const data = (error as Error & { data?: Partial<ConnectErrorData> }).data;
  return {
    code: 'invalid',
    message: error.message,
    ...(typeof data?.reason === 'string' ? { reason: data.reason } : {}),
    ...(data?.params && typeof data.params === 'object' ? { params: data.params } : {}),
  };
}

/** The stable code the server puts in a refused handshake, if any. */
export function connectErrorCode(error: Error): ConnectErrorCode | null {
  const code = (error as Error & { data?: { code?: unknown } }).data?.code;
  return typeof code === 'string' ? (code as ConnectErrorCode) : null;
}
