/** Serves the built browser app, with every app route answered by its index.html. */
import express, { type Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../client/dist');

export function staticClient(dist = CLIENT_DIST): Router {
  const router = express.Router();
  if (!existsSync(path.join(dist, 'index.html'))) {
    router.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send('The web app is not built yet: run `pnpm build` (pnpm start does it for you).');
    });
    return router;
  }
  router.use(
    '/assets',
    express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.use(express.static(dist, { index: false }));
  router.get(/^\/(?!api\/|socket\.io\/|yjs\/).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(dist, 'index.html'));
  });
  return router;
}
