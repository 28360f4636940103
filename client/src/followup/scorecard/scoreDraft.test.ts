import { DEFAULT_RUBRIC, checkScores, indicatorsOf } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { initialValues, noteNeeded, scoresFrom } from './scoreDraft';

describe('the scorecard form', () => {
  it('starts from one’s own card and sends only what was scored', () => {
    const card = {
      memberId: 'm1',
      submittedAt: 1,
      scores: [{ indicatorId: 'research.facts', points: 7.5, note: 'Survey of all 40 households' }],
    };
    const values = initialValues(DEFAULT_RUBRIC, card);
    expect(values['research.facts']).toEqual({ points: '7.5', note: 'Survey of all 40 households' });
    expect(values['innovation.method']).toEqual({ points: '', note: '' });
    // One's own card is kept as it was: an indicator it left out stays unscored.
    expect(values['research.collected']).toEqual({ points: '', note: '' });

    values['innovation.method'] = { points: '2', note: '  New: a bench council in the lane  ' };
    expect(scoresFrom(DEFAULT_RUBRIC, values)).toEqual([
      { indicatorId: 'research.facts', points: 7.5, note: 'Survey of all 40 households' },
      { indicatorId: 'innovation.method', points: 2, note: 'New: a bench council in the lane' },
    ]);
    // The shared rule still wants every base indicator.
    expect(checkScores(DEFAULT_RUBRIC, scoresFrom(DEFAULT_RUBRIC, values))).not.toBeNull();
  });

  it('starts a first card at full points with no note to write, and asks for notes only where the rubric does', () => {
    const values = initialValues(DEFAULT_RUBRIC, undefined);
    const base = indicatorsOf(DEFAULT_RUBRIC).filter((i) => i.kind === 'base');
    for (const indicator of base) expect(values[indicator.id]).toEqual({ points: String(indicator.max), note: '' });
    expect(values['innovation.method']).toEqual({ points: '', note: '' });
    // Sent as it starts, the card is complete: 0 notes to type on a phone.
    expect(checkScores(DEFAULT_RUBRIC, scoresFrom(DEFAULT_RUBRIC, values))).toBeNull();

    const facts = indicatorsOf(DEFAULT_RUBRIC).find((i) => i.id === 'research.facts')!;
    expect(noteNeeded(facts, { points: String(facts.max), note: '' })).toBe(false);
    expect(noteNeeded(facts, { points: String(facts.max - 1), note: '' })).toBe(true);
    const bonus = indicatorsOf(DEFAULT_RUBRIC).find((i) => i.kind === 'bonus')!;
    expect(noteNeeded(bonus, { points: '', note: '' })).toBe(false);
    expect(noteNeeded(bonus, { points: '1', note: '' })).toBe(true);
    values['research.facts'] = { points: String(facts.max - 1), note: '' };
    expect(checkScores(DEFAULT_RUBRIC, scoresFrom(DEFAULT_RUBRIC, values))).toMatchObject({
      reason: 'scorecard.noteNeeded',
    });
  });
});
