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

  it('reads a Sydney summer evening (UTC+11) the same whatever the browser’s own zone', () => {
    const ms = fromLocalInput('2026-12-03T20:06', 'Australia/Sydney');
    expect(ms).toBe(Date.UTC(2026, 11, 3, 9, 6));
    expect(toLocalInput(ms!, 'Australia/Sydney')).toBe('2026-12-03T20:06');
    expect(toLocalInput(ms!, 'Asia/Shanghai')).toBe('2026-12-03T17:06');
    expect(fromLocalInput('2026-12-03T20:06:00', 'Australia/Sydney')).toBe(ms);
  });

  it('refuses what is not a date and a time', () => {
    expect(fromLocalInput('', 'UTC')).toBeNull();
    expect(fromLocalInput('2026-05-01', 'UTC')).toBeNull();
  });
});
