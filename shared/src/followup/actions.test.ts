import { describe, expect, it } from 'vitest';
import { isDoneOnTime, isOverdue, localDate } from './actions.js';
import { roomTimeZone } from '../meeting/roomTimeZone.js';

const at = (iso: string) => Date.parse(iso);

describe('the meeting’s calendar', () => {
  it('reads the day where the meeting is', () => {
    expect(localDate(at('2025-05-01T17:30:00Z'), 'UTC')).toBe('2025-05-01');
    expect(localDate(at('2025-05-01T17:30:00Z'), 'Asia/Shanghai')).toBe('2025-05-02');
  });

  it('defaults the time zone by locale until one is set', () => {
    const details = { place: null, kind: null, scheduledAt: null, timeZone: null };
    expect(roomTimeZone({ locale: 'zh-CN', details })).toBe('Asia/Shanghai');
    expect(roomTimeZone({ locale: 'en', details })).toBe('UTC');
    expect(roomTimeZone({ locale: 'en', details: { ...details, timeZone: 'Europe/Berlin' } })).toBe('Europe/Berlin');
  });
});

describe('overdue and on time', () => {
  const item = { status: 'in_progress' as const, dueDate: '2025-05-01', completedAt: null };

  it('is overdue only from the day after the due date, and never once done', () => {
    expect(isOverdue(item, at('2025-05-01T23:59:00Z'), 'UTC')).toBe(false);
    expect(isOverdue(item, at('2025-05-02T00:00:00Z'), 'UTC')).toBe(true);
    // 2025-05-01T16:00Z is already 2 May in Shanghai.
    expect(isOverdue(item, at('2025-05-01T16:00:00Z'), 'Asia/Shanghai')).toBe(true);
    expect(isOverdue({ ...item, status: 'done' }, at('2026-01-01T00:00:00Z'), 'UTC')).toBe(false);
  });

  it('counts an item done on its due date as on time, and a day later as late', () => {
    const done = { ...item, status: 'done' as const };
    expect(isDoneOnTime({ ...done, completedAt: at('2025-05-01T22:00:00Z') }, 'UTC')).toBe(true);
    expect(isDoneOnTime({ ...done, completedAt: at('2025-05-02T00:10:00Z') }, 'UTC')).toBe(false);
    expect(isDoneOnTime(item, 'UTC')).toBe(false);
  });
});
