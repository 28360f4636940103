/** Wires one HTTP server: Express (API + web app), Socket.IO and the Yjs draft endpoint over the same port. */
import type { Role } from '@dr/shared';
import express, { type NextFunction, type Request, type Response } from 'express';
import { createServer, type Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import { Server as SocketServer } from 'socket.io';
import { apiRouter, requestLimit } from './http/api.js';
import { sendError } from './http/errors.js';
import { linksRouter } from './http/linksApi.js';
import { minutesRouter } from './http/minutesApi.js';
import { noticeRouter } from './http/noticeApi.js';
import { scorecardRouter } from './http/scorecardApi.js';
import { staticClient } from './http/staticClient.js';
import { RoomRegistry } from './room/roomRegistry.js';
import { attachSocketHandlers, socketBroadcaster } from './socket/socketServer.js';
import type { Store } from './store/store.js';
import { DOC_PATH_PREFIX } from './yjs/docAuth.js';
import { YjsEndpoint } from './yjs/yjsEndpoint.js';

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
  yjs: YjsEndpoint;
  /** Stops accepting, closes sockets, flushes and unloads every room; the store is the caller's to close. */
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
  app.use(['/api', '/j', '/notice'], requestLimit());
  app.use(express.json({ limit: '64kb' }));

  const http = createServer(app);
  // The transport cap (1 MB) stays far above the 64 KB command cap, so an oversized command is
  // answered with `too_large` instead of a dropped connection.
  // destroyUpgrade off: Socket.IO would otherwise end any other upgrade still unanswered after 1 s,
  // and a draft connection may wait longer than that for its document to load. Ours answers below.
  const io = new SocketServer(http, { maxHttpBufferSize: 1e6, serveClient: false, destroyUpgrade: false });
  const broadcaster = socketBroadcaster(io);
  const registry = new RoomRegistry({ store, logger, broadcaster });
  const yjs = new YjsEndpoint({ registry, store, logger });
  http.on('upgrade', (req, socket, head: Buffer) => {
    const path = req.url ?? '';
    if (path.startsWith(DOC_PATH_PREFIX)) yjs.handleUpgrade(req, socket, head);
    else if (!path.startsWith('/socket.io/')) socket.destroy(); // nobody else takes upgrades
  });

  app.use(apiRouter({ store, registry, publicUrl }));
  // A replaced link closes the draft connections that came in through it too, not only its Socket.IO sockets.
  const revokeEverywhere = {
    revoke(roomId: string, role: Role) {
      broadcaster.revoke(roomId, role);
      yjs.revoke(roomId, role);
    },
  };
  app.use(linksRouter({ store, broadcaster: revokeEverywhere, publicUrl }));
  app.use(noticeRouter({ registry, clientDist }));
  app.use(minutesRouter({ store, registry }));
  app.use(scorecardRouter({ store, registry }));
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
    yjs,
    async close() {
      // Draft sockets first: the HTTP server's close (inside io.close) waits for every open socket.
      await yjs.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await registry.unloadAll();
    },
  };
}
