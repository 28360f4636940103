/** Dates and times of the meeting as people read them, always in the meeting's time zone. */

/**
 * A calendar day (`YYYY-MM-DD`) in words: "May 1, 2026", "2026年5月1日". One date style, `long`, in
 * every place (the screens, the notice, the minutes), so a date reads the same everywhere.
 */
export function dayText(isoDate: string, language: string | undefined): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  // The day is a name, not an instant: format it at UTC midnight, read in UTC.
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}

/** An instant as a date and a time of day in `timeZone`. */
export function momentText(ms: number, language: string | undefined, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(ms);
}

/** The ISO form of an instant, for `<time dateTime>`. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}
