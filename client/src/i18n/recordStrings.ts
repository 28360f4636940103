/**
 * The strings of the record's controls (namespace `record`: the archive, its check, erasing a
 * person; issue 27), fetched with the host's and the observer's screens that show them, never on a
 * phone's way into a meeting. The record's words (村务档案, 记录指纹, 个人信息, 化名) are put in at
 * `terms` from the one vocabulary.
 */
import { termsIn, type Locale } from '@dr/shared';
import i18n from 'i18next';
import type recordEn from './record.en.json';

/** The record strings with the record's words put in at `terms`. */
export function recordWithTerms(locale: Locale, strings: typeof recordEn) {
  const { archive, fingerprint, personalInfo, pseudonym } = termsIn(locale).record;
  return { ...strings, terms: { archive, fingerprint, personalInfo, pseudonym } };
}

let loading: Promise<void> | null = null;

export function loadRecordStrings(): Promise<void> {
  loading ??= Promise.all([import('./record.en.json'), import('./record.zh-CN.json')]).then(
    ([en, zhCN]) => {
      // Both files must have exactly the same keys; this fails to compile when one is missing a key.
      const zh: typeof en.default = zhCN.default;
      i18n.addResourceBundle('en', 'record', recordWithTerms('en', en.default));
      i18n.addResourceBundle('zh-CN', 'record', recordWithTerms('zh-CN', zh));
    },
    (error: unknown) => {
      loading = null; // no signal: the next screen that needs them tries again
      throw error;
    },
  );
  return loading;
}

/** A lazy screen's module, once it and the record strings are both here. */
export function withRecordStrings<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadRecordStrings()]).then(([module]) => module);
}
