import { LIMITS } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { canResume } from './resume.js';

describe('canResume', () => {
  it('resumes a client up to one sync batch behind, and never one ahead of the room', () => {
    expect(canResume(40, 40)).toBe(true);
    expect(canResume(40, 40 + LIMITS.syncBatch)).toBe(true);
    expect(canResume(40, 41 + LIMITS.syncBatch)).toBe(false);
    expect(canResume(41, 40)).toBe(false);
  });
});
