/**
 * The Socket.IO server, typed by the shared event maps (shared/src/protocol/socket.ts): the web app's
 * socket is declared with the same maps, so both ends agree on every message and acknowledgement.
 */
import type { ClientToServer, InterServer, ServerToClient } from '@dr/shared';
import type { Server, Socket } from 'socket.io';
import type { Identity } from './authenticate.js';

/** What the server keeps on each connection: who it is, decided once by the handshake. */
export interface SocketData {
  identity: Identity;
}

export type RoomServer = Server<ClientToServer, ServerToClient, InterServer, SocketData>;
export type RoomSocket = Socket<ClientToServer, ServerToClient, InterServer, SocketData>;
