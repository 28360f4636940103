import { describe, expect, it } from 'vitest';
import { actionReminders, dayStart, reminderAt } from './dueTimes.js';

describe('when reminders fall', () => {
  it('a day begins at local midnight in the council’s time zone', () => {
    expect(dayStart('2026-03-10', 'Asia/Shanghai')).toBe(Date.UTC(2026, 2, 9, 16));
    expect(dayStart('2026-03-10', 'UTC')).toBe(Date.UTC(2026, 2, 10));
    expect(dayStart('2026-03-01', 'Asia/Shanghai', -1)).toBe(Date.UTC(2026, 1, 27, 16)); // 28 Feb begins
  });

  it('across a daylight-saving change (New York springs forward on 8 March 2026)', () => {
    expect(dayStart('2026-03-08', 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 5)); // EST
    expect(dayStart('2026-03-09', 'America/New_York')).toBe(Date.UTC(2026, 2, 9, 4)); // EDT
  });

  it('due soon from the day before the due date, overdue from the day after; a meeting 24 h ahead', () => {
    expect(actionReminders('2026-03-10', 'Asia/Shanghai')).toEqual({
      dueSoonAt: Date.UTC(2026, 2, 8, 16),
      overdueAt: Date.UTC(2026, 2, 10, 16),
    });
    expect(reminderAt(Date.UTC(2026, 2, 5, 1))).toBe(Date.UTC(2026, 2, 4, 1));
  });
});
