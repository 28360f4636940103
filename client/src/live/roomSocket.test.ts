import { PROTOCOL_VERSION } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { Manager } from 'socket.io-client';
import { authFor, RECONNECTION } from './roomSocket';

describe('the handshake a page sends', () => {
  it('asks to wait for a name only when it has none, and never sends a name and a member together', () => {
    const base = { roomId: 'r1', token: 't', protocolVersion: PROTOCOL_VERSION, locale: 'en' };
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

describe('coming back after a restart (issue 25 §6)', () => {
  it('waits at most a second between tries, each wait moved at random', () => {
    // Socket.IO's own backoff with the page's options, driven by hand: no clock involved.
    const manager = new Manager('http://127.0.0.1:9', { autoConnect: false, ...RECONNECTION });
    const backoff = (manager as unknown as { backoff: { duration(): number; reset(): void } }).backoff;
    const firsts: number[] = [];
    for (let phone = 0; phone < 200; phone += 1) {
      backoff.reset();
      const waits = Array.from({ length: 12 }, () => backoff.duration());
      expect(Math.max(...waits)).toBeLessThanOrEqual(1000);
      firsts.push(waits[0]!);
    }
    // A hall of phones does not try again at one moment: their first waits spread over ±150 ms.
    expect(Math.max(...firsts) - Math.min(...firsts)).toBeGreaterThan(100);
    expect(Math.max(...firsts)).toBeLessThanOrEqual(450);
  });
});
