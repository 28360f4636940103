import { LOCALES, refusalText, type Locale, type ProtocolError } from '@dr/shared';
import type { TFunction } from 'i18next';

/**
 * What to tell a person whose command was refused: the refusal's own reason in the interface's
 * language (shared/src/refusals.ts), or, for a refusal without one, a sentence chosen by its code.
 */
export function errorMessage(t: TFunction, language: string | undefined, error: ProtocolError): string {
  const locale = LOCALES.find((l) => l === language) ?? 'en';
  if (error.reason) return refusalText(error.reason, locale as Locale, error.params);
  if (locale === 'en' && error.message) return error.message;
  return t(`room.errors.codes.${error.code}`, { defaultValue: t('room.errors.refused') });
}
