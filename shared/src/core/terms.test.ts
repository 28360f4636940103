import { describe, expect, it } from 'vitest';
import { LAW_TERMS } from './lawTerms.js';
import { TERMS, termOf, termsIn, type Term } from './terms.js';
import {
  ACTION_STATUSES,
  ACTION_TIERS,
  CONSENSUS_LEVELS,
  DECISION_RULES,
  ITEM_CATEGORIES,
  ITEM_STEPS,
  MAJORITY_BASES,
  OUTCOMES,
  ROLES,
  ROOM_PHASES,
  RULE_PRESETS,
  SUGGESTED_GROUPS,
  SUGGESTED_MEETING_KINDS,
} from './vocabulary.js';

// Both tables of words (the app's and the law's) hold to the same two rules, checked here once.
const TABLES = {
  terms: {
    table: TERMS,
    families: {
      phases: ROOM_PHASES,
      steps: ITEM_STEPS,
      stepsShort: ITEM_STEPS,
      rules: DECISION_RULES,
      ruleThresholds: DECISION_RULES,
      outcomes: OUTCOMES,
      tiers: ACTION_TIERS,
      statuses: ACTION_STATUSES,
      roles: ROLES,
      levels: CONSENSUS_LEVELS,
      meetingKinds: SUGGESTED_MEETING_KINDS,
      groups: SUGGESTED_GROUPS,
    },
  },
  lawTerms: {
    table: LAW_TERMS,
    families: {
      presets: RULE_PRESETS,
      presetSources: RULE_PRESETS,
      presetArticles: RULE_PRESETS,
      categories: ITEM_CATEGORIES,
      bases: MAJORITY_BASES,
    },
  },
} as const;

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const entries = Object.entries(TABLES).flatMap(([name, { table }]) =>
  Object.entries(table).flatMap(([family, words]) =>
    Object.entries(words as Record<string, Term>).map(([key, term]) => ({ name: `${name}.${family}.${key}`, term })),
  ),
);

describe('the terms (one vocabulary) and the law’s words', () => {
  it.each(Object.entries(TABLES))('%s names every value of every closed vocabulary, and nothing else', (_, spec) => {
    const { table, families } = spec as { table: object; families: Record<string, readonly (string | number)[]> };
    for (const [family, values] of Object.entries(families)) {
      const keys = Object.keys((table as Record<string, object>)[family]!).sort();
      expect(keys, family).toEqual(values.map(String).sort());
    }
  });

  it.each(entries)('$name is in both languages, each in its own script and punctuation', ({ term }) => {
    const zh = term['zh-CN'];
    const en = term.en;
    expect(zh.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(zh).toMatch(CJK);
    // Chinese text takes Chinese punctuation: （）：，not ( ) : ,
    expect(zh).not.toMatch(/[():,;]/);
    // English carries no Chinese, not even "(屋场恳谈会)" in brackets.
    expect(en).not.toMatch(CJK);
  });

  it('gives each language its words, and nothing for a name it does not know', () => {
    expect(termsIn('zh-CN').phases.in_session).toBe('会议进行中');
    expect(termsIn('en').tiers.committee).toBe('Village or community committee');
    expect(termOf('groups', 'resident', 'zh-CN')).toBe('村民');
    expect(termOf('groups', 'constructor', 'en')).toBeUndefined();
  });
});
