import { describe, expect, it } from 'vitest';
import { countableInRoom } from '../consensus/handCount.js';
import { attendanceOf, meetingIndicators } from '../followup/indicators.js';
import { presentNotice } from '../followup/notice.js';
import { attendingMembers } from '../model/state.js';
import { attendanceNow } from './attendance.js';
import { RoomHarness } from '../testing/roomHarness.js';

/** A council's meeting: the chair joined, four roster members seated in advance. */
function seatedMeeting() {
  const room = new RoomHarness();
  const host = room.join('Chair', 'host', 'in_room');
  const [ana, bo, cy, di] = ['Ana', 'Bo', 'Cy', 'Di'].map((name, i) => room.seat(`c${i + 1}`, name));
  return { room, host, ana: ana!, bo: bo!, cy: cy!, di: di! };
}

describe('a member seated in advance is not a member present', () => {
  it('folds seated members without arrivedAt; an ordinary join arrives at once', () => {
    const { room, host } = seatedMeeting();
    expect(room.state.members[host.memberId!]!.arrivedAt).toBe(room.now);
    expect(room.state.members['c1']).toMatchObject({ arrivedAt: null, presence: 'remote' });
    expect(attendingMembers(room.state).map((m) => m.name)).toEqual(['Chair']);
    expect(attendanceOf(room.state)).toEqual({ total: 1, inRoom: 1, remote: 0 });
  });

  it('records the arrival once, with the presence they come with', () => {
    const { room } = seatedMeeting();
    room.tick(5_000);
    expect(room.arrive('c1', 'in_room')).toHaveLength(1);
    expect(room.state.members['c1']).toMatchObject({ arrivedAt: room.now, presence: 'in_room' });
    room.tick(5_000);
    // A second connection (here or on another node) records nothing.
    expect(room.arrive('c1', 'remote')).toHaveLength(0);
    expect(room.state.members['c1']).toMatchObject({ arrivedAt: room.now - 5_000, presence: 'in_room' });
    expect(attendanceOf(room.state)).toEqual({ total: 2, inRoom: 2, remote: 0 });
  });

  it('a command of theirs is arriving, and so is the host acting for them; a refused one is not', () => {
    const { room, host, ana, bo, cy } = seatedMeeting();
    room.must(host, { type: 'room.setPhase', phase: 'in_session' });
    const { events } = room.run(ana, { type: 'queue.raise' });
    expect(events.map((e) => e.type)).toEqual(['member.arrived', 'queue.raised']);
    // Only once: her next command carries no second arrival.
    expect(room.run(ana, { type: 'queue.lower' }).events.map((e) => e.type)).toEqual(['queue.lowered']);
    // The host raises Bo's hand (someone without a phone): Bo came.
    expect(room.run(host, { type: 'queue.raise', memberId: bo.memberId! }).events[0]).toMatchObject({
      type: 'member.arrived',
      memberId: bo.memberId,
    });
    // The host changing Cy's group is not Cy acting: still not arrived.
    room.must(host, { type: 'member.setGroup', memberId: cy.memberId!, group: 'resident' });
    expect(room.state.members[cy.memberId!]!.arrivedAt).toBeNull();
    // A refused command changes nothing, arrival included.
    room.refusal(cy, { type: 'queue.lower' });
    expect(room.state.members[cy.memberId!]!.arrivedAt).toBeNull();
    expect(
      attendingMembers(room.state)
        .map((m) => m.name)
        .sort(),
    ).toEqual(['Ana', 'Bo', 'Chair']);
  });

  it('attendance, notice, speaking shares and the room count leave out who never came', () => {
    const { room, host, ana } = seatedMeeting();
    room.arrive('c2', 'in_room');
    room.must(host, { type: 'room.setPhase', phase: 'in_session' });
    room.must(ana, { type: 'queue.raise' });
    room.must(host, { type: 'queue.next' });
    room.tick(30_000);
    room.must(ana, { type: 'speaker.end' });
    const figures = meetingIndicators(room.state, room.now);
    // Chair (in the room), Ana (came by her command, remote), Bo (connected in the room); Cy and Di never came.
    expect(figures.attendance).toEqual({ total: 3, inRoom: 2, remote: 1 });
    expect(figures.speaking.speakerShare).toBe(1 / 3);
    expect(figures.speaking.byPresence.remote.members).toBe(1);
    expect(figures.speaking.byPresence.in_room.members).toBe(2);
    expect(figures.speaking.byGroup).toEqual([{ group: '', members: 3, spokenMs: 30_000, share: 1 }]);
    expect(presentNotice(room.state, room.now).attendance).toEqual({ total: 3, inRoom: 2, remote: 1 });
    const frozenDraft = { text: 'One-way lane.', textHash: 'b'.repeat(64) };
    const itemId = proposeAndActivate(room, host);
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    // The room's count may cover the chair and Bo, not a seated member who is not there.
    expect(countableInRoom(room.state, room.state.rounds[roundId]!)).toBe(2);
  });
});

function proposeAndActivate(room: RoomHarness, host: ReturnType<RoomHarness['join']>): string {
  const itemId = room.must(host, { type: 'agenda.propose', title: 'Parking', description: '' });
  room.must(host, { type: 'agenda.schedule', itemId });
  room.must(host, { type: 'agenda.activate', itemId });
  return itemId;
}

describe('a participant who joins by a link and does nothing is not present (issue 30)', () => {
  it('counts them once they take part: their first accepted command, or their phone staying', () => {
    const room = new RoomHarness();
    room.join('Chair', 'host', 'in_room');
    const ghosts = ['G1', 'G2', 'G3'].map((name) => room.joinOnly(name, 'participant', 'in_room'));
    expect(attendanceNow(room.state)).toEqual({ members: 1, headcount: 0, present: 1 });
    expect(room.state.members[ghosts[0]!.memberId!]).toMatchObject({ arrivedAt: null, presence: 'in_room' });
    room.must(ghosts[0]!, { type: 'queue.raise' });
    room.arrive(ghosts[1]!.memberId!); // the phone stayed connected, or came back with its secret
    expect(attendanceNow(room.state)).toEqual({ members: 3, headcount: 0, present: 3 });
    expect(room.state.members[ghosts[0]!.memberId!]!.presence).toBe('in_room');
  });
});
