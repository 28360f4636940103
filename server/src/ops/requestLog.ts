/**
 * One log line per HTTP request (pino-http): method, the route's pattern (`/api/rooms/:roomId/links`,
 * never the path as sent), status and time. Nothing else of the request is logged: no query, no
 * headers (the host token travels in `Authorization`), no body, so no token, join code or name can
 * reach the log. Socket.IO and the draft endpoint are not HTTP routes here: they log on their own.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/** The pattern of the route that answered; static files and unknown paths by kind, never by path. */
export function routePattern(req: Request): string {
  const route = (req as { route?: { path?: unknown } }).route;
  if (route && typeof route.path === 'string') return `${req.baseUrl}${route.path}`;
  if (req.method === 'GET' || req.method === 'HEAD') return '(static)';
  return '(unmatched)';
}

const QUIET_ROUTES = new Set(['(static)', '/healthz', '/readyz', '/metrics']);

export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp<Request, Response>({
    logger,
    // Neither req.log nor the line carries the request object (its URL, its headers): only `line`.
    quietReqLogger: true,
    quietResLogger: true,
    wrapSerializers: false,
    customAttributeKeys: { responseTime: 'ms' },
    // The web app's files (many per page load) and the probes (every few seconds) log at debug, so the
    // log shows the API and the refusals.
    customLogLevel: (req, res, error) =>
      error || res.statusCode >= 500
        ? 'error'
        : res.statusCode < 400 && QUIET_ROUTES.has(routePattern(req))
          ? 'debug'
          : 'info',
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req, res, value: { ms?: number }) => line(req, res, value),
    customErrorObject: (req, res, _error, value: { ms?: number }) => line(req, res, value),
  }) as unknown as RequestHandler;
}

function line(req: Request, res: Response, value: { ms?: number }) {
  return { method: req.method, route: routePattern(req), status: res.statusCode, ms: value.ms };
}
