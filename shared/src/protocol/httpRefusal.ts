/**
 * HTTP refusals, shaped like socket refusals: every refused request answers
 * `{ error: { code, message, reason?, params? } }`, where `reason` is a key of refusals.ts so a
 * client can say it in the page's language, and `message` is the English text for logs.
 */
import { REFUSALS, refusalText, type RefusalKey, type RefusalParams } from '../core/refusals.js';
import type { ErrorCode } from '../core/errors.js';

/** The socket's codes, plus `unauthorized`: a credential is needed and none was sent (HTTP 401). */
export type HttpErrorCode = ErrorCode | 'unauthorized';

export interface HttpError {
  code: HttpErrorCode;
  message: string;
  reason?: RefusalKey;
  params?: RefusalParams;
}

/** The body of a refused HTTP request. */
export interface HttpRefusal {
  error: HttpError;
}

/** Makes a refusal body from a refusal key. */
export function httpRefusal(code: HttpErrorCode, reason: RefusalKey, params?: RefusalParams): HttpRefusal {
  return { error: { code, message: refusalText(reason, 'en', params), reason, ...(params ? { params } : {}) } };
}

/** The refusal in an HTTP answer's body, or null when the body holds none (a proxy's error page, say). */
export function refusalOf(body: unknown): HttpError | null {
  const error = (body as { error?: unknown } | null)?.error as Partial<HttpError> | undefined;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string') return null;
  const reason = typeof error.reason === 'string' && error.reason in REFUSALS ? error.reason : undefined;
  const params = typeof error.params === 'object' && error.params !== null ? error.params : undefined;
  return {
    code: error.code,
    message: error.message,
    ...(reason ? { reason } : {}),
    ...(params ? { params } : {}),
  };
}
