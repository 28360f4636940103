/** The vocabulary's words on the council and office pages, in the page's language (`@dr/shared` terms). */
import { termsIn, type Locale } from '@dr/shared';
import { councilTerms } from '@dr/shared/council';

export function standingWords(language: string | undefined) {
  const locale: Locale = language === 'en' ? 'en' : 'zh-CN';
  return { terms: termsIn(locale), words: councilTerms(locale) };
}
