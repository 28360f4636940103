/**
 * Join codes under a keyed hash. A join code has only about 40 bits (8 characters of 31), so a
 * plain SHA-256 of it, as rooms stored before this key existed, is undone by trying every code
 * (hours on one graphics card). Stored as HMAC-SHA-256 under the server secret, a copy of the
 * database alone no longer yields the codes; the database and the secret together still do.
 *
 * Stored form: `k1.<keyId>.<64 hex>`, where `keyId` names the secret (so a node started with a
 * different secret can say so instead of silently refusing every code). A bare 64-hex string is
 * the legacy plain SHA-256; it is still accepted and replaced by the keyed form on first use.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { normalizeJoinCode } from './joinCode.js';

const PREFIX = 'k1';
const LEGACY = /^[0-9a-f]{64}$/;

/** How a stored join-code hash matched a presented code. */
export type JoinCodeMatch = 'keyed' | 'legacy' | null;

export class JoinCodeKey {
  /** Eight hex characters derived from the secret: names the key without revealing it. */
  readonly keyId: string;

  constructor(private readonly secret: Buffer) {
    if (secret.length < 32) throw new Error('The server secret must be at least 32 bytes.');
    this.keyId = createHmac('sha256', secret).update('deliberation-room/key-id').digest('hex').slice(0, 8);
  }

  /** A key that lives as long as this process: for unit tests that never restart a server. */
  static ephemeral(): JoinCodeKey {
    return new JoinCodeKey(randomBytes(32));
  }

  /** The stored form of a join code (typed in any case, with or without dashes). */
  hash(code: string): string {
    return `${PREFIX}.${this.keyId}.${this.mac(normalizeJoinCode(code))}`;
  }

  /** The legacy stored form: a plain SHA-256 hex of the normalised code. */
  legacyHash(code: string): string {
    return createHash('sha256').update(normalizeJoinCode(code), 'utf8').digest('hex');
  }

  /** Whether `stored` is this code's hash, under this key or in the legacy form; constant time. */
  matches(code: string, stored: string): JoinCodeMatch {
    if (LEGACY.test(stored)) return sameHex(this.legacyHash(code), stored) ? 'legacy' : null;
    const [prefix, keyId, mac] = stored.split('.');
    if (prefix !== PREFIX || keyId !== this.keyId || !mac) return null;
    return sameHex(this.mac(normalizeJoinCode(code)), mac) ? 'keyed' : null;
  }

  /** True when `stored` is a keyed hash made under another secret (a node configured differently). */
  isForeign(stored: string): boolean {
    const [prefix, keyId] = stored.split('.');
    return prefix === PREFIX && keyId !== this.keyId;
  }

  /**
   * A secret only this server secret gives for `purpose` (128 bits, URL-safe): a roster member's
   * personal link (council/personalLinks.ts), printable again at any time while the secret stays.
   */
  derive(purpose: string): string {
    return createHmac('sha256', this.secret)
      .update(`derive:${purpose}`, 'utf8')
      .digest()
      .subarray(0, 16)
      .toString('base64url');
  }

  private mac(normalized: string): string {
    return createHmac('sha256', this.secret).update(`join-code:${normalized}`, 'utf8').digest('hex');
  }
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
