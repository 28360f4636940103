/**
 * The scorecard's arithmetic (打分器). One card's total is its base points, plus its bonus points
 * up to the rubric's cap, minus its deductions, and never below zero (扣完为止). The room shows, per
 * indicator, the mean over every submitted card (a bonus or deduction a card leaves out counts as 0,
 * and every card scores every base indicator), and the mean of the cards' totals. Because of the
 * cap and the floor, that mean total can differ from the sum of the indicator means. Pure.
 */
import { z } from 'zod';
import { baseMaxOf, IndicatorKind, indicatorsOf, type Rubric } from '../model/rubric.js';
import { rubricOf } from './rubricInputs.js';
import type { RoomState, SubmittedScorecard } from '../model/state.js';

export const IndicatorSummary = z.object({
  indicatorId: z.string(),
  categoryId: z.string(),
  kind: IndicatorKind,
  max: z.number(),
  key: z.boolean(),
  /** Mean points over all cards; null before the first card. For a deduction, the points taken away. */
  average: z.number().nullable(),
  /** How many cards gave this indicator a score. */
  scoredBy: z.number(),
  /** Every note given with a score here, without who wrote it, in the order the cards came in. */
  notes: z.array(z.string()),
});
export type IndicatorSummary = z.infer<typeof IndicatorSummary>;

export const ScorecardSummary = z.object({
  submissions: z.number(),
  /** What a card can reach without bonus (100 in the default rubric), and the most bonus it can add. */
  baseMax: z.number(),
  bonusCap: z.number(),
  indicators: z.array(IndicatorSummary),
  /** Per category, the sum of its indicators' means (null before the first card). */
  categories: z.array(z.object({ categoryId: z.string(), average: z.number().nullable() })),
  /** The mean, lowest and highest card total; null before the first card. */
  total: z.object({ average: z.number(), min: z.number(), max: z.number() }).nullable(),
});
export type ScorecardSummary = z.infer<typeof ScorecardSummary>;

/** One card's total under `rubric`. */
export function cardTotal(rubric: Rubric, card: Pick<SubmittedScorecard, 'scores'>): number {
  const kinds = new Map(indicatorsOf(rubric).map((i) => [i.id, i.kind]));
  const sums = { base: 0, bonus: 0, deduction: 0 };
  for (const score of card.scores) {
    const kind = kinds.get(score.indicatorId);
    if (kind) sums[kind] += score.points;
  }
  return Math.max(0, sums.base + Math.min(sums.bonus, rubric.bonusCap) - sums.deduction);
}

/** The averages the room shows, from every submitted card. */
export function scorecardSummary(state: Pick<RoomState, 'scorecard'>): ScorecardSummary {
  const rubric = rubricOf(state);
  const cards = Object.values(state.scorecard.cards).sort((a, b) => a.submittedAt - b.submittedAt);
  const n = cards.length;
  const indicators = rubric.categories.flatMap((category) =>
    category.indicators.map((indicator): IndicatorSummary => {
      const given = cards.flatMap((c) => c.scores.filter((s) => s.indicatorId === indicator.id));
      const sum = given.reduce((total, s) => total + s.points, 0);
      return {
        indicatorId: indicator.id,
        categoryId: category.id,
        kind: indicator.kind,
        max: indicator.max,
        key: indicator.key,
        average: n === 0 ? null : sum / n,
        scoredBy: given.length,
        notes: given.map((s) => s.note),
      };
    }),
  );
  const totals = cards.map((c) => cardTotal(rubric, c));
  return {
    submissions: n,
    baseMax: baseMaxOf(rubric),
    bonusCap: rubric.bonusCap,
    indicators,
    categories: rubric.categories.map((c) => ({
      categoryId: c.id,
      average:
        n === 0 ? null : indicators.filter((i) => i.categoryId === c.id).reduce((sum, i) => sum + (i.average ?? 0), 0),
    })),
    total: n === 0 ? null : { average: mean(totals), min: Math.min(...totals), max: Math.max(...totals) },
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
