/**
 * Serves the built browser app, with every app route answered by its index.html.
 *
 * Every text file is precompressed at build time (client/vite.config.ts writes `.br` and `.gz`
 * beside it); express-static-gzip picks the one the browser accepts (`Accept-Encoding`, brotli
 * first), says so in `Content-Encoding` and adds `Vary: Accept-Encoding` so a cache between keeps
 * them apart. Nothing is compressed per request: a cheap server stays free for the meeting.
 *
 * Caching: `/assets/` file names carry a hash of their content, so they are cached for a year
 * and never asked again (`immutable`); everything else (index.html, the service worker, the web
 * manifest, icons) keeps its name across releases, so the browser asks each time (`no-cache`,
 * answered 304 through its ETag when unchanged).
 */
import express, { type RequestHandler, type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../client/dist');

/** Brotli when the browser takes it (smaller by a fifth than gzip for our scripts), else gzip, else plain. */
const ENCODINGS = { enableBrotli: true, orderPreference: ['br', 'gzip'] };

const NOT_BUILT = 'The web app is not built yet: run `pnpm build` (pnpm start does it for you).';

export function staticClient(dist = CLIENT_DIST): Router {
  const router = express.Router();
  if (!existsSync(path.join(dist, 'index.html'))) {
    router.get('/', (_req, res) => {
      res.status(503).type('text/plain').send(NOT_BUILT);
    });
    return router;
  }
  router.use(
    '/assets',
    expressStaticGzip(path.join(dist, 'assets'), {
      ...ENCODINGS,
      index: false,
      // Never revalidated (immutable), so no ETag or Last-Modified to send; nothing asks for ranges.
      serveStatic: { immutable: true, maxAge: '1y', etag: false, lastModified: false, acceptRanges: false },
    }),
  );
  // A missing asset is a stale page asking for an old build's file: 404, not the app page in its place.
  router.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  const shell = appShell(dist);
  router.use(shell.files);
  router.get(/^\/(?!api\/|socket\.io\/|yjs\/).*/, shell.index);
  return router;
}

export interface AppShell {
  /** The files at the top of the build (index.html, sw.js, the manifest, icons), revalidated each time. */
  files: RequestHandler;
  /** Answers with index.html, compressed as the browser accepts, whatever the path. */
  index: RequestHandler;
}

/** The app's unhashed files and its index.html, for the app's routes and the notice page's. */
export function appShell(dist = CLIENT_DIST): AppShell {
  const files = expressStaticGzip(dist, {
    ...ENCODINGS,
    index: false,
    serveStatic: {
      index: false,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    },
  }) as RequestHandler;
  const index: RequestHandler = (req, res, next) => {
    if (!existsSync(path.join(dist, 'index.html'))) {
      res.status(503).type('text/plain').send(NOT_BUILT);
      return;
    }
    const url = req.url;
    req.url = '/index.html';
    files(req, res, (error?: unknown) => {
      req.url = url;
      next(error);
    });
  };
  return { files, index };
}
