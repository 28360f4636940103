import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '../followup/defaultRubric.js';
import { parseCommand } from '../protocol/parseCommand.js';
import { baseMaxOf, indicatorsOf, Rubric } from './rubric.js';

describe('the default rubric', () => {
  it('has the four areas, 100 base points, key steps weighted higher, a bonus cap and deductions', () => {
    expect(Rubric.parse(DEFAULT_RUBRIC)).toEqual(DEFAULT_RUBRIC);
    expect(DEFAULT_RUBRIC.categories.map((c) => c.label['zh-CN'])).toEqual([
      '议题调研论证',
      '组织开展协商会议',
      '协商成果报送落实',
      '协商工作探索创新（加分项）',
      '扣分项',
    ]);
    const indicators = indicatorsOf(DEFAULT_RUBRIC);
    const base = indicators.filter((i) => i.kind === 'base');
    expect(base.length).toBeGreaterThanOrEqual(10);
    expect(baseMaxOf(DEFAULT_RUBRIC)).toBe(100);
    const keyMin = Math.min(...base.filter((i) => i.key).map((i) => i.max));
    const otherMax = Math.max(...base.filter((i) => !i.key).map((i) => i.max));
    expect(keyMin).toBeGreaterThan(otherMax);
    const bonus = indicators.filter((i) => i.kind === 'bonus').reduce((s, i) => s + i.max, 0);
    expect(bonus).toBe(DEFAULT_RUBRIC.bonusCap);
    expect(indicators.some((i) => i.kind === 'deduction')).toBe(true);
  });
});

describe('Rubric', () => {
  it('refuses an id used twice, an empty category and a label missing a language', () => {
    const category = DEFAULT_RUBRIC.categories[0]!;
    const twice = { ...DEFAULT_RUBRIC, categories: [category, { ...category, id: 'again' }] };
    expect(Rubric.safeParse(twice).success).toBe(false);
    const empty = { ...DEFAULT_RUBRIC, categories: [{ ...category, indicators: [] }] };
    expect(Rubric.safeParse(empty).success).toBe(false);
    const english = { ...category, label: { en: 'Research' } };
    expect(Rubric.safeParse({ ...DEFAULT_RUBRIC, categories: [english] }).success).toBe(false);
  });

  it('treats an indicator as not key unless marked', () => {
    const parsed = Rubric.parse({
      bonusCap: 0,
      categories: [
        {
          id: 'c',
          label: { 'zh-CN': '组织', en: 'Organising' },
          indicators: [{ id: 'i', kind: 'base', max: 10, label: { 'zh-CN': '规则', en: 'Rules' } }],
        },
      ],
    });
    expect(parsed.categories[0]!.indicators[0]!.key).toBe(false);
  });
});

describe('scorecard.setRubric at the boundary', () => {
  it('takes the default rubric whole, and refuses a rubric with an id used twice', () => {
    expect(parseCommand({ type: 'scorecard.setRubric', rubric: DEFAULT_RUBRIC })).toMatchObject({ ok: true });
    const [first, ...rest] = DEFAULT_RUBRIC.categories;
    const twice = { ...DEFAULT_RUBRIC, categories: [first, { ...first!, id: 'copy' }, ...rest] };
    expect(parseCommand({ type: 'scorecard.setRubric', rubric: twice })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});
