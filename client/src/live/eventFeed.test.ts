import { emptyState, type RoomEvent, type RoomState } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { createFeed } from './eventFeed';

const base: RoomState = { ...emptyState('r'), title: 'Bench council', seq: 1, updatedAt: 10 };
const joined = (seq: number): RoomEvent => ({
  type: 'member.joined',
  memberId: `m${seq}`,
  name: `Person ${seq}`,
  role: 'participant',
  presence: 'remote',
  seq,
  at: seq * 10,
  actor: null,
});

describe('createFeed', () => {
  it('skips an event it cannot fold and keeps folding the ones after it', () => {
    const states: RoomState[] = [];
    const skipped: number[] = [];
    let lost = false;
    const feed = createFeed({
      requestSync: () => Promise.reject(new Error('no gap expected')),
      onState: (s) => states.push(s),
      onLost: () => (lost = true),
      onUnfoldable: (event) => skipped.push(event.seq),
    });
    feed.reset(base);
    const unknown = { type: 'agenda.exploded', seq: 3, at: 30, actor: null } as unknown as RoomEvent;
    feed.receive([joined(2), unknown, joined(4)]);
    feed.receive([joined(5)]);
    expect(skipped).toEqual([3]);
    expect(lost).toBe(false);
    const last = states.at(-1)!;
    expect(last.seq).toBe(5);
    expect(Object.keys(last.members)).toEqual(['m2', 'm4', 'm5']);
  });

  it('resumes from its own state: asks for what it missed and folds it, keeping its place', async () => {
    const states: RoomState[] = [];
    const asked: number[] = [];
    let lost = false;
    const feed = createFeed({
      requestSync: (afterSeq) => {
        asked.push(afterSeq);
        return Promise.resolve({ ok: true, events: [joined(3), joined(4)], hasMore: false });
      },
      onState: (s) => states.push(s),
      onLost: () => (lost = true),
    });
    expect(feed.position()).toBeNull();
    feed.reset(base);
    feed.receive([joined(2)]);
    expect(feed.position()).toEqual({ seq: 2, at: 20 });
    feed.resume(2);
    await Promise.resolve();
    await Promise.resolve();
    expect(asked).toEqual([2]);
    expect(lost).toBe(false);
    expect(feed.position()).toEqual({ seq: 4, at: 40 });
    expect(Object.keys(states.at(-1)!.members)).toEqual(['m2', 'm3', 'm4']);
  });

  it('is lost when told to resume from a place it is not at, or before any welcome', () => {
    let lost = 0;
    const feed = createFeed({
      requestSync: () => Promise.reject(new Error('no sync expected')),
      onState: () => undefined,
      onLost: () => (lost += 1),
    });
    feed.resume(1);
    expect(lost).toBe(1);
    feed.reset(base);
    feed.resume(7);
    expect(lost).toBe(2);
  });
});
