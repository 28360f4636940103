import { httpRefusal, type HttpErrorCode, type RefusalKey, type RefusalParams } from '@dr/shared';
import type { Response } from 'express';

/**
 * The HTTP twin of a socket refusal: `{ error: { code, message, reason, params? } }`, with a
 * refusal key of shared/src/refusals.ts so the web app says it in the page's language.
 */
export function sendError(
  res: Response,
  status: number,
  code: HttpErrorCode,
  reason: RefusalKey,
  params?: RefusalParams,
): void {
  res.status(status).json(httpRefusal(code, reason, params));
}
