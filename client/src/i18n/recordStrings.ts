/**
 * The strings of the record's controls (namespace `record`: the archive, its check, erasing a
 * person; issue 27), fetched with the host's and the observer's screens that show them, never on a
 * phone's way into a meeting. The record's words (村务档案, 记录指纹, 个人信息, 化名) are put in at
 * `terms` from the one vocabulary.
 */
import { termsIn, type Locale } from '@dr/shared';
import { addBundles, lazyStrings } from './lazyStrings';
import type recordEn from './record.en.json';

/** The record strings with the record's words put in at `terms`. */
export function recordWithTerms(locale: Locale, strings: typeof recordEn) {
  const { archive, fingerprint, personalInfo, pseudonym } = termsIn(locale).record;
  return { ...strings, terms: { archive, fingerprint, personalInfo, pseudonym } };
}

const record = lazyStrings(async () => {
  const [en, zh] = await Promise.all([import('./record.en.json'), import('./record.zh-CN.json')]);
  addBundles('record', en.default, zh.default, recordWithTerms);
});

export const loadRecordStrings = record.load;
/** A lazy screen's module, once it and the record strings are both here. */
export const withRecordStrings = record.with;
