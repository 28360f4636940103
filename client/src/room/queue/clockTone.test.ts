import { speakerClock, type Speaker } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { clockText, clockTone } from './clockTone';

const speaker = (limitSec: number | null, pausedAt: number | null = null): Speaker => ({
  turnId: 1,
  memberId: 'm1',
  itemId: null,
  kind: 'speak',
  startedAt: 0,
  limitSec,
  pausedAt,
  pausedMs: 0,
});

describe('the countdown’s tone and text', () => {
  it('is normal with time to spare, near the end from 15 s left, then overtime', () => {
    expect(clockTone(speakerClock(speaker(60), 10_000))).toBe('normal');
    expect(clockTone(speakerClock(speaker(60), 44_999))).toBe('normal');
    expect(clockTone(speakerClock(speaker(60), 45_000))).toBe('near');
    expect(clockTone(speakerClock(speaker(60), 60_000))).toBe('near');
    expect(clockTone(speakerClock(speaker(60), 61_000))).toBe('over');
  });

  it('shows time left as m:ss, and in overtime the time over, without a minus (the words say overtime)', () => {
    expect(clockText(speakerClock(speaker(120), 0))).toBe('2:00');
    expect(clockText(speakerClock(speaker(60), 45_500))).toBe('0:15');
    expect(clockText(speakerClock(speaker(60), 72_000))).toBe('0:12');
    expect(clockText(speakerClock(speaker(60), 60_000 + 167_000))).toBe('2:47');
  });

  it('counts time spoken up, rounded down, when turns are not timed', () => {
    const clock = speakerClock(speaker(null), 65_900);
    expect(clockTone(clock)).toBe('untimed');
    expect(clockText(clock)).toBe('1:05');
  });

  it('stops while paused', () => {
    expect(clockText(speakerClock(speaker(60, 20_000), 50_000))).toBe('0:40');
  });
});
