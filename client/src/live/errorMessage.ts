/**
 * The web app's one refusal reader, for rooms and councils alike: read a refusal body by hand (no
 * zod on the phone's path), and say it in the reader's language: the server's own words when it
 * said them in that language (it says them in the page's: `Accept-Language`, the socket's
 * `auth.locale`), else the refusal texts (live/refusalTexts.ts, loaded when first needed).
 */
import type { TFunction } from 'i18next';
import { isLocale } from '../i18n/language';
import type { Refusal } from './refusal';
import { loadRefusalTexts, refusalTexts, type ReasonText } from './refusalTexts';

export type { ReasonText } from './refusalTexts';

/**
 * What to tell a person who was refused: the server's words when it said them in the reader's
 * language; else the refusal's key said in that language, when the table (`reasons`: the room's
 * texts once loaded, or a council page's) knows it; else an old server's English message to an
 * English reader; else `fallback`, or the sentence for the stable error code. A room's refusal that
 * needs the texts while they are not here asks for them: views that render refusals
 * (`useRefusalTexts`) show the exact words once they come; `errorMessageWithTexts` waits for them.
 */
export function errorMessage(
  t: TFunction,
  language: string | undefined,
  error: Refusal | null,
  fallback?: string,
  reasons?: ReasonText,
): string {
  if (error?.message && error.locale !== undefined && error.locale === language) return error.message;
  const table = reasons ?? refusalTexts();
  const said = error?.reason && isLocale(language) ? table?.(error.reason, language, error.params) : null;
  if (said) return said;
  if (needsTexts(language, error, reasons)) void loadRefusalTexts().catch(() => undefined);
  // Without `locale` the message is an older server's English, or the key of a refusal made here.
  const english = error?.locale === undefined && error?.message !== error?.reason;
  if (language === 'en' && error?.message && english) return error.message;
  return fallback ?? t(`room.errors.codes.${error?.code}`, { defaultValue: t('room.errors.refused') });
}

/** Whether saying `error` in `language` needs the room's refusal texts, which are not here yet. */
function needsTexts(language: string | undefined, error: Refusal | null, reasons?: ReasonText): boolean {
  return !reasons && !refusalTexts() && isLocale(language) && !!error?.reason && error.locale !== language;
}

/** `errorMessage`, once the room's refusal texts are here when it needs them (its words are then exact). */
export async function errorMessageWithTexts(
  t: TFunction,
  language: string | undefined,
  error: Refusal | null,
  fallback?: string,
): Promise<string> {
  if (needsTexts(language, error)) await loadRefusalTexts().catch(() => undefined);
  return errorMessage(t, language, error, fallback);
}
