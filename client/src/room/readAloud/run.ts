/**
 * The read-aloud button's code, one chunk fetched on its first press (ReadAloudButton.tsx), with
 * its sentences (namespace `readAloud`): a phone that never reads aloud fetches neither.
 */
import type { i18n as I18n } from 'i18next';
import en from '../../i18n/readAloud.en.json';
import zhCN from '../../i18n/readAloud.zh-CN.json';

/** Puts the sentences into the page's i18next (passed in: importing it here would split its chunk). */
export function addReadAloudStrings(i18n: I18n): void {
  // Both files must have exactly the same keys; this fails to compile when one is missing a key.
  const zh: typeof en = zhCN;
  i18n.addResourceBundle('en', 'readAloud', en);
  i18n.addResourceBundle('zh-CN', 'readAloud', zh);
}

export { hallSentences, readAloudText } from './readAloudText';
export { speak } from './speak';
