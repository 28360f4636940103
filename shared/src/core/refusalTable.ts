/**
 * The one mechanism for refusals, rooms' and councils' alike: a table of keys, each with its text in
 * every locale (`{{name}}` marks a parameter, the same ones in each language: refusals.test.ts),
 * and one way to fill a text in. The room's tables are core/refusals/* (joined in core/refusals.ts);
 * a council's and an office's are council/councilRefusals.ts, apart so that a phone on its way into
 * a meeting never loads them, which also holds the one lookup across both (`councilRefusalText`).
 */
import { own } from './own.js';
import { termInSentence, termOf, type TermFamily } from './terms.js';
import type { Locale } from './vocabulary.js';

/** A refusal's text in every locale. */
export type RefusalTexts = Readonly<Record<Locale, string>>;
/** A table of refusals: key → texts. */
export type RefusalTable = Readonly<Record<string, RefusalTexts>>;
/** A refusal's parameters, by the names its texts mark with `{{name}}`. */
export type RefusalParams = Record<string, string | number>;

/**
 * Lists refusals, one dictionary a language as the web app's sentences are (a key, then its text):
 * `en` first, then `zh-CN` with the same keys. The type checker holds the Chinese to exactly the
 * English keys (none missing, none extra) and keeps the keys; the result is key → texts.
 */
export function refusalTable<const K extends string>(
  en: Readonly<Record<K, string>>,
  zh: Readonly<Record<NoInfer<K>, string>>,
): Readonly<Record<K, RefusalTexts>> {
  const table = {} as Record<K, RefusalTexts>;
  for (const key of Object.keys(en) as K[]) table[key] = { en: en[key], 'zh-CN': zh[key] };
  return table;
}

/** Parameters that name a domain value (a phase, a step): said with the terms' words (core/terms.ts). */
const TERM_PARAMS: Readonly<Record<string, TermFamily>> = {
  phase: 'phases',
  from: 'phases',
  to: 'phases',
  step: 'steps',
};

/** `texts` in `locale`, with its parameters filled in (a phase or a step in the terms' words). */
export function fillRefusal(texts: RefusalTexts, locale: Locale, params: RefusalParams = {}): string {
  return texts[locale].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = String(params[name] ?? '');
    const family = own(TERM_PARAMS, name);
    const word = family && termOf(family, value, locale);
    if (!word) return value;
    // A phase reads inside the sentence ("already in session"); a step is quoted as its name.
    return family === 'phases' ? termInSentence(word, locale) : word;
  });
}
