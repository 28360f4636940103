import { localDate } from '@dr/shared';

/**
 * A moment of the meeting for people: the time of day in the room's time zone, with the date when
 * it is not today there. The browser's own zone never enters: a laptop set to UTC reads the same.
 */
export function timeText(ms: number, language: string | undefined, timeZone: string, now = Date.now()): string {
  const sameDay = localDate(now, timeZone) === localDate(ms, timeZone);
  const format = new Intl.DateTimeFormat(language, {
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
  return format.format(ms);
}
