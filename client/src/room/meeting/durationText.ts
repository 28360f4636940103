import type { TFunction } from 'i18next';

/** A speaking limit as people say it: "2 min", "90 s", "1 min 30 s". */
export function durationText(t: TFunction, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return t('duration.seconds', { count: rest });
  if (rest === 0) return t('duration.minutes', { count: minutes });
  return t('duration.minutesSeconds', { minutes, seconds: rest });
}
