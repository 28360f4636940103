import { describe, expect, it } from 'vitest';
import { applyAll } from '../room/apply.js';
import { presentEvents } from '../room/redaction.js';
import { RoomHarness } from '../testing/roomHarness.js';
import type { Actor } from '../model/ruling.js';
import type { RoomEvent } from '../model/events.js';
import type { RoomState } from '../model/state.js';
import { attendanceNow } from './attendance.js';
import { rollOf } from './roll.js';

/** Ana and Bo in No. 3, Cai alone, and the chair: everyone present, counted by households. */
function hall() {
  const room = new RoomHarness();
  const host = room.join('Chair', 'host', 'in_room');
  const [ana, bo, cai] = ['Ana', 'Bo', 'Cai'].map((n) => room.join(n)) as [Actor, Actor, Actor];
  for (const m of [ana, bo])
    room.must(host, { type: 'member.setHousehold', memberId: m.memberId!, household: 'No. 3' });
  room.must(host, { type: 'rules.set', eligibleCount: { count: 40, unit: 'households' } });
  return { room, host, ana, bo, cai };
}

/** A big room's phone: its welcome carried the state without the members (only the roll says who is present). */
function phoneOf(state: RoomState): RoomState {
  return { ...state, members: {} };
}

describe('the roll (实到 over every member)', () => {
  it('counts people and households present, and those without a phone', () => {
    const { room, host, ana, bo } = hall();
    expect(room.state.roll).toEqual({ people: 4, households: 3, withoutPhone: 0 });
    expect(attendanceNow(room.state)).toEqual({ members: 3, headcount: 0, present: 3 });
    // One of No. 3 leaves: the household is still present.
    room.must(host, { type: 'attendance.markDeparted', memberId: ana.memberId! });
    expect(room.state.roll).toEqual({ people: 3, households: 3, withoutPhone: 0 });
    room.must(host, { type: 'attendance.markDeparted', memberId: bo.memberId! });
    expect(room.state.roll).toEqual({ people: 2, households: 2, withoutPhone: 0 });
    const li = room.must(host, { type: 'member.addInRoom', name: 'Li' });
    expect(room.state.roll).toEqual({ people: 3, households: 3, withoutPhone: 1 });
    room.must(host, { type: 'member.remove', memberId: li });
    expect(room.state.roll).toEqual({ people: 2, households: 2, withoutPhone: 0 });
    // The fold's roll is the members' count, whatever happened.
    expect(room.state.roll).toEqual(rollOf(room.state));
  });

  it('a phone without the members keeps the server’s figure from the events as broadcast', () => {
    const { room, host, ana, bo, cai } = hall();
    let phone = phoneOf(room.state);
    const step = (actor: Actor, command: Parameters<RoomHarness['must']>[1]) => {
      const { decision, events } = room.run(actor, command);
      expect(decision.ok).toBe(true);
      // As the room broadcasts a command's events: presented with the state they left.
      phone = applyAll(phone, presentEvents(events, room.state));
      expect(phone.roll).toEqual(room.state.roll);
      expect(attendanceNow(phone)).toEqual(attendanceNow(room.state));
    };
    step(host, { type: 'attendance.markDeparted', memberId: ana.memberId! });
    step(host, { type: 'member.setHousehold', memberId: cai.memberId!, household: 'No. 3' });
    step(host, { type: 'attendance.markDeparted', memberId: bo.memberId! });
    step(host, { type: 'member.addInRoom', name: 'Li' });
    step(host, { type: 'attendance.markReturned', memberId: ana.memberId! });
    step(host, { type: 'member.remove', memberId: cai.memberId! });
    step(host, { type: 'rules.set', eligibleCount: { count: 40, unit: 'people' } });
    expect(attendanceNow(phone)).toEqual({ members: 3, headcount: 0, present: 3 });
    // It holds only the member who joined since its welcome: the figures needed none of the others.
    expect(Object.values(phone.members).map((m) => m.name)).toEqual(['Li']);
  });

  it('sends no roll with a seated join (a link’s, until they take part), which moves none of its counts', () => {
    const { room } = hall();
    const phone = phoneOf(room.state);
    const ghost = room.joinOnly('Ghost');
    const joined: RoomEvent = {
      ...{ type: 'member.joined', memberId: ghost.memberId!, name: 'Ghost', role: 'participant' },
      ...{ presence: 'remote', group: null, seated: true, seq: phone.seq + 1, at: room.now, actor: null },
    };
    const shown = presentEvents([joined], room.state);
    expect(shown[0]!.roll).toBeUndefined();
    expect(applyAll(phone, shown).roll).toEqual(room.state.roll);
    // Their arrival does carry it.
    const arrived = room.arrive(ghost.memberId!);
    expect(presentEvents(arrived, room.state)[0]!.roll).toEqual({ people: 5, households: 4, withoutPhone: 0 });
  });

  it('a phone that syncs what it missed ends on the figure of now', () => {
    const { room, host, ana, bo } = hall();
    const phone = phoneOf(room.state);
    const missed: RoomEvent[] = [
      ...room.run(host, { type: 'attendance.markDeparted', memberId: ana.memberId! }).events,
      ...room.run(host, { type: 'attendance.markDeparted', memberId: bo.memberId! }).events,
      ...room.run(host, { type: 'member.addInRoom', name: 'Li' }).events,
    ];
    // A sync presents the stored events with the room's newest state.
    const synced = applyAll(phone, presentEvents(missed, room.state));
    expect(synced.roll).toEqual({ people: 3, households: 3, withoutPhone: 1 });
    expect(attendanceNow(synced)).toEqual(attendanceNow(room.state));
  });
});
