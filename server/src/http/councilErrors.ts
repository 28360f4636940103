/**
 * A council's or an office's refusal over HTTP: the shape of every refusal
 * (`{ error: { code, message, reason, params? } }`), with a key of the council's table or the room's.
 */
import type { HttpErrorCode, RefusalKey, RefusalParams } from '@dr/shared';
import { councilRefusalText, type CouncilError, type CouncilRefusalKey } from '@dr/shared/council';
import type { Response } from 'express';

const STATUS: Record<CouncilError['code'], number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  too_large: 413,
  internal: 500,
};

export function sendCouncilError(
  res: Response,
  status: number,
  code: HttpErrorCode,
  reason: CouncilRefusalKey | RefusalKey,
  params?: RefusalParams,
): void {
  const message = councilRefusalText(reason, 'en', params) ?? reason;
  res.status(status).json({ error: { code, message, reason, ...(params ? { params } : {}) } });
}

/** A refused council command, with the status its code means. */
export function sendCouncilRefusal(res: Response, error: CouncilError): void {
  sendCouncilError(res, STATUS[error.code], error.code, error.reason ?? 'server.failed', error.params);
}
