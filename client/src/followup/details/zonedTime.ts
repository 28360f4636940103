/**
 * `<input type="datetime-local">` speaks the browser's wall clock, but the meeting's times are read
 * in the meeting's time zone (a host abroad, or a laptop set to UTC, would otherwise shift them).
 * These convert between an instant and a wall-clock value in a named zone.
 */

function wallClockParts(ms: number, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(ms);
  return Object.fromEntries(parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
}

/** How far `timeZone`'s wall clock is ahead of UTC at instant `ms`, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const p = wallClockParts(ms, timeZone);
  const asUtc = Date.UTC(p['year']!, p['month']! - 1, p['day']!, p['hour']!, p['minute']!, p['second']!);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm`: the wall clock in `timeZone` at instant `ms`. */
export function toLocalInput(ms: number, timeZone: string): string {
  const p = wallClockParts(ms, timeZone);
  return `${p['year']}-${pad(p['month']!)}-${pad(p['day']!)}T${pad(p['hour']!)}:${pad(p['minute']!)}`;
}

/** The instant a `YYYY-MM-DDTHH:mm` wall-clock value names in `timeZone`; null when it is not one. */
export function fromLocalInput(value: string, timeZone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  // Twice, so a guess that lands across a daylight-saving change settles on the zone's offset there.
  const first = guess - offsetAt(guess, timeZone);
  return guess - offsetAt(first, timeZone);
}
