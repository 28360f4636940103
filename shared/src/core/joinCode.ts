/**
 * The shape of a join code (参会码): 8 characters that survive being read off a wall and typed on a
 * phone. The server makes and stores them (server/src/credentials/); the code page (`/j`) reads what
 * a person typed the same way before it asks the server.
 */

/** No 0/O, 1/I/L: a code read off a wall must survive being typed on a phone. */
export const JOIN_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 31^8 ≈ 2^39.6: guesses are slowed at every door (server/src/access/guessGuard.ts). */
export const JOIN_LENGTH = 8;

/** Upper-case, separators dropped: "k7qf-2m9x", "K7QF 2M9X" and "K7QF2M9X" are the same code. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/** True when `typed` has the shape of a join code (after `normalizeJoinCode`) rather than a link token. */
export function looksLikeJoinCode(typed: string): boolean {
  const code = normalizeJoinCode(typed);
  return code.length === JOIN_LENGTH && [...code].every((c) => JOIN_ALPHABET.includes(c));
}
