import { describe, expect, it } from 'vitest';
import { lawTerm } from './lawTerms.js';

// That the law's words name every preset, matter and base, in both languages, is terms.test.ts's.
describe('the law’s words', () => {
  it('names the article beside each legal preset', () => {
    expect(lawTerm('presetArticles', 'villagersMeeting', 'zh-CN')).toBe('《村民委员会组织法》第二十二条');
    expect(lawTerm('presetSources', 'representativesMeeting', 'en')).toContain('arts. 25–26');
    expect(lawTerm('presetSources', 'landContracting', 'zh-CN')).toContain('《农村土地承包法》第十九条');
  });
});
