import { membersInOrder, type Member, type RoomState } from '@dr/shared';
import { RoomHarness } from '@dr/shared/testing';
import { describe, expect, it } from 'vitest';
import { WelcomeViews } from './welcomeView.js';

const LIMITS = { welcome: 5, page: 4 };

/** A room with a host and `n` participants; the third one's hand is up. */
function hall(n: number): { state: RoomState; third: string } {
  const room = new RoomHarness();
  room.join('Chair', 'host');
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) ids.push(room.join(`Resident ${i + 1}`).memberId!);
  room.must({ role: 'participant', memberId: ids[2]! }, { type: 'queue.raise' });
  return { state: room.state, third: ids[2]! };
}

describe('the welcome and the members pages', () => {
  it('carries every member while the room is small', () => {
    const { state } = hall(3);
    const view = new WelcomeViews(LIMITS).view(state);
    expect(view.memberCount).toBeUndefined();
    expect(JSON.parse(view.stateJson)).toEqual(state);
  });

  it('carries a big room with its host and the queue, and every member comes in pages at its seq', () => {
    const { state, third } = hall(11);
    const views = new WelcomeViews(LIMITS);
    const view = views.view(state);
    expect(views.view(state)).toBe(view); // made once per state
    expect(view.memberCount).toBe(12);
    const welcomed = JSON.parse(view.stateJson) as RoomState;
    expect(Object.values(welcomed.members).map((m) => m.name)).toEqual(['Chair', state.members[third]!.name]);
    expect({ ...welcomed, members: state.members }).toEqual(state);
    expect(view.wholeBytes).toBeGreaterThan(JSON.stringify(state).length * 0.8);

    const paged: Member[] = [];
    let from: number | null = 0;
    while (from !== null) {
      const page = JSON.parse(views.pageJson(state, from)) as { seq: number; members: Member[]; next: number | null };
      expect(page.seq).toBe(state.seq);
      expect(page.members.length).toBeLessThanOrEqual(LIMITS.page);
      paged.push(...page.members);
      from = page.next;
    }
    expect(paged).toEqual(membersInOrder(state));
    expect(JSON.parse(views.pageJson(state, 500))).toEqual({ ok: true, seq: state.seq, members: [], next: null });
  });

  it('gives a connection its own member beside a big room only', () => {
    const { state } = hall(11);
    const views = new WelcomeViews(LIMITS);
    const last = membersInOrder(state).at(-1)!;
    expect(views.ownMember(state, last.id)).toEqual(last);
    expect(views.ownMember(state, null)).toBeUndefined();
    const small = hall(3);
    expect(new WelcomeViews(LIMITS).ownMember(small.state, small.third)).toBeUndefined();
  });
});
