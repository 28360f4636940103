/**
 * The shape of a join code: 8 characters that survive being read off a wall and typed on a phone.
 * How they are stored is `joinCodeKey.ts`; how they are handed out, `roomLinks.ts`.
 */
import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: a code read off a wall must survive being typed on a phone. */
const JOIN_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const JOIN_LENGTH = 8; // 31^8 ≈ 2^39.6: guesses are slowed at every door (access/guessGuard.ts)

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_LENGTH; i += 1) code += JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)];
  return code;
}

/** Upper-case, separators dropped: "k7qf-2m9x" and "K7QF2M9X" are the same code. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/** True when `token` has the shape of a join code rather than a link token. */
export function looksLikeJoinCode(token: string): boolean {
  const code = normalizeJoinCode(token);
  return code.length === JOIN_LENGTH && [...code].every((c) => JOIN_ALPHABET.includes(c));
}
