import { DEFAULT_RUBRIC, checkScores } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { initialValues, scoresFrom } from './scoreDraft';

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

    values['innovation.method'] = { points: '2', note: '  New: a bench council in the lane  ' };
    expect(scoresFrom(DEFAULT_RUBRIC, values)).toEqual([
      { indicatorId: 'research.facts', points: 7.5, note: 'Survey of all 40 households' },
      { indicatorId: 'innovation.method', points: 2, note: 'New: a bench council in the lane' },
    ]);
    // The shared rule still wants every base indicator.
    expect(checkScores(DEFAULT_RUBRIC, scoresFrom(DEFAULT_RUBRIC, values))).not.toBeNull();
  });
});
