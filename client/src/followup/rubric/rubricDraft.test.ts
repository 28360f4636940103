import { DEFAULT_RUBRIC, Rubric, baseMaxOf } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import {
  addCategory,
  addIndicator,
  completeLabels,
  removeCategory,
  removeIndicator,
  updateCategory,
  updateIndicator,
} from './rubricDraft';

describe('editing a rubric', () => {
  it('adds categories and indicators with ids of their own, which the schema accepts once named', () => {
    let rubric = addCategory(DEFAULT_RUBRIC);
    rubric = addIndicator(rubric, rubric.categories.length - 1);
    const added = rubric.categories.at(-1)!;
    expect(added.indicators.map((i) => i.id)).toEqual(['indicator-1', 'indicator-2']);
    rubric = updateCategory(rubric, rubric.categories.length - 1, { label: { 'zh-CN': '群众满意度', en: '' } });
    rubric = updateIndicator(rubric, rubric.categories.length - 1, 0, {
      label: { 'zh-CN': '', en: 'Residents agree' },
    });
    rubric = updateIndicator(rubric, rubric.categories.length - 1, 1, { label: { 'zh-CN': '回访', en: 'Follow-up' } });
    const saved = completeLabels(rubric);
    expect(saved.categories.at(-1)!.label).toEqual({ 'zh-CN': '群众满意度', en: '群众满意度' });
    expect(saved.categories.at(-1)!.indicators[0]!.label).toEqual({
      'zh-CN': 'Residents agree',
      en: 'Residents agree',
    });
    expect(Rubric.safeParse(saved).success).toBe(true);
    expect(baseMaxOf(saved)).toBe(110);
  });

  it('removes without touching the default', () => {
    const fewer = removeIndicator(removeCategory(DEFAULT_RUBRIC, 4), 0, 0);
    expect(fewer.categories).toHaveLength(4);
    expect(fewer.categories[0]!.indicators.map((i) => i.id)).toEqual(['research.facts', 'research.options']);
    expect(DEFAULT_RUBRIC.categories).toHaveLength(5);
  });
});
