import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TokenBucket } from '../access/tokenBucket.js';
import { JoinQueue, type JoinSource, type NoTurn, type Turn } from './joinQueue.js';

const SETTINGS = { maxWaitMs: 10_000, perDevice: 3, maxWaiting: 100 };
const device = (key: string): JoinSource => ({ key, device: true });

describe('JoinQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A queue whose allowance is empty (burst 1 used up), refilled at 1 per second on the fake clock. */
  async function emptyQueue(settings = SETTINGS): Promise<JoinQueue> {
    const queue = new JoinQueue(new TokenBucket(1, 1, () => Date.now()), 1, settings);
    const first = await queue.turn(device('warm-up'));
    (first as Turn).done(true);
    return queue;
  }

  it('serves the waiting sources in turn, so one source with many joins waiting does not starve the others', async () => {
    const queue = await emptyQueue();
    const served: string[] = [];
    const wait = (who: string, from: JoinSource) =>
      void queue.turn(from).then((turn) => {
        if (typeof turn === 'string') return;
        served.push(who);
        turn.done(true);
      });
    // 20 loops from one address, then three residents' phones.
    for (let i = 0; i < 20; i += 1) wait(`attacker${i}`, { key: '10.0.0.1', device: false });
    for (const resident of ['a', 'b', 'c']) wait(resident, device(resident));
    // One join a second: the three phones are served among the first four, whatever the loops do.
    await vi.advanceTimersByTimeAsync(4500);
    expect([...served].slice(0, 4).sort()).toEqual(['a', 'attacker0', 'b', 'c']);
    expect(queue.queued).toBeGreaterThanOrEqual(18);
    queue.close();
  });

  it('caps the members one device adds, counting joins in flight, but never an address', async () => {
    const queue = new JoinQueue(new TokenBucket(100, 1), 1, SETTINGS);
    const turns = await Promise.all([1, 2, 3, 4].map(() => queue.turn(device('phone'))));
    expect(turns.slice(3)).toEqual(['deviceFull']);
    (turns[0] as Turn).done(false); // a name refused: it does not count
    expect(typeof (await queue.turn(device('phone')))).toBe('object');
    const hall = await Promise.all(Array.from({ length: 10 }, () => queue.turn({ key: '10.0.0.1', device: false })));
    expect(hall.every((t) => typeof t === 'object')).toBe(true);
  });

  it('refuses a join that waited too long, or when too many wait, and gives back a turn not used', async () => {
    const queue = await emptyQueue({ ...SETTINGS, maxWaiting: 2 });
    const outcomes: (Turn | NoTurn)[] = [];
    for (const key of ['a', 'b', 'c']) void queue.turn(device(key)).then((t) => outcomes.push(t));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual(['crowded']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(outcomes).toHaveLength(2);
    // The turn is given back unused: the next waiting join goes at once.
    (outcomes[1] as Turn).done(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toHaveLength(3);
    void queue.turn(device('d')).then((t) => outcomes.push(t));
    (outcomes[2] as Turn).done(true);
    await vi.advanceTimersByTimeAsync(SETTINGS.maxWaitMs - 1);
    expect(outcomes).toHaveLength(4); // a token came after 1 s
    queue.close();
  });
});
