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
});
