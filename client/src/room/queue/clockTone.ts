import { formatClock, type SpeakerClock } from '@dr/shared';

/** How close to the end a turn is; drives the countdown's colour. */
export type ClockTone = 'untimed' | 'normal' | 'near' | 'over';

/** From this much time left the countdown warns, in colour and in words. */
export const NEAR_END_MS = 15_000;

export function clockTone(clock: SpeakerClock): ClockTone {
  if (clock.remainingMs === null) return 'untimed';
  if (clock.overtime) return 'over';
  return clock.remainingMs <= NEAR_END_MS ? 'near' : 'normal';
}

/**
 * Time left (m:ss); in overtime, the time over it (m:ss, no minus: the countdown says "overtime"
 * once, in words); or the time spoken when turns are not timed.
 */
export function clockText(clock: SpeakerClock): string {
  if (clock.remainingMs !== null) return formatClock(Math.abs(clock.remainingMs));
  // formatClock rounds up; time spoken reads better rounded down.
  return formatClock(Math.floor(clock.elapsedMs / 1000) * 1000);
}
