import { describe, expect, it } from 'vitest';
import { formatClock } from './speakerClock.js';

describe('formatClock', () => {
  it.each([
    [120_000, '2:00'],
    [119_001, '2:00'],
    [59_000, '0:59'],
    [0, '0:00'],
    [-5_000, '-0:05'],
    [-65_000, '-1:05'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});
