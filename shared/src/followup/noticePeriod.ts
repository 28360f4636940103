/**
 * The notice's period on the board (公示期, 村务公开): how many days a published notice stays up,
 * counted in calendar days of the meeting's time zone from the day it was published (that day is
 * the first). Pure; dates are `YYYY-MM-DD` days as `localDate` gives them.
 */
import type { RoomState } from '../model/state.js';
import { localDate } from './actions.js';
import { DISCLOSURE_PERIOD_DAYS } from './noticeRules.js';

export { DISCLOSURE_PERIOD_DAYS };

/** `date` (`YYYY-MM-DD`) moved by `days` calendar days (negative: back); pure calendar arithmetic. */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Calendar days from day `from` to day `to` (`YYYY-MM-DD`): 0 for the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A notice's time on the board: its period in days, its first and last day (inclusive). */
export interface BoardPeriod {
  periodDays: number;
  firstDay: string;
  lastDay: string;
}

/** The days a notice published at `publishedAt` (ms) for `periodDays` days is on the board, in `timeZone`. */
export function boardPeriod(publishedAt: number, periodDays: number, timeZone: string): BoardPeriod {
  const firstDay = localDate(publishedAt, timeZone);
  return { periodDays, firstDay, lastDay: addDays(firstDay, periodDays - 1) };
}

/**
 * The period of the room's notice as published: the days it was published for, else (a notice
 * published before periods existed) `fallbackDays`; null while the notice is not published.
 */
export function noticePeriod(
  notice: RoomState['notice'],
  timeZone: string,
  fallbackDays = DISCLOSURE_PERIOD_DAYS,
): BoardPeriod | null {
  if (!notice.published || notice.publishedAt === null) return null;
  return boardPeriod(notice.publishedAt, notice.periodDays ?? fallbackDays, timeZone);
}
