import { describe, expect, it } from 'vitest';
import { looksLikeJoinCode, newJoinCode, normalizeJoinCode } from './joinCode.js';
import { credentialsFor, newSecrets, rotate, unsealSecrets } from './roomLinks.js';
import { JoinCodeKey } from './joinCodeKey.js';
import { hashToken, randomToken } from './tokens.js';

describe('room links', () => {
  it('stores only hashes and a sealed copy that the host token alone opens', () => {
    const secrets = newSecrets();
    const key = JoinCodeKey.ephemeral();
    const credentials = credentialsFor('room1', secrets, key);
    const stored = JSON.stringify(credentials);
    for (const secret of [...Object.values(secrets.tokens), secrets.joinCode]) expect(stored).not.toContain(secret);
    expect(credentials.tokenHashes.participant).toBe(hashToken(secrets.tokens.participant));
    // The join code only under the server's key: its plain SHA-256 (guessable offline) is not stored.
    expect(stored).not.toContain(hashToken(secrets.joinCode));
    expect(key.matches(secrets.joinCode, credentials.joinCodeHash)).toBe('keyed');
    expect(unsealSecrets('room1', secrets.tokens.host, credentials)).toEqual(secrets);
    expect(unsealSecrets('room1', randomToken(), credentials)).toBeNull();
    expect(unsealSecrets('room2', secrets.tokens.host, credentials)).toBeNull();
  });

  it('rotates one link, and the join code with the participant link', () => {
    const secrets = newSecrets();
    const observer = rotate(secrets, 'observer');
    expect(observer.tokens.observer).not.toBe(secrets.tokens.observer);
    expect(observer.joinCode).toBe(secrets.joinCode);
    const participant = rotate(secrets, 'participant');
    expect(participant.tokens.participant).not.toBe(secrets.tokens.participant);
    expect(participant.joinCode).not.toBe(secrets.joinCode);
    expect(participant.tokens.host).toBe(secrets.tokens.host);
  });

  it('reads a join code however it is typed', () => {
    const code = newJoinCode();
    expect(looksLikeJoinCode(code)).toBe(true);
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    expect(normalizeJoinCode(typed)).toBe(code);
    expect(looksLikeJoinCode(randomToken())).toBe(false);
  });
});
