/**
 * The council and office pages' strings (namespaces `council` and `office`) are fetched with those
 * pages (and the start page's door to them), never on a phone's way into a meeting.
 */
import i18n from 'i18next';

let loading: Promise<void> | null = null;

export function loadStandingStrings(): Promise<void> {
  loading ??= Promise.all([
    import('./council.en.json'),
    import('./council.zh-CN.json'),
    import('./office.en.json'),
    import('./office.zh-CN.json'),
  ]).then(
    ([councilEn, councilZh, officeEn, officeZh]) => {
      // Both languages must have exactly the same keys; this fails to compile when one is missing a key.
      const council: typeof councilEn.default = councilZh.default;
      const office: typeof officeEn.default = officeZh.default;
      i18n.addResourceBundle('en', 'council', councilEn.default);
      i18n.addResourceBundle('zh-CN', 'council', council);
      i18n.addResourceBundle('en', 'office', officeEn.default);
      i18n.addResourceBundle('zh-CN', 'office', office);
    },
    (error: unknown) => {
      loading = null; // no signal: the next page that needs them tries again
      throw error;
    },
  );
  return loading;
}

/** A lazy page's module, once it and the council and office strings are both here. */
export function withStandingStrings<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadStandingStrings()]).then(([module]) => module);
}
