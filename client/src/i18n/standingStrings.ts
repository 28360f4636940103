/**
 * The council and office pages' strings (namespaces `council` and `office`) are fetched with those
 * pages (and the start page's door to them), never on a phone's way into a meeting.
 */
import { addBundles, lazyStrings } from './lazyStrings';

const standing = lazyStrings(async () => {
  const [councilEn, councilZh, officeEn, officeZh] = await Promise.all([
    import('./council.en.json'),
    import('./council.zh-CN.json'),
    import('./office.en.json'),
    import('./office.zh-CN.json'),
  ]);
  addBundles('council', councilEn.default, councilZh.default);
  addBundles('office', officeEn.default, officeZh.default);
});

export const loadStandingStrings = standing.load;
/** A lazy page's module, once it and the council and office strings are both here. */
export const withStandingStrings = standing.with;
