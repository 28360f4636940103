/**
 * The council and office pages' strings (namespaces `council` and `office`) are fetched with those
 * pages (and the start page's door to them), never on a phone's way into a meeting.
 */
import i18n from 'i18next';
import { lazyStrings } from './lazyStrings';

const standing = lazyStrings(async () => {
  const [councilEn, councilZh, officeEn, officeZh] = await Promise.all([
    import('./council.en.json'),
    import('./council.zh-CN.json'),
    import('./office.en.json'),
    import('./office.zh-CN.json'),
  ]);
  // Both languages must have exactly the same keys; this fails to compile when one is missing a key.
  const council: typeof councilEn.default = councilZh.default;
  const office: typeof officeEn.default = officeZh.default;
  i18n.addResourceBundle('en', 'council', councilEn.default);
  i18n.addResourceBundle('zh-CN', 'council', council);
  i18n.addResourceBundle('en', 'office', officeEn.default);
  i18n.addResourceBundle('zh-CN', 'office', office);
});

export const loadStandingStrings = standing.load;
/** A lazy page's module, once it and the council and office strings are both here. */
export const withStandingStrings = standing.with;
