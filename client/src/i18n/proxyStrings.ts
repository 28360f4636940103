/**
 * The strings of written proxies (namespace `proxy`), fetched with the screens that use them: most
 * meetings allow none, and a phone's way into a meeting does not carry them. The refusals of
 * households and proxies come along (`REPRESENTATION_REFUSALS`).
 */
import { termsIn, type Locale } from '@dr/shared';
import { addBundles, lazyStrings } from './lazyStrings';
import type proxyEn from './proxy.en.json';

/** The proxy strings with the record's words (委托名单, 委托人, 受托人, 户) put in at `terms`. */
export function proxyWithTerms(locale: Locale, strings: typeof proxyEn) {
  const { proxyList, proxy, principal, holder, household } = termsIn(locale).record;
  return { ...strings, terms: { proxyList, proxy, principal, holder, household } };
}

const proxies = lazyStrings(async () => {
  const [en, zh] = await Promise.all([import('./proxy.en.json'), import('./proxy.zh-CN.json')]);
  addBundles('proxy', en.default, zh.default, proxyWithTerms);
});

export const loadProxyStrings = proxies.load;
/** A lazy screen's module, once it and the proxy strings are both here. */
export const withProxyStrings = proxies.with;
