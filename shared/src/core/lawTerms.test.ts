import { describe, expect, it } from 'vitest';
import { LAW_TERMS, lawTerm } from './lawTerms.js';
import type { Term } from './terms.js';
import { ITEM_CATEGORIES, MAJORITY_BASES, RULE_PRESETS } from './vocabulary.js';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const entries = Object.entries(LAW_TERMS).flatMap(([family, words]) =>
  Object.entries(words as Record<string, Term>).map(([key, term]) => ({ name: `${family}.${key}`, term })),
);

describe('the law’s words', () => {
  it('name every preset, every reserved matter and every base, and nothing else', () => {
    const keys = (family: keyof typeof LAW_TERMS) => Object.keys(LAW_TERMS[family]).sort();
    expect(keys('presets')).toEqual([...RULE_PRESETS].sort());
    expect(keys('presetSources')).toEqual([...RULE_PRESETS].sort());
    expect(keys('presetArticles')).toEqual([...RULE_PRESETS].sort());
    expect(keys('categories')).toEqual([...ITEM_CATEGORIES].sort());
    expect(keys('bases')).toEqual([...MAJORITY_BASES].sort());
  });

  it.each(entries)('$name is in both languages, each in its own script and punctuation', ({ term }) => {
    expect(term['zh-CN']).toMatch(CJK);
    expect(term['zh-CN']).not.toMatch(/[():,;]/);
    expect(term.en.trim()).not.toBe('');
    expect(term.en).not.toMatch(CJK);
  });

  it('names the article beside each legal preset', () => {
    expect(lawTerm('presetArticles', 'villagersMeeting', 'zh-CN')).toBe('《村民委员会组织法》第二十二条');
    expect(lawTerm('presetSources', 'representativesMeeting', 'en')).toContain('arts. 25–26');
    expect(lawTerm('presetSources', 'landContracting', 'zh-CN')).toContain('《农村土地承包法》第十九条');
  });
});
