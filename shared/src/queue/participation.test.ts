import { describe, expect, it } from 'vitest';
import { participation } from './participation.js';
import { RoomHarness } from '../testing/roomHarness.js';

describe('participation', () => {
  it('sums turns and time by member, group and presence, counting the turn in progress', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host', 'in_room');
    const ana = room.join('Ana', 'participant', 'remote');
    const li = room.must(host, { type: 'member.addInRoom', name: 'Li', group: '村民' });
    room.must(ana, { type: 'member.setGroup', group: '专家' });

    room.must(ana, { type: 'queue.raise' });
    room.must(host, { type: 'queue.raise', memberId: li });
    room.must(host, { type: 'queue.next' });
    room.tick(30_000);
    room.must(host, { type: 'queue.next' }); // Ana spoke 30 s; Li starts
    room.tick(10_000);

    const figures = participation(room.state, room.state.speaker!.startedAt + 10_000);
    expect(figures.byMember).toEqual({
      [ana.memberId!]: { turns: 1, spokenMs: 30_000 },
      [li]: { turns: 1, spokenMs: 10_000 },
    });
    expect(figures.byGroup).toEqual({ 专家: { turns: 1, spokenMs: 30_000 }, 村民: { turns: 1, spokenMs: 10_000 } });
    expect(figures.byPresence).toEqual({
      remote: { turns: 1, spokenMs: 30_000 },
      in_room: { turns: 1, spokenMs: 10_000 },
    });
    expect(figures.distinctSpeakers).toBe(2);
    expect(figures.total).toEqual({ turns: 2, spokenMs: 40_000 });
  });

  it('is all zeros before anyone speaks', () => {
    const room = new RoomHarness();
    expect(participation(room.state, 0)).toMatchObject({ distinctSpeakers: 0, total: { turns: 0, spokenMs: 0 } });
  });
});
