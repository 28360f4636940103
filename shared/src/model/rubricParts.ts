/**
 * The scorecard rubric's caps, its indicator kinds and the sums over it, with no zod: the rules
 * and the web app use these; the rubric's schema (model/rubric.ts) re-exports them.
 */

/** Caps on a rubric a host sends, so one command stays far below the command size limit. */
export const RUBRIC_LIMITS = { label: 200, categories: 8, indicatorsPerCategory: 20, maxPoints: 100 } as const;

export const INDICATOR_KINDS = ['base', 'bonus', 'deduction'] as const;

/** What the sums read of a rubric (model/rubric.ts has its schema): categories of indicators. */
export interface RubricShape<Indicator = { kind: (typeof INDICATOR_KINDS)[number]; max: number }> {
  categories: readonly { indicators: readonly Indicator[] }[];
}

/** Every indicator of a rubric, in the order of its categories. */
export function indicatorsOf<Indicator>(rubric: RubricShape<Indicator>): Indicator[] {
  return rubric.categories.flatMap((c) => c.indicators);
}

/** The points the base indicators add up to (100 in the default rubric). */
export function baseMaxOf(rubric: RubricShape): number {
  return indicatorsOf(rubric)
    .filter((i) => i.kind === 'base')
    .reduce((sum, i) => sum + i.max, 0);
}
