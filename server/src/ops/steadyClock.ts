/**
 * The time rooms stamp on events and welcomes tell clients (`serverTime`): the wall clock, without
 * its steps. Countdowns are differences of event times (a speaker's `startedAt` against the time a
 * turn ends, or a screen's "now" from `serverTime`), so a wall clock stepped by minutes (NTP at boot,
 * someone's `date -s`, a VM restored from a snapshot) would credit a speaker with ten minutes, or
 * none, and jump every countdown.
 *
 * It advances with the monotonic clock (`performance.now`, which never steps) and follows the wall
 * clock while they agree within `FOLLOW_MS` (ordinary drift and NTP's own slewing). When the wall
 * clock steps further, the difference is taken in gently, at most `SLEW` of the time that passes (1%:
 * a 5-minute step is absorbed over about 8 hours, a 2-minute turn measured within 1.2 s), and the
 * time never goes backwards. A restart takes the wall clock as it is.
 */

/** Within this much, the wall clock is followed at once (never backwards). */
export const FOLLOW_MS = 1_000;
/** The most of a wall clock's step taken in per millisecond that passes. */
export const SLEW = 0.01;

export interface SteadyClockOptions {
  wall?: () => number;
  monotonic?: () => number;
  /** Told once per step seen (its size in ms, signed), e.g. to log it. */
  onStep?: (stepMs: number) => void;
}

export function steadyClock({
  wall = Date.now,
  monotonic = () => performance.now(),
  onStep,
}: SteadyClockOptions = {}): () => number {
  let last = wall();
  let lastMono = monotonic();
  let stepping = false;
  return () => {
    const mono = monotonic();
    const passed = Math.max(0, mono - lastMono);
    lastMono = mono;
    const running = last + passed;
    const behind = wall() - running; // > 0: the wall clock is ahead of ours
    let now: number;
    if (Math.abs(behind) <= FOLLOW_MS) {
      now = running + behind;
      stepping = false;
    } else {
      if (!stepping) onStep?.(behind);
      stepping = true;
      const take = SLEW * passed;
      now = running + Math.max(-take, Math.min(take, behind));
    }
    last = Math.max(last, now);
    return last;
  };
}
