/**
 * `GET /healthz`: the process lives (a process manager restarts it when this fails).
 * `GET /readyz`: it can serve: the store takes a write and, on a node of a cluster, Redis answers
 * (a load balancer sends it nothing while this fails). Both answer `{ ok: true }`, else 503 with the
 * reason (`server.storeDown`, `server.diskFull`, `server.redisDown`).
 */
import { Health } from '@dr/shared';
import express, { type Router } from 'express';
import type { Store } from '../../store/store.js';
import { isDiskFull } from '../../store/diskFull.js';
import { sendError } from '../errors.js';
import { sendJson } from '../respond.js';

/** A store that can prove it takes a write (both adapters can); otherwise a ping is all there is. */
type ProbedStore = Store & { probeWrite?: () => Promise<void> };

export function healthRouter({ store, redis }: { store: ProbedStore; redis?: { ping(): Promise<void> } }): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => sendJson(res, Health, { ok: true }));
  router.get('/readyz', async (_req, res) => {
    try {
      await (store.probeWrite ? store.probeWrite() : store.ping());
    } catch (error) {
      return sendError(res, 503, 'internal', isDiskFull(error) ? 'server.diskFull' : 'server.storeDown');
    }
    try {
      await redis?.ping();
    } catch {
      return sendError(res, 503, 'internal', 'server.redisDown');
    }
    sendJson(res, Health, { ok: true });
  });
  return router;
}
