/** The screen says the domain's words as the terms do (and so as the minutes and the notice do). */
import { ACTION_STATUSES, ACTION_TIERS, DECISION_RULES, OUTCOMES, ROOM_PHASES, termsIn } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import followupEn from './followup.en.json';
import followupZhCN from './followup.zh-CN.json';
import recordEn from './record.en.json';
import recordZhCN from './record.zh-CN.json';
import { recordWithTerms } from './recordStrings';
import { followupWithTerms, translationFor } from './resources';
import zhCN from './zh-CN.json';

/** Every string the app can show, as it has them once the follow-up's strings have arrived. */
const RESOURCES = {
  en: {
    translation: translationFor('en', en),
    followup: followupWithTerms('en', followupEn),
    record: recordWithTerms('en', recordEn),
  },
  'zh-CN': {
    translation: translationFor('zh-CN', zhCN),
    followup: followupWithTerms('zh-CN', followupZhCN),
    record: recordWithTerms('zh-CN', recordZhCN),
  },
};

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Every string leaf of a resource tree, with its key. */
function leaves(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe('the web app’s words', () => {
  it.each(['zh-CN', 'en'] as const)('are the terms’ words (%s)', (locale) => {
    const { translation, followup, record } = RESOURCES[locale];
    const words = termsIn(locale);
    for (const phase of ROOM_PHASES) expect(translation.phases[phase]).toBe(words.phases[phase]);
    for (const rule of DECISION_RULES) {
      expect(translation.decisionRules[rule].name).toBe(words.rules[rule]);
      expect(followup.rules[rule]).toBe(words.rules[rule]);
    }
    for (const outcome of OUTCOMES) {
      expect(translation.consensus.outcome[outcome]).toBe(words.outcomes[outcome]);
      expect(followup.outcomes[outcome]).toBe(words.outcomes[outcome]);
    }
    for (const tier of ACTION_TIERS) expect(followup.tiers[tier]).toBe(words.tiers[tier]);
    for (const status of ACTION_STATUSES) expect(followup.statuses[status]).toBe(words.statuses[status]);
    expect(followup.actions.heading).toBe(words.record.actionItems);
    expect(followup.actions.owner).toBe(words.record.owner);
    expect(followup.actions.due).toBe(words.record.dueDate);
    expect(followup.minutes.heading).toBe(words.record.minutes);
    expect(translation.room.facts.heading).toBe(words.record.facts);
    expect(record.terms.archive).toBe(words.record.archive);
    expect(record.terms.fingerprint).toBe(words.record.fingerprint);
    expect(record.terms.personalInfo).toBe(words.record.personalInfo);
    for (const [label, word] of [
      [followup.paper.printPoster, words.record.noticePoster],
      [followup.paper.signInSheet, words.record.signInSheet],
      [followup.paper.ballot, words.record.paperBallot],
    ] as const)
      expect(label.toLowerCase()).toContain(word.toLowerCase().replace(/ballot$/, 'ballots'));
  });

  it('carry no Chinese on English screens', () => {
    // The language switch names Chinese in Chinese, as a reader of Chinese looks for it.
    const ownName = new Set(['translation.language.zh-CN', 'translation.start.locale.zh-CN']);
    const mixed = leaves(RESOURCES.en).filter(([key, text]) => CJK.test(text) && !ownName.has(key));
    expect(mixed).toEqual([]);
  });

  it('use Chinese punctuation in Chinese text', () => {
    // A bracket or colon next to Chinese text is the full-width one: （可选）, 决议：
    const ascii = leaves(RESOURCES['zh-CN']).filter(([, text]) =>
      /[\u3400-\u9fff][():]|[():][\u3400-\u9fff]/.test(text.replace(/\{\{\w+\}\}/g, '')),
    );
    expect(ascii).toEqual([]);
  });
});
