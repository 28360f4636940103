import { describe, expect, it } from 'vitest';
import { verdict } from './verdict.js';
import type { LevelCounts } from '../core/vocabulary.js';

const counts = (...levels: number[]): LevelCounts => levels as LevelCounts;

describe('verdict', () => {
  it('adopts nothing when nobody has responded', () => {
    for (const rule of ['consensus', 'supermajority', 'majority'] as const) {
      expect(verdict(counts(0, 0, 0, 0, 0, 0), rule)).toMatchObject({
        total: 0,
        outcome: 'not_adopted',
        reason: 'no_responses',
      });
    }
  });

  it('consensus: a single block stops it, however strong the support', () => {
    expect(verdict(counts(1, 0, 0, 0, 10, 20), 'consensus')).toMatchObject({
      blocks: 1,
      outcome: 'not_adopted',
      reason: 'blocked',
    });
  });

  it('consensus: exactly 75% at level 3 or above is enough; just below is not', () => {
    expect(verdict(counts(0, 1, 0, 3, 0, 0), 'consensus')).toMatchObject({ atLeast3: 3, total: 4, outcome: 'adopted' });
    expect(verdict(counts(0, 1, 1, 1, 1, 1), 'consensus')).toMatchObject({
      outcome: 'not_adopted',
      reason: 'below_threshold',
    });
    expect(verdict(counts(0, 0, 1, 3, 0, 0), 'consensus').outcome).toBe('adopted');
    expect(verdict(counts(0, 0, 26, 0, 74, 0), 'consensus').outcome).toBe('not_adopted'); // 74% < 75%
  });

  it('supermajority: exactly two thirds at level 4 or above is enough; blocks count against', () => {
    expect(verdict(counts(1, 0, 0, 0, 2, 0), 'supermajority').outcome).toBe('adopted');
    expect(verdict(counts(2, 0, 0, 0, 3, 0), 'supermajority').outcome).toBe('not_adopted');
  });

  it('majority: more than half at level 4 or above; a tie is not a majority', () => {
    expect(verdict(counts(0, 0, 0, 2, 2, 0), 'majority').outcome).toBe('not_adopted');
    expect(verdict(counts(0, 0, 0, 2, 2, 1), 'majority').outcome).toBe('adopted');
  });
});
