import { emptyState, type Member, type MembersAck, type RoomEvent, type RoomState } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { createFeed } from './eventFeed';
import { createMemberPages } from './memberPages';

const member = (n: number): Member => ({
  id: `m${n}`,
  name: `Resident ${n}`,
  role: n === 1 ? 'host' : 'participant',
  presence: 'in_room',
  group: null,
  proxy: false,
  joinedAt: n,
  arrivedAt: n,
  removedAt: null,
  sameNameAs: null,
  mergedInto: null,
  household: null,
  departedAt: null,
});
const ALL = Array.from({ length: 9 }, (_, i) => member(i + 1));
/** The welcome of a big room at seq 20: its host only. */
const welcomed: RoomState = { ...emptyState('r'), seq: 20, updatedAt: 200, members: { m1: ALL[0]! } };
const PAGE = 4;

function setUp(pageAt: (from: number) => number) {
  const states: RoomState[] = [];
  const feed = createFeed({
    requestSync: () => Promise.reject(new Error('no gap expected')),
    onState: (s) => states.push(s),
    onLost: () => undefined,
  });
  const asked: number[] = [];
  const pages = createMemberPages(
    feed,
    (from) => {
      asked.push(from);
      const members = ALL.slice(from, from + PAGE);
      const next = from + PAGE < ALL.length ? from + PAGE : null;
      return Promise.resolve<MembersAck>({ ok: true, seq: pageAt(from), members, next });
    },
    // Long enough that its 20 tries outlast a poll on a busy machine, short enough for a test.
    30,
  );
  return { feed, pages, states, asked };
}

/** As `setUp`, with a screen that wants every member (the members list opened). */
function wanted(pageAt: (from: number) => number) {
  const set = setUp(pageAt);
  set.pages.want();
  return set;
}

describe('a big room’s members in pages', () => {
  it('asks for no page until a screen wants the members, then for every page (also after the next welcome)', async () => {
    const { feed, pages, states, asked } = setUp(() => 20);
    feed.reset(welcomed, ALL[6]);
    pages.check(ALL.length);
    await Promise.resolve();
    expect(asked).toEqual([]);
    pages.want();
    await expect.poll(() => Object.keys(states.at(-1)!.members).length).toBe(ALL.length);
    expect(asked).toEqual([0, 4, 8]);
    pages.want(); // wanted again with every member here: nothing to ask
    pages.check(ALL.length);
    expect(asked).toEqual([0, 4, 8]);
  });

  it('asks for the pages after a welcome with memberCount until the state holds every member', async () => {
    const { feed, pages, states, asked } = wanted(() => 20);
    feed.reset(welcomed, ALL[6]);
    expect(Object.keys(states.at(-1)!.members)).toEqual(['m1', 'm7']);
    pages.check(ALL.length);
    await expect.poll(() => Object.keys(states.at(-1)!.members).length).toBe(ALL.length);
    expect(asked).toEqual([0, 4, 8]);
    expect(states.at(-1)!.members).toEqual(Object.fromEntries(ALL.map((m) => [m.id, m])));
  });

  it('asks for nothing in a small room or when the state has them all', () => {
    const { feed, pages, asked } = wanted(() => 20);
    feed.reset(welcomed);
    pages.check(undefined);
    pages.check(1);
    expect(asked).toEqual([]);
  });

  it('adds a page only to the state at its seq, and asks again once the state is there', async () => {
    // The page is at seq 21 while the state is at 20: the event is on its way.
    const { feed, pages, states, asked } = wanted(() => 21);
    feed.reset(welcomed);
    pages.check(ALL.length);
    await expect.poll(() => asked.length).toBeGreaterThan(1);
    expect(Object.keys(states.at(-1)!.members)).toEqual(['m1']);
    const raised = { type: 'queue.raised', memberId: 'm2', kind: 'speak', seq: 21, at: 210, actor: 'm2' };
    feed.receive([raised as unknown as RoomEvent]);
    await expect.poll(() => Object.keys(states.at(-1)!.members).length).toBe(ALL.length);
    expect(states.at(-1)!.seq).toBe(21);
  });

  it('stops when the connection drops', async () => {
    const { feed, pages, asked } = wanted(() => 19);
    feed.reset(welcomed);
    pages.check(ALL.length);
    pages.stop();
    const before = asked.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked.length).toBe(before);
  });
});
