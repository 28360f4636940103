import { describe, expect, it } from 'vitest';
import { decide } from './decide.js';
import { RoomHarness } from '../testing/roomHarness.js';

describe('decide: permissions', () => {
  it('refuses every write from an observer', () => {
    const room = new RoomHarness();
    const { decision } = room.run({ role: 'observer', memberId: null }, { type: 'agenda.propose', title: 'Parking' });
    expect(decision).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses host-only commands from participants', () => {
    const room = new RoomHarness();
    const ana = room.join('Ana');
    room.run(ana, { type: 'queue.raise' });
    expect(room.run(ana, { type: 'queue.next' }).decision).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(room.state.speaker).toBeNull();
  });

  it('requires a member to have joined by name', () => {
    const room = new RoomHarness();
    const ghost = { role: 'participant' as const, memberId: 'm999' };
    expect(room.run(ghost, { type: 'queue.raise' }).decision).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('is pure: a refused command leaves the state untouched', () => {
    const room = new RoomHarness();
    const before = room.state;
    decide(before, { role: 'observer', memberId: null }, { type: 'queue.raise' }, 0);
    expect(room.state).toBe(before);
  });
});

describe('decide: agenda', () => {
  it('proposes an item and returns its id', () => {
    const room = new RoomHarness();
    const ana = room.join('Ana');
    const { decision } = room.run(ana, { type: 'agenda.propose', title: 'Fix the east road', description: 'Potholes' });
    expect(decision.ok && decision.id).toBeTruthy();
    const id = decision.ok ? decision.id! : '';
    expect(room.state.items[id]).toMatchObject({
      title: 'Fix the east road',
      description: 'Potholes',
      proposedBy: ana.memberId,
    });
    expect(room.state.itemOrder).toEqual([id]);
  });
});

describe('decide: queue', () => {
  it('serves raised hands in order and records turns', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host');
    const ana = room.join('Ana');
    const bo = room.join('Bo', 'participant', 'in_room');
    room.run(ana, { type: 'queue.raise' });
    room.run(bo, { type: 'queue.raise' });

    const first = room.run(host, { type: 'queue.next' });
    expect(first.events.map((e) => e.type)).toEqual(['speaker.started']);
    expect(first.events[0]).toMatchObject({ memberId: ana.memberId });
    expect(room.state.queue.map((e) => e.memberId)).toEqual([bo.memberId]);

    room.tick(30_000);
    const second = room.run(host, { type: 'queue.next' });
    expect(second.events.map((e) => e.type)).toEqual(['speaker.ended', 'speaker.started']);
    expect(room.state.speaker?.memberId).toBe(bo.memberId);
    expect(room.state.turns[0]).toMatchObject({ memberId: ana.memberId, spokenMs: 30_000 });
  });

  it('refuses a second raise, a lower without a raise, and next on an empty queue', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host');
    const ana = room.join('Ana');
    expect(room.run(ana, { type: 'queue.lower' }).decision).toMatchObject({ ok: false, error: { code: 'conflict' } });
    room.run(ana, { type: 'queue.raise' });
    expect(room.run(ana, { type: 'queue.raise' }).decision).toMatchObject({ ok: false, error: { code: 'conflict' } });
    room.run(ana, { type: 'queue.lower' });
    expect(room.state.queue).toEqual([]);
    expect(room.run(host, { type: 'queue.next' }).decision).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
