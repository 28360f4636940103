import { PROTOCOL_VERSION } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { authFor } from './roomSocket';

describe('the handshake a page sends', () => {
  it('asks to wait for a name only when it has none, and never sends a name and a member together', () => {
    const base = { roomId: 'r1', token: 't', protocolVersion: PROTOCOL_VERSION };
    expect(authFor('r1', 't', { kind: 'anonymous' })).toEqual({ ...base, waitForName: true });
    expect(authFor('r1', 't', { kind: 'join', name: 'Ana', presence: 'remote' })).toEqual({
      ...base,
      name: 'Ana',
      presence: 'remote',
    });
    expect(authFor('r1', 't', { kind: 'member', credentials: { memberId: 'm2', memberSecret: 's' } })).toEqual({
      ...base,
      memberId: 'm2',
      memberSecret: 's',
    });
  });
});
