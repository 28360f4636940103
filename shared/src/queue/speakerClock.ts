/** The speaker's countdown, derived from event times and the server clock (no per-second broadcasts). */
import type { Speaker } from '../model/state.js';

export interface SpeakerClock {
  /** Time spoken so far, pauses excluded. */
  elapsedMs: number;
  /** Time left; negative in overtime; null when turns are not timed. */
  remainingMs: number | null;
  overtime: boolean;
  paused: boolean;
}

/** The clock of `speaker` at server time `now`. */
export function speakerClock(speaker: Speaker, now: number): SpeakerClock {
  const end = speaker.pausedAt ?? now;
  const elapsedMs = Math.max(0, end - speaker.startedAt - speaker.pausedMs);
  const remainingMs = speaker.limitSec === null ? null : speaker.limitSec * 1000 - elapsedMs;
  return {
    elapsedMs,
    remainingMs,
    overtime: remainingMs !== null && remainingMs < 0,
    paused: speaker.pausedAt !== null,
  };
}

/** `m:ss` for a countdown (rounded up, so a full limit shows as 2:00), with a minus in overtime. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const totalSeconds = ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${sign}${minutes}:${String(seconds).padStart(2, '0')}`;
}
