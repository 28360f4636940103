/**
 * Errors as values: the codes every refusal carries, the error value itself, and the helper that
 * makes one from a refusal key. A command's ack, a refused handshake and an HTTP refusal all carry
 * this shape (docs/protocol.md, "Errors and limits").
 */
import { refusalText, type RefusalKey, type RefusalParams } from './refusals.js';

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
 * A refusal: `code` for programs, `message` in English for logs, and `reason` (a key of
 * refusals.ts, with `params`) so each client can say it in its own language.
 */
export interface ProtocolError {
  code: ErrorCode;
  message: string;
  reason?: RefusalKey;
  params?: RefusalParams;
}

/** Makes an error value from a refusal key of refusals.ts. */
export function protocolError(code: ErrorCode, reason: RefusalKey, params?: RefusalParams): ProtocolError {
  return { code, message: refusalText(reason, 'en', params), reason, ...(params ? { params } : {}) };
}

/** Exhaustiveness check for switches over unions: a new member of the union is a compile error. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
