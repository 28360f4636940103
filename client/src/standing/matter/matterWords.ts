/** The words a matter's page and the council's list of matters say, in the page's language (`@dr/shared` terms). */
import { lawTerm, termsIn, type ItemCategory, type Locale } from '@dr/shared';
import { matterTerms } from '@dr/shared/matter';

export function matterWords(language: string | undefined) {
  const locale: Locale = language === 'en' ? 'en' : 'zh-CN';
  return {
    locale,
    terms: termsIn(locale),
    matter: matterTerms(locale),
    category: (category: ItemCategory) => lawTerm('categories', category, locale),
  };
}

/** A day in words (the `long` style everywhere), read in `timeZone`. */
export function dayOf(ms: number, language: string | undefined, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone }).format(ms);
}
