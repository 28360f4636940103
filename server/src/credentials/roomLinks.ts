/**
 * The room's capabilities: three link tokens and a short join code for typing from a projector.
 * Only hashes are stored (the join code's under the server's key); the participant and observer links are also kept sealed under a key
 * derived from the host token, so a host can show them again (on the board, after a reload) while
 * the database alone reveals nothing usable.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import type { LinkRole, RoomCredentials } from '../store/store.js';
import type { JoinCodeKey } from './joinCodeKey.js';
import { hashToken, randomToken } from './tokens.js';

export interface RoomSecrets {
  tokens: Record<LinkRole, string>;
  joinCode: string;
}

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

export function newSecrets(): RoomSecrets {
  return {
    tokens: { host: randomToken(), participant: randomToken(), observer: randomToken() },
    joinCode: newJoinCode(),
  };
}

/** What the store keeps of a room's secrets: token hashes, the join code under the server's key, the sealed links. */
export function credentialsFor(roomId: string, secrets: RoomSecrets, joinCodes: JoinCodeKey): RoomCredentials {
  const { host, participant, observer } = secrets.tokens;
  return {
    tokenHashes: { host: hashToken(host), participant: hashToken(participant), observer: hashToken(observer) },
    joinCodeHash: joinCodes.hash(secrets.joinCode),
    sealedLinks: seal(roomId, host, { participant, observer, joinCode: secrets.joinCode }),
  };
}

/** Recovers every secret from the stored credentials, given the host token; null if it does not open them. */
export function unsealSecrets(roomId: string, hostToken: string, credentials: RoomCredentials): RoomSecrets | null {
  const opened = unseal(roomId, hostToken, credentials.sealedLinks);
  if (!opened) return null;
  return {
    tokens: { host: hostToken, participant: opened.participant, observer: opened.observer },
    joinCode: opened.joinCode,
  };
}

/** New secrets with one link replaced; replacing the participant link also replaces the join code. */
export function rotate(secrets: RoomSecrets, role: LinkRole): RoomSecrets {
  return {
    tokens: { ...secrets.tokens, [role]: randomToken() },
    joinCode: role === 'participant' ? newJoinCode() : secrets.joinCode,
  };
}

interface Sealed {
  participant: string;
  observer: string;
  joinCode: string;
}

function key(roomId: string, hostToken: string): Buffer {
  return Buffer.from(hkdfSync('sha256', hostToken, roomId, 'deliberation-room/links/v1', 32));
}

function seal(roomId: string, hostToken: string, value: Sealed): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(roomId, hostToken), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

function unseal(roomId: string, hostToken: string, sealed: string): Sealed | null {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key(roomId, hostToken), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    return JSON.parse(json) as Sealed;
  } catch {
    return null; // a wrong host token fails authentication: nothing to show
  }
}
