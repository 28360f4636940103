import type { Command } from '@dr/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from './memoryStorage';
import type { OutboxEntry } from './outbox';
import { loadOutbox, MAX_AGE_MS, saveOutbox, senderKey } from './outboxStore';

const raise: Command = { type: 'queue.raise', kind: 'speak' };
const vote: Command = { type: 'consensus.vote', roundId: 'r1', level: 4 };
const NOW = 1_800_000_000_000;
const entry = (over: Partial<OutboxEntry>): OutboxEntry => ({
  requestId: 'request-0001',
  command: raise,
  status: 'waiting',
  deferred: true,
  queuedAt: NOW - 1_000,
  ...over,
});

describe('the outbox kept on the device', () => {
  let storage: ReturnType<typeof memoryStorage>;
  beforeEach(() => {
    storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('gives back what waits, with its request ids, per room and sender, as waiting again', () => {
    const error = { code: 'conflict' as const, message: 'The round is closed.' };
    saveOutbox('room1', 'm1', [
      entry({ status: 'sending', deferred: false }),
      entry({ requestId: 'request-0002', command: vote, status: 'refused', error }),
    ]);
    expect(loadOutbox('room1', 'm1', NOW)).toEqual([
      { requestId: 'request-0001', command: raise, queuedAt: NOW - 1_000, status: 'waiting', deferred: true },
      { requestId: 'request-0002', command: vote, queuedAt: NOW - 1_000, status: 'refused', deferred: true, error },
    ]);
    // Another member on the same phone, or another room, has nothing waiting.
    expect(loadOutbox('room1', 'm2', NOW)).toEqual([]);
    expect(loadOutbox('room2', 'm1', NOW)).toEqual([]);
    expect(senderKey(null)).toBe('host');
  });

  it('forgets what was answered, and leaves no key when nothing waits', () => {
    saveOutbox('room1', 'm1', [entry({})]);
    expect(storage.items.size).toBe(1);
    saveOutbox('room1', 'm1', []);
    expect(storage.items.size).toBe(0);
    expect(loadOutbox('room1', 'm1', NOW)).toEqual([]);
  });

  it('drops an entry older than the server remembers request ids for, and anything unreadable', () => {
    saveOutbox('room1', 'm1', [
      entry({ requestId: 'request-old1', queuedAt: NOW - MAX_AGE_MS }),
      entry({ requestId: 'request-new1', queuedAt: NOW - MAX_AGE_MS + 1 }),
    ]);
    expect(loadOutbox('room1', 'm1', NOW).map((e) => e.requestId)).toEqual(['request-new1']);
    expect(MAX_AGE_MS).toBeLessThan(24 * 60 * 60 * 1000);

    const key = 'dr:outbox:room1:m1';
    for (const junk of [
      'not json',
      '{}',
      JSON.stringify([{ requestId: 'short', command: raise, queuedAt: NOW }]),
      JSON.stringify([{ requestId: 'request-0001', command: 'queue.raise', queuedAt: NOW }]),
      JSON.stringify([{ requestId: 'request-0001', command: raise }]),
      JSON.stringify([null, 7]),
    ]) {
      storage.items.set(key, junk);
      expect(loadOutbox('room1', 'm1', NOW)).toEqual([]);
    }
  });
});
