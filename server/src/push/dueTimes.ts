/** When an action item's reminders fall: instants of local midnights in the council's time zone. */

const DAY_MS = 24 * 60 * 60 * 1000;

/** How far `timeZone` is ahead of UTC at instant `at`, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return local - Math.floor(at / 1000) * 1000;
}

/** The instant the day `date` (`YYYY-MM-DD`) begins in `timeZone`, shifted by `days` whole days. */
export function dayStart(date: string, timeZone: string, days = 0): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utc = Date.UTC(y, m - 1, d + days);
  // Twice: the offset at the guess may differ from the offset at the answer across a DST change.
  const first = utc - offsetAt(utc, timeZone);
  return utc - offsetAt(first, timeZone);
}

/** "Due soon": the start of the day before the due date. "Overdue": the start of the day after it (actions.ts `isOverdue`). */
export function actionReminders(dueDate: string, timeZone: string): { dueSoonAt: number; overdueAt: number } {
  return { dueSoonAt: dayStart(dueDate, timeZone, -1), overdueAt: dayStart(dueDate, timeZone, 1) };
}

/** The day-before reminder of a meeting at `scheduledAt`: 24 hours ahead. */
export const reminderAt = (scheduledAt: number): number => scheduledAt - DAY_MS;
