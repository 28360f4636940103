/** A moment of the meeting for people: the time of day, with the date when it is not today. */
export function timeText(ms: number, language: string | undefined, now = Date.now()): string {
  const at = new Date(ms);
  const sameDay = new Date(now).toDateString() === at.toDateString();
  const format = new Intl.DateTimeFormat(language, {
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  });
  return format.format(at);
}
