import { speakerClock, type Speaker, type SpeakerClock } from '@dr/shared';
import { useServerNow } from '../../live/useServerNow';

/** The speaker's clock, live: re-computed locally each second while it runs. */
export function useSpeakerClock(speaker: Speaker | null, clockOffset: number): SpeakerClock | null {
  const running = speaker !== null && speaker.pausedAt === null;
  const now = useServerNow(clockOffset, running, speaker ? speaker.startedAt + speaker.pausedMs : 0);
  return speaker ? speakerClock(speaker, now) : null;
}
