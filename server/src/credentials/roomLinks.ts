/**
 * The room's capabilities: three link tokens and a short join code for typing from a projector.
 * Only hashes are stored (the join code's under the server's key); the participant and observer links are also kept sealed under a key
 * derived from the host token, so a host can show them again (on the board, after a reload) while
 * the database alone reveals nothing usable.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { LinkRole, RoomCredentials } from '../store/store.js';
import { newJoinCode } from './joinCode.js';
import type { JoinCodeKey } from './joinCodeKey.js';
import { hashToken, randomToken } from './tokens.js';

export interface RoomSecrets {
  tokens: Record<LinkRole, string>;
  joinCode: string;
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

/** Seals any JSON value under a key from `hostToken` and `id` (a room's or a council's). */
export function seal(roomId: string, hostToken: string, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(roomId, hostToken), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** Opens what `seal` sealed with the same id and host token; null for a wrong token. */
export function unseal<T = Sealed>(roomId: string, hostToken: string, sealed: string): T | null {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key(roomId, hostToken), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    return JSON.parse(json) as T;
  } catch {
    return null; // a wrong host token fails authentication: nothing to show
  }
}
