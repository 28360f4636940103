import { describe, expect, it } from 'vitest';
import { attendanceNow } from './attendance.js';
import { idleMembersJoined, joinedInLastMinute } from './idleMembers.js';
import { RoomHarness } from '../testing/roomHarness.js';

describe('member.removeIdle: the names a flood added, removed at once (issue 30)', () => {
  it('removes those who joined in the window and never took part, and no one else', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host', 'in_room');
    const early = room.joinOnly('Early');
    room.tick(60_000);
    const from = room.now;
    const ghosts = ['G1', 'G2', 'G3'].map((name) => room.joinOnly(name));
    const acted = room.joinOnly('Acts');
    room.must(acted, { type: 'queue.raise' });
    const stayed = room.join('Stays'); // their phone stayed: present
    const added = room.must(host, { type: 'member.addInRoom', name: 'No phone' });
    const to = room.now;
    room.tick(10_000);
    expect(joinedInLastMinute(room.state, room.now)).toBe(6); // not Early, a minute before
    expect(idleMembersJoined(room.state, from, to).map((m) => m.id)).toEqual(ghosts.map((g) => g.memberId));

    const { events } = room.run(host, { type: 'member.removeIdle', joinedFrom: from, joinedTo: to });
    expect(events.map((e) => (e.type === 'member.removed' ? e.memberId : e.type))).toEqual(
      ghosts.map((g) => g.memberId),
    );
    for (const kept of [early.memberId!, acted.memberId!, stayed.memberId!, added])
      expect(room.state.members[kept]!.removedAt).toBeNull();
    expect(attendanceNow(room.state).present).toBe(4); // the chair, who acted, who stayed, who was added

    const again = room.run(host, { type: 'member.removeIdle', joinedFrom: from, joinedTo: to });
    expect(again.decision).toMatchObject({ ok: false, error: { reason: 'member.noneIdle' } });
    expect(room.run(acted, { type: 'member.removeIdle', joinedFrom: 0, joinedTo: room.now }).decision).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
