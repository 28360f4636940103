/**
 * HTTP refusals, shaped like socket refusals: every refused request answers
 * `{ error: { code, message, reason?, params?, locale? } }`, where `reason` is a key of refusals.ts
 * so a client can say it in the page's language, and `message` is its text in `locale`, the
 * language the request asked for (`Accept-Language`; English when it named neither of ours).
 */
import { z } from 'zod';
import { REFUSALS, refusalText, type RefusalKey, type RefusalParams } from '../core/refusals.js';
import type { ErrorCode } from '../core/errors.js';
import { Locale } from '../core/vocabulary.js';

/** The socket's codes, plus `unauthorized`: a credential is needed and none was sent (HTTP 401). */
export type HttpErrorCode = ErrorCode | 'unauthorized';

export interface HttpError {
  code: HttpErrorCode;
  message: string;
  reason?: RefusalKey;
  params?: RefusalParams;
  /** The language of `message`. */
  locale?: Locale;
}

/** The body of a refused HTTP request. */
export interface HttpRefusal {
  error: HttpError;
}

/**
 * A refusal body as read by a client: `code` and `message` must be there; a `reason` that is not a
 * refusal key of this version (own keys only: `constructor` is none) or `params` that are not
 * names to values are left out, so the client falls back to the message.
 */
export const HttpRefusal = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    reason: z
      .string()
      .refine((key): key is RefusalKey => Object.hasOwn(REFUSALS, key))
      .optional()
      .catch(undefined),
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .catch(undefined),
    locale: Locale.optional().catch(undefined),
  }),
});

/** Makes a refusal body from a refusal key, said in English. */
export function httpRefusal(code: HttpErrorCode, reason: RefusalKey, params?: RefusalParams): HttpRefusal {
  const error = { code, message: refusalText(reason, 'en', params), reason, ...(params ? { params } : {}) };
  return { error: { ...error, locale: 'en' } };
}

/** The refusal in an HTTP answer's body, or null when the body holds none (a proxy's error page, say). */
export function refusalOf(body: unknown): HttpError | null {
  const parsed = HttpRefusal.safeParse(body);
  if (!parsed.success) return null;
  const { code, message, reason, params, locale } = parsed.data.error;
  return {
    // Codes this client does not know yet are passed on as they are: the message still says why.
    code: code as HttpErrorCode,
    message,
    ...(reason ? { reason: reason as RefusalKey } : {}),
    ...(params ? { params } : {}),
    ...(locale ? { locale } : {}),
  };
}
