import { describe, expect, it } from 'vitest';
import { hashToken, randomToken, tokenMatches } from './tokens.js';

describe('tokens', () => {
  it('makes distinct 128-bit tokens', () => {
    const a = randomToken();
    expect(Buffer.from(a, 'base64url')).toHaveLength(16);
    expect(randomToken()).not.toBe(a);
  });

  it('matches a token only against its own hash', () => {
    const token = randomToken();
    expect(tokenMatches(token, hashToken(token))).toBe(true);
    expect(tokenMatches(randomToken(), hashToken(token))).toBe(false);
    expect(tokenMatches(token, 'not-a-hash')).toBe(false);
  });
});
