import { describe, expect, it } from 'vitest';
import { decideJoin } from '../room/decide.js';
import { isCurrentMember } from './memberRules.js';
import { RoomHarness } from '../testing/roomHarness.js';

describe('locking joining (issue 30)', () => {
  it('makes a new name wait for the host, who lets them in under the id they waited with, or turns them away', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host', 'in_room');
    const ana = room.join('Ana');
    room.must(host, { type: 'joining.lock', locked: true });
    expect(room.run(host, { type: 'joining.lock', locked: true }).decision).toMatchObject({
      ok: false,
      error: { reason: 'joining.unchanged' },
    });
    expect(decideJoin(room.state, { role: 'participant', name: 'Bo', presence: 'in_room' })).toMatchObject({
      ok: true,
      events: [{ type: 'joining.requested', name: 'Bo' }],
    });
    const waitingId = room.joinOnly('Bo', 'participant', 'in_room').memberId!;
    const otherId = room.joinOnly('Cy').memberId!;
    // A host link still joins, and nobody who waits is a member yet.
    expect(decideJoin(room.state, { role: 'host', name: 'Clerk', presence: undefined })).toMatchObject({
      events: [{ type: 'member.joined' }],
    });
    expect(isCurrentMember(room.state, waitingId)).toBe(false);
    expect(room.run(ana, { type: 'joining.admit', waitingId }).decision).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    room.must(host, { type: 'joining.admit', waitingId });
    expect(room.state.members[waitingId]).toMatchObject({ name: 'Bo', presence: 'in_room', arrivedAt: null });
    expect(Object.keys(room.state.joining.waiting)).toEqual([otherId]);
    room.must(host, { type: 'joining.turnAway', waitingId: otherId });
    expect(room.state.joining.waiting).toEqual({});
    expect(room.run(host, { type: 'joining.admit', waitingId }).decision).toMatchObject({
      ok: false,
      error: { reason: 'joining.unknownRequest' },
    });
    room.must(host, { type: 'joining.lock', locked: false });
    expect(decideJoin(room.state, { role: 'participant', name: 'Di', presence: undefined })).toMatchObject({
      events: [{ type: 'member.joined' }],
    });
  });
});
