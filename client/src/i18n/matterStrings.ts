/**
 * The matter page's and the council's list of matters' strings (namespace `matter`, issue 29),
 * fetched with those screens (lazy chunks of the standing pages), never on a phone's way into a
 * meeting: the loader itself lives in the standing chunk, not in the entry.
 */
import { addBundles, lazyStrings } from './lazyStrings';

const matter = lazyStrings(async () => {
  const [en, zh] = await Promise.all([import('./matter.en.json'), import('./matter.zh-CN.json')]);
  addBundles('matter', en.default, zh.default);
});

/** A lazy screen's module, once it and the matter strings are both here. */
export const withMatterStrings = matter.with;
