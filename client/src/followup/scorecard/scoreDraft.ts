/** The scorecard form's values, and the scores they stand for: an indicator left without points is not scored. */
import { indicatorsOf, own, type Rubric, type ScoreEntry, type SubmittedScorecard } from '@dr/shared';

export interface ScoreValue {
  /** As typed; '' when not scored. */
  points: string;
  note: string;
}

export type ScoreValues = Record<string, ScoreValue>;

/** The form as one's own card left it, or empty. */
export function initialValues(rubric: Rubric, card: SubmittedScorecard | undefined): ScoreValues {
  const given = new Map(card?.scores.map((s) => [s.indicatorId, s]));
  return Object.fromEntries(
    indicatorsOf(rubric).map((indicator) => {
      const score = given.get(indicator.id);
      return [indicator.id, { points: score ? String(score.points) : '', note: score?.note ?? '' }];
    }),
  );
}

/** The scores to send, in the rubric's order. */
export function scoresFrom(rubric: Rubric, values: ScoreValues): ScoreEntry[] {
  return indicatorsOf(rubric).flatMap((indicator) => {
    const value = own(values, indicator.id);
    if (!value || value.points.trim() === '') return [];
    return [{ indicatorId: indicator.id, points: Number(value.points), note: value.note.trim() }];
  });
}
