import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JoinCodeKey } from './joinCodeKey.js';
import { newJoinCode } from './joinCode.js';
import { hashToken } from './tokens.js';

describe('join codes under a keyed hash', () => {
  it('matches the code however it is typed, and only under the same key', () => {
    const secret = randomBytes(32);
    const key = new JoinCodeKey(secret);
    const code = newJoinCode();
    const stored = key.hash(code);
    expect(stored).toMatch(new RegExp(`^k1\\.${key.keyId}\\.[0-9a-f]{64}$`));
    expect(key.matches(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`, stored)).toBe('keyed');
    expect(new JoinCodeKey(Buffer.from(secret)).matches(code, stored)).toBe('keyed');
    expect(key.matches(newJoinCode(), stored)).toBeNull();

    const other = JoinCodeKey.ephemeral();
    expect(other.matches(code, stored)).toBeNull();
    expect(other.isForeign(stored)).toBe(true);
    expect(key.isForeign(stored)).toBe(false);
  });

  it('accepts the legacy plain SHA-256 of rooms created before the key', () => {
    const key = JoinCodeKey.ephemeral();
    const code = newJoinCode();
    expect(key.matches(code.toLowerCase(), hashToken(code))).toBe('legacy');
    expect(key.legacyHash(code)).toBe(hashToken(code));
    expect(key.matches(newJoinCode(), hashToken(code))).toBeNull();
    expect(key.isForeign(hashToken(code))).toBe(false);
  });

  it('refuses a short secret and a malformed stored value', () => {
    expect(() => new JoinCodeKey(randomBytes(16))).toThrow(/32 bytes/);
    const key = JoinCodeKey.ephemeral();
    for (const stored of ['', 'k1', `k1.${key.keyId}.`, 'k2.x.y', 'zz'.repeat(32)]) {
      expect(key.matches(newJoinCode(), stored)).toBeNull();
    }
  });
});
