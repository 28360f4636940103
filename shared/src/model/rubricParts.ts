/**
 * The scorecard rubric's caps, its indicator kinds and the sums over it, with no zod: the rules
 * and the web app use these; the rubric's schema (model/rubric.ts) re-exports them.
 */
import type { Rubric, RubricIndicator } from './rubric.js';

/** Caps on a rubric a host sends, so one command stays far below the command size limit. */
export const RUBRIC_LIMITS = { label: 200, categories: 8, indicatorsPerCategory: 20, maxPoints: 100 } as const;

export const INDICATOR_KINDS = ['base', 'bonus', 'deduction'] as const;

/** Every indicator of a rubric, in the order of its categories. */
export function indicatorsOf(rubric: Pick<Rubric, 'categories'>): RubricIndicator[] {
  return rubric.categories.flatMap((c) => c.indicators);
}

/** The points the base indicators add up to (100 in the default rubric). */
export function baseMaxOf(rubric: Rubric): number {
  return indicatorsOf(rubric)
    .filter((i) => i.kind === 'base')
    .reduce((sum, i) => sum + i.max, 0);
}
