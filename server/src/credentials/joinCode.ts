/**
 * Making a join code; its shape (alphabet, length, how a typed one is read) is shared with the web
 * app's code page (shared/src/core/joinCode.ts). How they are stored is `joinCodeKey.ts`; how they
 * are handed out, `roomLinks.ts`.
 */
import { JOIN_ALPHABET, JOIN_LENGTH } from '@dr/shared';
import { randomInt } from 'node:crypto';

export { looksLikeJoinCode, normalizeJoinCode } from '@dr/shared';

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_LENGTH; i += 1) code += JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)];
  return code;
}
