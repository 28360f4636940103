import type { ProtocolError } from '@dr/shared';
import type { TFunction } from 'i18next';

/**
 * What to tell a person whose command was refused. The server's message is English prose; in any
 * other language the stable error code picks a translated sentence instead.
 */
export function errorMessage(t: TFunction, language: string | undefined, error: ProtocolError): string {
  if (language === 'en' && error.message) return error.message;
  return t(`room.errors.codes.${error.code}`, { defaultValue: t('room.errors.refused') });
}
