import { describe, expect, it } from 'vitest';
import { applyPresence, presenceChange } from './presence.js';

describe('presence as changes', () => {
  it('says what changed, or nothing, and folding the change gives the new list', () => {
    const before = { online: ['m1', 'm2', 'm3'], observers: 2 };
    const after = { online: ['m2', 'm3', 'm4'], observers: 1 };
    const change = presenceChange(before, after);
    expect(change).toEqual({ joined: ['m4'], left: ['m1'], observers: 1 });
    expect(applyPresence(before, change!)).toEqual(after);
    expect(presenceChange(after, { online: ['m4', 'm3', 'm2'], observers: 1 })).toBeNull();
  });

  it('takes a whole list as it is, and a change needs one to apply to', () => {
    const whole = { online: ['m1'], observers: 0 };
    expect(applyPresence(null, whole)).toBe(whole);
    expect(applyPresence(null, { joined: ['m1'], left: [], observers: 0 })).toBeNull();
    // Idempotent on a member already there (a second device of the same member).
    expect(applyPresence(whole, { joined: ['m1'], left: [], observers: 3 })).toEqual({ online: ['m1'], observers: 3 });
  });
});
