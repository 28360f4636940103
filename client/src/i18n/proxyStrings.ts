/**
 * The strings of written proxies (namespace `proxy`), fetched with the screens that use them: most
 * meetings allow none, and a phone's way into a meeting does not carry them. The refusals of
 * households and proxies come along (`REPRESENTATION_REFUSALS`).
 */
import { termsIn, type Locale } from '@dr/shared';
import i18n from 'i18next';
import { lazyStrings } from './lazyStrings';
import type proxyEn from './proxy.en.json';

/** The proxy strings with the record's words (委托名单, 委托人, 受托人, 户) put in at `terms`. */
export function proxyWithTerms(locale: Locale, strings: typeof proxyEn) {
  const { proxyList, proxy, principal, holder, household } = termsIn(locale).record;
  return { ...strings, terms: { proxyList, proxy, principal, holder, household } };
}

const proxies = lazyStrings(async () => {
  const [en, zhCN] = await Promise.all([import('./proxy.en.json'), import('./proxy.zh-CN.json')]);
  // Both files must have exactly the same keys; this fails to compile when one is missing a key.
  const zh: typeof en.default = zhCN.default;
  i18n.addResourceBundle('en', 'proxy', proxyWithTerms('en', en.default));
  i18n.addResourceBundle('zh-CN', 'proxy', proxyWithTerms('zh-CN', zh));
});

export const loadProxyStrings = proxies.load;
/** A lazy screen's module, once it and the proxy strings are both here. */
export const withProxyStrings = proxies.with;
