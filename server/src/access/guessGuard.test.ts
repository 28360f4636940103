import { describe, expect, it } from 'vitest';
import { GuessGuard } from './guessGuard.js';

const limits = {
  guessesPerRoom: { burst: 3, perSecond: 1 / 5 },
  guessesPerAddress: { burst: 5, perSecond: 1 / 5 },
  provenForMs: 60_000,
};

function guard() {
  let now = 0;
  return { guard: new GuessGuard(limits, () => now), advance: (ms: number) => (now += ms) };
}

describe('the guess guard', () => {
  it('slows an address after a burst of wrong codes in one room, then allows one per refill', () => {
    const { guard: g, advance } = guard();
    for (let i = 0; i < 3; i += 1) {
      expect(g.mayCheck('hall', 'A', 'x')).toBe(true);
      g.failed('hall', 'A');
    }
    expect(g.mayCheck('hall', 'A', 'x')).toBe(false);
    expect(g.mayCheck('other', 'A', 'x')).toBe(true); // another address is not slowed
    expect(g.mayCheck('hall', 'B', 'x')).toBe(true); // nor is another room
    advance(5_000);
    expect(g.mayCheck('hall', 'A', 'x')).toBe(true);
  });

  it('counts guesses spread over rooms, and codes that match no room, per address', () => {
    const { guard: g } = guard();
    g.failed('hall', null);
    g.failed('hall', null);
    for (const room of ['A', 'B', 'C']) g.failed('hall', room);
    expect(g.mayCheck('hall', 'D', 'x')).toBe(false);
    expect(g.mayCheck('hall', null, 'x')).toBe(false);
  });

  it('keeps a code the address has shown valid welcome while it is slowed, for a while', () => {
    const { guard: g, advance } = guard();
    g.proved('hall', 'A', 'code');
    for (let i = 0; i < 10; i += 1) g.failed('hall', 'A');
    expect(g.mayCheck('hall', 'A', 'code')).toBe(true);
    expect(g.mayCheck('hall', 'A', 'other')).toBe(false);
    expect(g.mayCheck('hall', 'B', 'code')).toBe(false); // proven for room A only
    expect(g.mayCheck('elsewhere', 'A', 'code')).toBe(true); // never slowed
    advance(60_001);
    for (let i = 0; i < 20; i += 1) g.failed('hall', 'A');
    expect(g.mayCheck('hall', 'A', 'code')).toBe(false); // forgotten: checked like any other code
  });
});
