import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './zonedTime';

describe('wall-clock times in the meeting’s time zone', () => {
  it('reads a Shanghai evening as the instant eight hours earlier in UTC', () => {
    const ms = fromLocalInput('2026-05-01T19:30', 'Asia/Shanghai');
    expect(ms).toBe(Date.UTC(2026, 4, 1, 11, 30));
    expect(toLocalInput(ms!, 'Asia/Shanghai')).toBe('2026-05-01T19:30');
  });

  it('follows daylight saving time where a zone has it', () => {
    expect(fromLocalInput('2026-07-01T09:00', 'Europe/London')).toBe(Date.UTC(2026, 6, 1, 8, 0));
    expect(fromLocalInput('2026-01-01T09:00', 'Europe/London')).toBe(Date.UTC(2026, 0, 1, 9, 0));
  });

  it('refuses what is not a date and a time', () => {
    expect(fromLocalInput('', 'UTC')).toBeNull();
    expect(fromLocalInput('2026-05-01', 'UTC')).toBeNull();
  });
});
