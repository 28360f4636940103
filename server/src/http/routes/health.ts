/** `GET /healthz`: the server is up and its store answers. */
import { Health } from '@dr/shared';
import express, { type Router } from 'express';
import type { Store } from '../../store/store.js';
import { sendError } from '../errors.js';
import { sendJson } from '../respond.js';

export function healthRouter({ store }: { store: Store }): Router {
  const router = express.Router();
  router.get('/healthz', async (_req, res) => {
    try {
      await store.ping();
      sendJson(res, Health, { ok: true });
    } catch {
      sendError(res, 503, 'internal', 'server.storeDown');
    }
  });
  return router;
}
