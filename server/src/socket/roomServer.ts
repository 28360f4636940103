/**
 * The Socket.IO server, typed by the shared event maps (shared/src/protocol/socket.ts): the web app's
 * socket is declared with the same maps, so both ends agree on every message and acknowledgement.
 */
import type { ClientToServer, InterServer, ServerToClient } from '@dr/shared';
import type { Server, Socket } from 'socket.io';
import type { Identity } from './authenticate.js';
import type { PreEncoded } from './preEncoded.js';

/** What the server keeps on each connection: who it is, decided by the handshake (or a later `join`). */
export interface SocketData {
  identity: Identity;
}

/**
 * What this server emits: the shared map, except that a welcome may go out as its JSON already
 * written (preEncoded.ts), which clients decode as the `Welcome` it is.
 */
export type ServerEmits = Omit<ServerToClient, 'welcome'> & {
  welcome: (welcome: Parameters<ServerToClient['welcome']>[0] | PreEncoded) => void;
};

export type RoomServer = Server<ClientToServer, ServerEmits, InterServer, SocketData>;
export type RoomSocket = Socket<ClientToServer, ServerEmits, InterServer, SocketData>;
