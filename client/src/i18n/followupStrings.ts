/**
 * The follow-up's strings (namespace `followup`: decisions, action items, scorecard, notice) are
 * fetched with the screens that use them, not on a phone's way into a meeting that has none yet.
 */
import i18n from 'i18next';
import { addBundles, lazyStrings } from './lazyStrings';
import { followupWithTerms } from './resources';

const followUp = lazyStrings(async () => {
  const [en, zh, law, supervision] = await Promise.all([
    import('./followup.en.json'),
    import('./followup.zh-CN.json'),
    import('./lawStrings'),
    import('./supervisionTerms'),
  ]);
  addBundles('followup', en.default, zh.default, followupWithTerms);
  // The law's words (presets, sources, reserved matters) and supervision's terms beside them, in the same namespace.
  for (const locale of ['en', 'zh-CN'] as const) {
    i18n.addResourceBundle(locale, 'followup', law.lawStrings(locale), true);
    i18n.addResourceBundle(locale, 'followup', supervision.supervisionTerms(locale), true, false);
  }
});

export const loadFollowUpStrings = followUp.load;
/** A lazy screen's module, once it and the follow-up's strings are both here. */
export const withFollowUpStrings = followUp.with;
