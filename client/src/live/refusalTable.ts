/**
 * The room's refusal texts, both languages (core/refusals/): a chunk of its own, loaded by
 * live/refusalTexts.ts only when a refusal has no words from the server in the page's language.
 */
import { hasOwnEntry, REFUSALS, refusalText, type Locale, type RefusalKey, type RefusalParams } from '@dr/shared';

/** The text of a room's refusal key in `locale`, or null for a key this version does not have. */
export const roomRefusalText = (key: string, locale: Locale, params?: RefusalParams): string | null =>
  hasOwnEntry(REFUSALS, key) ? refusalText(key as RefusalKey, locale, params) : null;
