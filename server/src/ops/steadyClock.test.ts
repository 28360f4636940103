import { describe, expect, it } from 'vitest';
import { FOLLOW_MS, SLEW, steadyClock } from './steadyClock.js';

/** A wall clock and a monotonic one the test moves: `pass` moves both, `step` only the wall. */
function clocks() {
  let wall = 1_800_000_000_000;
  let mono = 5_000;
  const steps: number[] = [];
  const clock = steadyClock({ wall: () => wall, monotonic: () => mono, onStep: (ms) => steps.push(ms) });
  return {
    clock,
    steps,
    pass: (ms: number) => ((wall += ms), (mono += ms)),
    step: (ms: number) => (wall += ms),
    wall: () => wall,
  };
}

describe('steadyClock', () => {
  it('is the wall clock while nothing steps, drift included', () => {
    const t = clocks();
    expect(t.clock()).toBe(t.wall());
    t.pass(60_000);
    expect(t.clock()).toBe(t.wall());
    t.step(FOLLOW_MS / 2); // drift: followed at once
    expect(t.clock()).toBe(t.wall());
    expect(t.steps).toEqual([]);
  });

  it('keeps durations right across a step back by minutes, and never goes backwards', () => {
    const t = clocks();
    const start = t.clock();
    t.step(-10 * 60_000);
    t.pass(90_000);
    const end = t.clock();
    // 90 s passed; of the 10-minute step at most 1% of them was taken in.
    expect(end - start).toBeGreaterThanOrEqual(90_000 * (1 - SLEW));
    expect(end - start).toBeLessThanOrEqual(90_000);
    expect(t.steps).toEqual([-10 * 60_000]);
  });

  it('keeps durations right across a step forward, and catches up with the wall clock in time', () => {
    const t = clocks();
    const start = t.clock();
    t.step(5 * 60_000);
    t.pass(120_000);
    const end = t.clock();
    expect(end - start).toBeGreaterThanOrEqual(120_000);
    expect(end - start).toBeLessThanOrEqual(120_000 * (1 + SLEW));
    // After enough time the step is absorbed and the wall clock followed again.
    for (let hour = 0; hour < 10; hour += 1) {
      t.pass(3_600_000);
      t.clock();
    }
    expect(t.clock()).toBe(t.wall());
  });
});
