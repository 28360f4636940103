/** The scorecard form's values, and the scores they stand for: an indicator left without points is not scored. */
import {
  indicatorsOf,
  noteRequired,
  own,
  type Rubric,
  type RubricIndicator,
  type ScoreEntry,
  type SubmittedScorecard,
} from '@dr/shared';

export interface ScoreValue {
  /** As typed; '' when not scored. */
  points: string;
  note: string;
}

export type ScoreValues = Record<string, ScoreValue>;

/**
 * The form as one's own card left it; a first card starts each base indicator at its full points
 * (no note needed) and bonus items and deductions unscored, so on a phone one changes only what
 * fell short, and says why there.
 */
export function initialValues(rubric: Rubric, card: SubmittedScorecard | undefined): ScoreValues {
  const given = new Map(card?.scores.map((s) => [s.indicatorId, s]));
  return Object.fromEntries(
    indicatorsOf(rubric).map((indicator) => {
      const score = given.get(indicator.id);
      const start = !card && indicator.kind === 'base' ? String(indicator.max) : '';
      return [indicator.id, { points: score ? String(score.points) : start, note: score?.note ?? '' }];
    }),
  );
}

/** Whether the note beside `value` must be filled in (the shared rule), given the points as typed. */
export function noteNeeded(indicator: RubricIndicator, value: ScoreValue): boolean {
  const points = Number(value.points);
  return value.points.trim() !== '' && Number.isFinite(points) && noteRequired(indicator, points);
}

/** The scores to send, in the rubric's order. */
export function scoresFrom(rubric: Rubric, values: ScoreValues): ScoreEntry[] {
  return indicatorsOf(rubric).flatMap((indicator) => {
    const value = own(values, indicator.id);
    if (!value || value.points.trim() === '') return [];
    return [{ indicatorId: indicator.id, points: Number(value.points), note: value.note.trim() }];
  });
}
