import { refusalText, type Locale, type RefusalKey } from '@dr/shared';
import type { PageText } from './messagePage.js';

/** A message page whose body is a refusal of refusals.ts, under a heading per language. */
export function refusalPage(reason: RefusalKey, titles: Record<Locale, string>): PageText {
  return {
    'zh-CN': { title: titles['zh-CN'], body: refusalText(reason, 'zh-CN') },
    en: { title: titles.en, body: refusalText(reason, 'en') },
  };
}
