import { describe, expect, it } from 'vitest';
import { RoomHarness } from '../testing/roomHarness.js';

describe('member.setPresence', () => {
  it('moves a member between remote and the room, as their own say or the host’s', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host', 'in_room');
    const ana = room.join('Ana', 'participant', 'remote');
    const bo = room.join('Bo', 'participant', 'in_room');

    const { events } = room.run(ana, { type: 'member.setPresence', presence: 'in_room' });
    expect(events).toEqual([
      expect.objectContaining({ type: 'member.presenceSet', memberId: ana.memberId, presence: 'in_room' }),
    ]);
    expect(room.state.members[ana.memberId!]!.presence).toBe('in_room');

    room.must(host, { type: 'member.setPresence', memberId: bo.memberId!, presence: 'remote' });
    expect(room.state.members[bo.memberId!]!.presence).toBe('remote');
    // A host console without a name may say it too (a member without a phone walked out).
    room.must(
      { role: 'host', memberId: null },
      { type: 'member.setPresence', memberId: bo.memberId!, presence: 'in_room' },
    );
    expect(room.state.members[bo.memberId!]!.presence).toBe('in_room');
  });

  it('refuses someone else’s presence, the same presence, no member, a removed member, a closed meeting', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host', 'in_room');
    const ana = room.join('Ana', 'participant', 'remote');
    const bo = room.join('Bo');
    const before = room.state;
    expect(
      room.run(bo, { type: 'member.setPresence', memberId: ana.memberId!, presence: 'in_room' }).decision,
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden', reason: 'role.hostForOthers' },
    });
    expect(room.run(ana, { type: 'member.setPresence', presence: 'remote' }).decision).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'member.samePresence' },
    });
    expect(
      room.refusal({ role: 'observer', memberId: null }, { type: 'member.setPresence', presence: 'in_room' }),
    ).toBe('forbidden');
    expect(room.refusal({ role: 'host', memberId: null }, { type: 'member.setPresence', presence: 'in_room' })).toBe(
      'invalid',
    );
    expect(room.refusal(host, { type: 'member.setPresence', memberId: 'm999', presence: 'in_room' })).toBe('not_found');
    expect(room.state).toBe(before);
    room.must(host, { type: 'member.remove', memberId: bo.memberId! });
    expect(room.refusal(host, { type: 'member.setPresence', memberId: bo.memberId!, presence: 'in_room' })).toBe(
      'conflict',
    );
    room.must(host, { type: 'room.setPhase', phase: 'closed' });
    expect(room.refusal(ana, { type: 'member.setPresence', presence: 'in_room' })).toBe('conflict');
  });

  it('lets a council member seated as remote say they are in the room: arrival first, then the presence', () => {
    const room = new RoomHarness();
    room.join('Chair', 'host', 'in_room');
    const li = room.seat('c7', 'Li');
    const { events } = room.run(li, { type: 'member.setPresence', presence: 'in_room' });
    expect(events.map((e) => [e.type, 'presence' in e ? e.presence : null])).toEqual([
      ['member.arrived', 'remote'],
      ['member.presenceSet', 'in_room'],
    ]);
    expect(room.state.members['c7']).toMatchObject({ presence: 'in_room', arrivedAt: expect.any(Number) });
  });

  it('keeps a member who waits for the floor, or has it, on their side: the host may still move them', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host', 'in_room');
    const ana = room.join('Ana', 'participant', 'in_room');
    room.must(host, { type: 'room.setPhase', phase: 'in_session' });
    const itemId = room.must(host, { type: 'agenda.propose', title: 'Lane' });
    room.must(host, { type: 'agenda.activate', itemId });
    room.must(ana, { type: 'queue.raise' });
    expect(room.run(ana, { type: 'member.setPresence', presence: 'remote' }).decision).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'member.presenceInQueue' },
    });
    room.must(host, { type: 'queue.next' });
    expect(room.refusal(ana, { type: 'member.setPresence', presence: 'remote' })).toBe('conflict');
    room.must(host, { type: 'member.setPresence', memberId: ana.memberId!, presence: 'remote' });
    room.must(ana, { type: 'speaker.end' });
    room.must(ana, { type: 'member.setPresence', presence: 'in_room' });
    expect(room.state.members[ana.memberId!]!.presence).toBe('in_room');
  });
});
