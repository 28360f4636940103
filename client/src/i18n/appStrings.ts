/**
 * Each language's sentences as a chunk of its own, fetched on demand: a phone loads only the one it
 * shows (the other comes if the reader switches; docs/performance.md). Both files must have exactly
 * the same keys: the zh-CN import is typed as the English shape, so this fails to compile when it
 * is missing a key. No other import here: the page's first script (app/boot.ts) uses it.
 */
import type { Locale } from '@dr/shared';
import type en from './en.json';

/** The app's own sentences in one language (the shape of en.json). */
export type AppStrings = typeof en;

export const APP_STRINGS: Record<Locale, () => Promise<{ default: AppStrings }>> = {
  en: () => import('./en.json'),
  'zh-CN': () => import('./zh-CN.json'),
};
