/**
 * `GET /metrics` for Prometheus, answered only to the addresses in `METRICS_ALLOW` (addresses,
 * subnets and the names `loopback`, `linklocal`, `uniquelocal`, comma-separated; default
 * `loopback`). The address is the client's as every door reads it (`req.ip`, so `TRUST_PROXY`
 * holds): behind nginx, the scraper's own address, not the proxy's. Anyone else is told there is
 * nothing here.
 */
import express, { type Router } from 'express';
import proxyaddr from 'proxy-addr';
import { sendError } from '../http/errors.js';
import type { Metrics } from './metrics.js';

/** `METRICS_ALLOW` as a list; unset or empty keeps the default. */
export function parseMetricsAllow(value: string | undefined): string[] {
  const list = (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return list.length > 0 ? list : ['loopback'];
}

export function metricsRouter({ metrics, allow }: { metrics: Metrics; allow: readonly string[] }): Router {
  // Throws at start on a malformed entry, like TRUST_PROXY: a typo must not open the metrics to all.
  const allowed = proxyaddr.compile([...allow]);
  const router = express.Router();
  router.get('/metrics', async (req, res) => {
    if (!req.ip || !allowed(req.ip, 0)) return sendError(res, 404, 'not_found', 'request.unknown');
    const { contentType, body } = await metrics.text();
    res.setHeader('Content-Type', contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(body);
  });
  return router;
}
