/**
 * The web app's one refusal reader, for rooms and councils alike: read a refusal body by hand (no
 * zod on the phone's path), and say it in the reader's language.
 */
import { hasOwnEntry, REFUSALS, refusalText, type Locale, type RefusalKey, type RefusalParams } from '@dr/shared';
import type { TFunction } from 'i18next';
import { isLocale } from '../i18n/language';

/**
 * A refusal from any door: a command's ack, a refused handshake, or an HTTP answer
 * (`ProtocolError`, a handshake's `data`, `HttpError` all have this shape). `reason` is a key of
 * the room's refusals or, from a council's door, of the council's.
 */
export interface Refusal {
  code: string;
  message: string;
  reason?: string;
  params?: RefusalParams;
}

/** The text of a refusal key in `locale`, or null for a key the table does not hold. */
export type ReasonText = (key: string, locale: Locale, params?: RefusalParams) => string | null;

const roomReason: ReasonText = (key, locale, params) =>
  hasOwnEntry(REFUSALS, key) ? refusalText(key as RefusalKey, locale, params) : null;

/** The refusal in an HTTP answer's body (`{ error: { code, message, reason?, params? } }`); null when it holds none. */
export function readRefusal(body: unknown): Refusal | null {
  const error = (body as { error?: Partial<Refusal> } | null)?.error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string') return null;
  const { code, message, reason, params } = error;
  return {
    code,
    message,
    ...(typeof reason === 'string' ? { reason } : {}),
    ...(typeof params === 'object' && params ? { params } : {}),
  };
}

/**
 * What to tell a person who was refused: the refusal's key said in the reader's language, when the
 * table (`reasons`: the room's, or a council page's) knows it; else the server's English message to
 * an English reader; else `fallback`, or the sentence for the stable error code.
 */
export function errorMessage(
  t: TFunction,
  language: string | undefined,
  error: Refusal | null,
  fallback?: string,
  reasons: ReasonText = roomReason,
): string {
  const said = error?.reason && isLocale(language) ? reasons(error.reason, language, error.params) : null;
  if (said) return said;
  if (language === 'en' && error?.message) return error.message;
  return fallback ?? t(`room.errors.codes.${error?.code}`, { defaultValue: t('room.errors.refused') });
}
