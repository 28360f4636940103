/**
 * The WebSocket edge of the draft documents: takes HTTP upgrades for `/yjs/<roomId>?token=…` on the
 * app's own port, authorizes them, and binds each socket to a `YjsConnection` on the room's document.
 * A refused connection is still accepted and then closed with a code and a reason, because a client
 * only learns a reason from a close frame (an HTTP error just makes y-websocket retry forever).
 */
import type { Role } from '@dr/shared';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { Room } from '../room/room.js';
import type { RoomRegistry } from '../room/roomRegistry.js';
import type { DocAuthorizer } from './docAuth.js';
import type { RoomDoc } from './roomDoc.js';
import { YjsConnection, type DocTransport } from './yjsConnection.js';
import { CLOSE, DOC_SETTINGS, type DocSettings } from './yjsProtocol.js';

export interface YjsEndpointOptions {
  registry: RoomRegistry;
  logger: Logger;
  /** The door: the one access policy, from the client's address (docAuth.ts). */
  authorize: DocAuthorizer;
  settings?: Partial<DocSettings>;
  /** A socket that has not answered a ping within this long is dropped. */
  keepaliveMs?: number;
}

/** A client this far behind on reading is not keeping up; dropping it beats buffering without end. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
const CLOSE_WAIT_MS = 2000;

export class YjsEndpoint {
  private readonly wss: WebSocketServer;
  private readonly awaitingPong = new Set<WebSocket>();
  private readonly bound = new Set<{ roomId: string; connection: YjsConnection }>();
  private readonly keepalive: NodeJS.Timeout;
  private closing = false;

  constructor(private readonly options: YjsEndpointOptions) {
    const limits = { ...DOC_SETTINGS, ...options.settings };
    // Frames up to a whole document's size are read, so an oversized message gets our 4413 and its
    // reason (a final close for the provider); past that, ws itself closes with 1009.
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: Math.max(limits.maxDocBytes, limits.maxMessageBytes),
    });
    this.keepalive = setInterval(() => this.pingAll(), options.keepaliveMs ?? 30_000);
    this.keepalive.unref();
  }

  /** Takes an HTTP upgrade whose path starts with `/yjs/`. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.closing) return void socket.destroy();
    // Until ws owns the socket, an error on it (a client that gave up) must not go unhandled.
    const onEarlyError = () => socket.destroy();
    socket.on('error', onEarlyError);
    this.admit(req)
      .catch((error: unknown) => {
        this.options.logger.error({ err: error }, 'yjs connection failed');
        return (ws: WebSocket) => ws.close(CLOSE.serverError, 'the server could not open this draft; retrying');
      })
      .then((onOpen) => {
        socket.off('error', onEarlyError);
        if (this.closing || socket.destroyed) return void socket.destroy();
        this.wss.handleUpgrade(req, socket, head, onOpen);
      })
      .catch((error: unknown) => {
        this.options.logger.error({ err: error }, 'yjs upgrade failed');
        socket.destroy();
      });
  }

  /** Closes every draft connection of a room that came in through a link of `role` (after that link was replaced). */
  revoke(roomId: string, role: Role): void {
    for (const { roomId: id, connection } of this.bound) {
      if (id === roomId && connection.role === role) connection.close(CLOSE.badToken, 'room link was replaced');
    }
  }

  /** Refuses new connections and closes the open ones (1001); resolves when they are gone. */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.keepalive);
    await Promise.all([...this.wss.clients].map((ws) => closeSocket(ws)));
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  /** Decides what happens once the socket is open: bind it to the room's document, or close it with a reason. */
  private async admit(req: IncomingMessage): Promise<(ws: WebSocket) => void> {
    const { logger } = this.options;
    const auth = await this.options.authorize(req);
    if (!auth.ok) {
      logger.debug({ code: auth.code, reason: auth.reason }, 'yjs connection refused');
      return (ws) => ws.close(auth.code, auth.reason);
    }
    const roomDoc = await auth.room.doc();
    return (ws) => this.bind(ws, auth.room, roomDoc, auth.role);
  }

  private bind(ws: WebSocket, room: Room, roomDoc: RoomDoc, role: Role): void {
    const { registry, logger, settings } = this.options;
    const connection = new YjsConnection(roomDoc, wsTransport(ws), role, logger, settings);
    const entry = { roomId: room.roomId, connection };
    this.bound.add(entry);
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) return connection.close(CLOSE.malformed, 'expected binary y-websocket messages');
      connection.receive(toBytes(data));
    });
    ws.on('pong', () => this.awaitingPong.delete(ws));
    ws.on('error', (error) => logger.debug({ err: error, roomId: room.roomId }, 'yjs socket error'));
    ws.on('close', () => {
      this.awaitingPong.delete(ws);
      this.bound.delete(entry);
      connection.ended();
      if (room.isIdle) registry.scheduleIdleCheck(room.roomId);
    });
    connection.start();
  }

  /** A socket that has not answered the previous ping is dead (a phone that lost signal): drop it. */
  private pingAll(): void {
    for (const ws of this.wss.clients) {
      if (this.awaitingPong.has(ws)) ws.terminate();
      else {
        this.awaitingPong.add(ws);
        ws.ping();
      }
    }
  }
}

function wsTransport(ws: WebSocket): DocTransport {
  return {
    send(message) {
      if (ws.readyState !== WebSocket.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return void ws.terminate();
      ws.send(message);
    },
    close(code, reason) {
      ws.close(code, reason);
    },
  };
}

function closeSocket(ws: WebSocket): Promise<void> {
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => ws.terminate(), CLOSE_WAIT_MS);
    ws.once('close', () => {
      clearTimeout(force);
      resolve();
    });
    ws.close(CLOSE.goingAway, 'server shutting down');
  });
}

/** ws hands over a Buffer (a Uint8Array) unless told otherwise; no copy is made. */
function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
