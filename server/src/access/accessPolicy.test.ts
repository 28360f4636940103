import { describe, expect, it } from 'vitest';
import { JoinCodeKey } from '../credentials/joinCodeKey.js';
import { credentialsFor, newSecrets, rotate } from '../credentials/roomLinks.js';
import { hashToken, randomToken } from '../credentials/tokens.js';
import { accessOf } from './accessPolicy.js';

describe('the access policy', () => {
  const key = JoinCodeKey.ephemeral();
  const secrets = newSecrets();
  const room = credentialsFor('room1', secrets, key);
  const { host, participant, observer } = secrets.tokens;
  const code = secrets.joinCode;
  const rotated = rotate(rotate(rotate(secrets, 'participant'), 'host'), 'observer');
  const after = credentialsFor('room1', rotated, key);

  it.each([
    ['the host link', host, { role: 'host', via: 'link' }],
    ['the participant link', participant, { role: 'participant', via: 'link' }],
    ['the observer link', observer, { role: 'observer', via: 'link' }],
    ['the join code', code, { role: 'participant', via: 'joinCode' }],
    [
      'the join code in lower case with a dash',
      `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase(),
      { role: 'participant', via: 'joinCode' },
    ],
    ['the join code with spaces', `${code.slice(0, 4)} ${code.slice(4)}`, { role: 'participant', via: 'joinCode' }],
    ['a wrong token', randomToken(), null],
    ['a wrong join code', 'ABCDEFGH' === code ? 'ABCDEFGJ' : 'ABCDEFGH', null],
    ['a token hash instead of the token', hashToken(host), null],
    ['nothing', '', null],
  ])('%s', (_name, credential, expected) => {
    expect(accessOf(credential, room, key)).toEqual(expected);
  });

  it('gives nothing for replaced links and codes, and everything for the new ones', () => {
    for (const old of [host, participant, observer, code]) expect(accessOf(old, after, key)).toBeNull();
    expect(accessOf(rotated.tokens.host, after, key)?.role).toBe('host');
    expect(accessOf(rotated.joinCode, after, key)?.role).toBe('participant');
  });

  it('reads a legacy join-code hash and says so', () => {
    expect(accessOf(code, { ...room, joinCodeHash: hashToken(code) }, key)).toEqual({
      role: 'participant',
      via: 'joinCode',
      legacy: true,
    });
  });
});
