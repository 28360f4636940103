/**
 * Errors as values: the codes every refusal carries, the error value itself, and the helper that
 * makes one from a refusal key. A command's ack, a refused handshake and an HTTP refusal all carry
 * this shape (docs/protocol.md, "Errors and limits").
 */
import type { RefusalKey, RefusalParams } from './refusals.js';
import type { Locale } from './vocabulary.js';

export const ERROR_CODES = [
  'invalid',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'too_large',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A refusal: `code` for programs, `reason` (a key of refusals.ts, with `params`) so each client can
 * say it in its own language, and `message`, the reason's text in `locale`.
 *
 * Inside the server (and in a phone's own `decide`) `message` is the refusal key itself: the texts
 * of both languages are not loaded where the rules run (they were ~6 KB of every phone's first
 * load). The server's edges fill it as they send (`sayRefusal` in server/src/http/refusalLocale.ts):
 * in the language the requester asked for (a socket's `auth.locale`, an HTTP request's
 * `Accept-Language`), else English, and set `locale` to say which.
 */
export interface ProtocolError {
  code: ErrorCode;
  message: string;
  reason?: RefusalKey;
  params?: RefusalParams;
  /** The language `message` is in, once an edge has filled it; absent while it is the key. */
  locale?: Locale;
}

/** Makes an error value from a refusal key of refusals.ts (`message` is the key until an edge says it). */
export function protocolError(code: ErrorCode, reason: RefusalKey, params?: RefusalParams): ProtocolError {
  return { code, message: reason, reason, ...(params ? { params } : {}) };
}

/** Exhaustiveness check for switches over unions: a new member of the union is a compile error. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
