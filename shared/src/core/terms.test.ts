import { describe, expect, it } from 'vitest';
import { TERMS, termOf, termsIn, type Term } from './terms.js';
import {
  ACTION_STATUSES,
  ACTION_TIERS,
  CONSENSUS_LEVELS,
  DECISION_RULES,
  ITEM_STEPS,
  OUTCOMES,
  ROLES,
  ROOM_PHASES,
  SUGGESTED_GROUPS,
  SUGGESTED_MEETING_KINDS,
} from './vocabulary.js';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const entries = Object.entries(TERMS).flatMap(([family, words]) =>
  Object.entries(words as Record<string, Term>).map(([key, term]) => ({ name: `${family}.${key}`, term })),
);

describe('the terms (one vocabulary)', () => {
  it('names every value of every closed vocabulary, and nothing else', () => {
    const keys = (family: keyof typeof TERMS) => Object.keys(TERMS[family]).sort();
    expect(keys('phases')).toEqual([...ROOM_PHASES].sort());
    expect(keys('steps')).toEqual([...ITEM_STEPS].sort());
    expect(keys('stepsShort')).toEqual([...ITEM_STEPS].sort());
    expect(keys('rules')).toEqual([...DECISION_RULES].sort());
    expect(keys('ruleThresholds')).toEqual([...DECISION_RULES].sort());
    expect(keys('outcomes')).toEqual([...OUTCOMES].sort());
    expect(keys('tiers')).toEqual([...ACTION_TIERS].sort());
    expect(keys('statuses')).toEqual([...ACTION_STATUSES].sort());
    expect(keys('roles')).toEqual([...ROLES].sort());
    expect(keys('levels')).toEqual(CONSENSUS_LEVELS.map(String).sort());
    expect(keys('meetingKinds')).toEqual([...SUGGESTED_MEETING_KINDS].sort());
    expect(keys('groups')).toEqual([...SUGGESTED_GROUPS].sort());
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
