/**
 * The law's words (core/lawTerms.ts: presets, their legal sources, reserved matters) for the
 * follow-up's namespace, at `law.presets`, `law.presetSources`, `law.presetArticles`, `law.categories`. Fetched with the
 * follow-up's strings (followupStrings.ts), so the phone's first page does not carry them.
 */
import { LAW_TERMS, type Locale, type Term } from '@dr/shared';

function family<K extends string>(words: Readonly<Record<K, Term>>, locale: Locale): Record<K, string> {
  return Object.fromEntries(Object.entries<Term>(words).map(([key, term]) => [key, term[locale]])) as Record<K, string>;
}

/** The law's words in `locale`, shaped for the `followup` namespace. */
export function lawStrings(locale: Locale) {
  return {
    law: {
      presets: family(LAW_TERMS.presets, locale),
      presetSources: family(LAW_TERMS.presetSources, locale),
      presetArticles: family(LAW_TERMS.presetArticles, locale),
      categories: family(LAW_TERMS.categories, locale),
    },
  };
}
