import { hasOwnEntry, REFUSALS, refusalText, type RefusalKey, type RefusalParams } from '@dr/shared';
import type { TFunction } from 'i18next';
import { isLocale } from '../i18n/language';

/**
 * A refusal from any door: a command's ack, a refused handshake, or an HTTP answer
 * (`ProtocolError`, a handshake's `data`, `HttpError` all have this shape).
 */
export interface Refusal {
  code: string;
  message: string;
  reason?: RefusalKey;
  params?: RefusalParams;
}

/**
 * What to tell a person who was refused: the server's refusal key, said in the reader's language,
 * when it sent one this client knows; else a translated sentence for the stable error code.
 */
export function errorMessage(t: TFunction, language: string | undefined, error: Refusal): string {
  if (error.reason && hasOwnEntry(REFUSALS, error.reason) && isLocale(language)) {
    return refusalText(error.reason, language, error.params);
  }
  if (language === 'en' && error.message) return error.message;
  return t(`room.errors.codes.${error.code}`, { defaultValue: t('room.errors.refused') });
}
