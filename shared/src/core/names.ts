/**
 * Names and titles as a command carries them: zod schemas that normalise (`normalizeName`, in
 * core/normalizeName.ts with its rules and no zod, so the web app can use it) and cap them.
 */
import { z } from 'zod';
import { normalizeName } from './normalizeName.js';

export { normalizeName, nameKey } from './normalizeName.js';

/** A raw name may carry this many times its cap in characters before it is normalised (bounds the work). */
const RAW_FACTOR = 4;

/** A required name or title: 1 to `max` characters after `normalizeName`, else `invalid`. */
export function nameText(max: number) {
  return z
    .string()
    .max(max * RAW_FACTOR)
    .transform(normalizeName)
    .pipe(z.string().min(1, 'A name needs at least one visible character.').max(max, `At most ${max} characters.`));
}

/** An optional name (a group, a place): normalised like `nameText`; '' when nothing visible is left (no name). */
export function optionalNameText(max: number) {
  return z
    .string()
    .max(max * RAW_FACTOR)
    .transform(normalizeName)
    .pipe(z.string().max(max, `At most ${max} characters.`));
}
