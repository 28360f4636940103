/**
 * The scorecard's rubric (打分器): categories of indicators with point values. Base indicators add
 * up to the meeting's score, bonus items add to it up to a cap, deductions take points away. Key
 * steps carry more points and are marked, so the form can show them first.
 */
import { z } from 'zod';
import { nameText } from '../core/names.js';
import { INDICATOR_KINDS, indicatorsOf, RUBRIC_LIMITS } from './rubricParts.js';

export { INDICATOR_KINDS, RUBRIC_LIMITS, indicatorsOf, baseMaxOf } from './rubricParts.js';

const label = nameText(RUBRIC_LIMITS.label);
const rubricId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'An id is 1–40 letters, digits, dots, dashes or underscores.');

/** Every label in both languages: the scorecard is filled in and printed in either. */
export const LocalizedText = z.strictObject({ 'zh-CN': label, en: label });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const IndicatorKind = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

export const RubricIndicator = z.strictObject({
  id: rubricId,
  label: LocalizedText,
  kind: IndicatorKind,
  /** Points available (base, bonus) or the most that may be deducted (deduction). */
  max: z.number().int().min(1).max(RUBRIC_LIMITS.maxPoints),
  /** A key step (关键环节), weighted higher. */
  key: z.boolean().default(false),
});
export type RubricIndicator = z.infer<typeof RubricIndicator>;

export const RubricCategory = z.strictObject({
  id: rubricId,
  label: LocalizedText,
  indicators: z.array(RubricIndicator).min(1).max(RUBRIC_LIMITS.indicatorsPerCategory),
});
export type RubricCategory = z.infer<typeof RubricCategory>;

export const Rubric = z
  .strictObject({
    categories: z.array(RubricCategory).min(1).max(RUBRIC_LIMITS.categories),
    /** The most bonus points a scorecard can add, however many bonus items it scores. */
    bonusCap: z.number().int().min(0).max(RUBRIC_LIMITS.maxPoints),
  })
  .superRefine((rubric, ctx) => {
    const ids = [...rubric.categories.map((c) => c.id), ...indicatorsOf(rubric).map((i) => i.id)];
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate !== undefined) ctx.addIssue({ code: 'custom', message: `The id "${duplicate}" is used twice.` });
  });
export type Rubric = z.infer<typeof Rubric>;
