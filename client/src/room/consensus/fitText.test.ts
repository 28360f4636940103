import { describe, expect, it } from 'vitest';
import { largestFit, pageCount } from './fitText';

describe('largestFit', () => {
  it('finds the largest size that fits, to the step', () => {
    const size = largestFit(20, 46, 0.25, (s) => s * 15 * 1.3 <= 500)!;
    expect(size * 15 * 1.3).toBeLessThanOrEqual(500);
    expect((size + 0.25) * 15 * 1.3).toBeGreaterThan(500);
    expect(largestFit(20, 46, 0.25, () => true)).toBe(46);
  });

  it('is null when even the minimum does not fit (the text then pages)', () => {
    expect(largestFit(20, 46, 0.25, () => false)).toBeNull();
  });
});

describe('pageCount', () => {
  it('counts the column pages of a paged text', () => {
    expect(pageCount(800, 800, 40)).toBe(1);
    expect(pageCount(1640, 800, 40)).toBe(2);
    expect(pageCount(2480, 800, 40)).toBe(3);
    expect(pageCount(0, 0, 40)).toBe(1);
  });
});
