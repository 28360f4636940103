/**
 * Strings fetched with the screens that use them (the follow-up's, the proxies', the council and
 * office pages'), never on a phone's way into a meeting that has none of those screens yet.
 */
import type { Locale } from '@dr/shared';
import i18n from 'i18next';

/**
 * Adds namespace `ns` in both languages; the Chinese must have exactly the English keys, which the
 * type checker holds to. `shape` puts in what every language shares (the terms' words).
 */
export function addBundles<T>(
  ns: string,
  en: T,
  zh: NoInfer<T>,
  shape: (locale: Locale, strings: T) => object = (_, strings) => strings as object,
): void {
  i18n.addResourceBundle('en', ns, shape('en', en));
  i18n.addResourceBundle('zh-CN', ns, shape('zh-CN', zh));
}

/** A namespace's strings fetched on demand: `load` once, and screens that come with them. */
export interface LazyStrings {
  /** Fetches the strings once; after a failure the next call tries again (there is no signal to wait for). */
  load(): Promise<void>;
  /** A lazy screen's module, once it and the strings are both here. */
  with<T>(load: () => Promise<T>): () => Promise<T>;
}

/** `fetch` imports the strings' files and adds their bundles to i18next; it runs at most once at a time. */
export function lazyStrings(fetch: () => Promise<void>): LazyStrings {
  let loading: Promise<void> | null = null;
  const load = () =>
    (loading ??= fetch().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
  return {
    load,
    with: (screen) => () => Promise.all([screen(), load()]).then(([module]) => module),
  };
}
