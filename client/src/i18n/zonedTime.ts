/**
 * `<input type="datetime-local">` speaks the browser's wall clock, but the meeting's times are read
 * in the meeting's time zone (a host abroad, or a laptop set to UTC, would otherwise shift them).
 * These convert between an instant and a wall-clock value in a named zone, with `@date-fns/tz`
 * (daylight-saving gaps and overlaps included) rather than offset arithmetic of our own.
 */
import { TZDate } from '@date-fns/tz';

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm`: the wall clock in `timeZone` at instant `ms`. */
export function toLocalInput(ms: number, timeZone: string): string {
  const d = new TZDate(ms, timeZone);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant a `YYYY-MM-DDTHH:mm` wall-clock value names in `timeZone`; null when it is not one. */
export function fromLocalInput(value: string, timeZone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const instant = new TZDate(year, month - 1, day, hour, minute, timeZone).getTime();
  return Number.isNaN(instant) ? null : instant;
}

/** Every IANA zone this browser knows, for the zone picker (the room's current one always among them). */
export function knownTimeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

/** The browser's own zone, as the start page sends it with a new room. */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
