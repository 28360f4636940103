/** Wires one HTTP server: Express (API + web app) and Socket.IO over the same port. */
import express, { type NextFunction, type Request, type Response } from 'express';
import { createServer, type Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import { Server as SocketServer } from 'socket.io';
import { apiRouter, sendError } from './http/api.js';
import { staticClient } from './http/staticClient.js';
import { RoomRegistry } from './room/roomRegistry.js';
import { attachSocketHandlers, socketBroadcaster } from './socket/socketServer.js';
import type { Store } from './store/store.js';

export interface AppOptions {
  store: Store;
  logger: Logger;
  publicUrl?: string | undefined;
  clientDist?: string;
}

export interface App {
  http: HttpServer;
  io: SocketServer;
  registry: RoomRegistry;
  /** Stops accepting, flushes every room, closes sockets; the store is the caller's to close. */
  close(): Promise<void>;
}

export function createApp({ store, logger, publicUrl, clientDist }: AppOptions): App {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use((_req, res, next) => {
    // Tokens live in URL fragments; no-referrer keeps any link out of third parties' logs too.
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  app.use(express.json({ limit: '64kb' }));

  const http = createServer(app);
  // The transport cap (1 MB) stays far above the 64 KB command cap, so an oversized command is
  // answered with `too_large` instead of a dropped connection.
  const io = new SocketServer(http, { maxHttpBufferSize: 1e6, serveClient: false });
  const registry = new RoomRegistry({ store, logger, broadcaster: socketBroadcaster(io) });

  app.use(apiRouter({ store, registry, publicUrl }));
  app.use(staticClient(clientDist));
  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = (err as { status?: number }).status;
    if (status === 413) return sendError(res, 413, 'too_large', 'The request body is too large.');
    if (status === 400) return sendError(res, 400, 'invalid', 'The request body is not valid JSON.');
    logger.error({ err }, 'request failed');
    sendError(res, 500, 'internal', 'Something went wrong on the server.');
  });
  attachSocketHandlers(io, registry, store, logger);

  return {
    http,
    io,
    registry,
    async close() {
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await registry.flushAll();
    },
  };
}
