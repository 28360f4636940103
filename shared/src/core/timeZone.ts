/**
 * A room's time zone: an IANA name (`Asia/Shanghai`, `Australia/Sydney`) that this runtime knows.
 * Times are stored as instants (ms since the epoch) and only shown in the zone, so changing the zone
 * changes how a time reads, never which instant it is.
 */
import { z } from 'zod';

/** Whether `name` is a time zone the runtime's Intl knows (IANA names and `UTC`). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name, at most 64 characters; an unknown one fails with a message naming an example. */
export const TimeZoneName = z
  .string()
  .min(1)
  .max(64)
  .refine((name) => isTimeZone(name), 'Not a known time zone (e.g. Asia/Shanghai).');
export type TimeZoneName = z.infer<typeof TimeZoneName>;
