import { LIMITS } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { canResume, EVENT_BYTES } from './resume.js';

describe('canResume', () => {
  const hall = 400_000; // a 2,000-member room's state, in bytes of JSON

  it('resumes a client up to one sync batch behind, and never one ahead of the room', () => {
    expect(canResume(40, 40, hall)).toBe(true);
    expect(canResume(40, 40 + LIMITS.syncBatch, hall)).toBe(true);
    expect(canResume(40, 41 + LIMITS.syncBatch, hall)).toBe(false);
    expect(canResume(41, 40, hall)).toBe(false);
  });

  it('sends the state instead when the missed events would weigh more', () => {
    const small = 20 * EVENT_BYTES;
    expect(canResume(100, 119, small)).toBe(true);
    expect(canResume(100, 120, small)).toBe(false);
  });
});
