/**
 * The one HTTP error sender, for rooms, councils and offices: every refusal is
 * `{ error: { code, message, reason, params?, locale } }` with a refusal key (the room's table or
 * the council's); `message` is its text in the language the request asked for (`Accept-Language`,
 * which the web app sets to the page's language; English when it names neither of ours).
 */
import type { ErrorCode, HttpErrorCode, RefusalKey, RefusalParams } from '@dr/shared';
import type { CouncilRefusalKey } from '@dr/shared/council';
import type { Response } from 'express';
import { requesterLocale, sayRefusal } from './refusalLocale.js';

/** A refusal key of either table. */
export type AnyRefusalKey = RefusalKey | CouncilRefusalKey;

/** A refused command, as rooms and councils decide it (`protocolError`, `councilError`). */
export interface Refused {
  code: ErrorCode;
  reason?: AnyRefusalKey;
  params?: RefusalParams;
}

/** The status each refusal code is answered with. */
const STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  too_large: 413,
  internal: 500,
};

export function sendError(
  res: Response,
  status: number,
  code: HttpErrorCode,
  reason: AnyRefusalKey,
  params?: RefusalParams,
): void {
  const locale = requesterLocale(undefined, res.req.headers['accept-language']);
  res
    .status(status)
    .json({ error: sayRefusal({ code, message: reason, reason, ...(params ? { params } : {}) }, locale) });
}

/** A refused command, with the status its code means. */
export function sendRefusal(res: Response, error: Refused): void {
  sendError(res, STATUS[error.code], error.code, error.reason ?? 'server.failed', error.params);
}

/** 401 without a credential: says how to present one (`WWW-Authenticate: Bearer`), on every door. */
export function sendUnauthorized(res: Response, reason: AnyRefusalKey): void {
  res.setHeader('WWW-Authenticate', 'Bearer');
  sendError(res, 401, 'unauthorized', reason);
}
