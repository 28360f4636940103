import { describe, expect, it } from 'vitest';
import { own } from '../core/own.js';
import { callAndOpen, councilWithPool } from '../testing/topicPool.js';
import { RoomHarness } from '../testing/roomHarness.js';
import { changesCouncilBoard } from './councilLive.js';
import { refuseTopicsForMeeting, topicsAdded, topicsForMeeting } from './meetingTopics.js';

const HOST = { role: 'host' as const, memberId: null };

/** A council of Ana and Bo; a meeting called on topic A, with B and C left in the pool (B supported by Bo). */
function calledMeeting() {
  const pool = councilWithPool();
  pool.council.must(pool.bo, { type: 'topic.support', topicId: pool.tB });
  const { called, room } = callAndOpen(pool.council, { title: 'M1', scheduledAt: 5, topicIds: [pool.tA] });
  return { ...pool, room, seed: called.seed, roomId: called.event.roomId };
}

describe('adding pool topics to a called meeting', () => {
  it('puts each at the end of the agenda with its supporters, and the council schedules it there', () => {
    const { council, ana, bo, tB, tC, room: called, seed, roomId } = calledMeeting();
    const agendaBefore = called.state.agenda.length;
    expect(refuseTopicsForMeeting(council.state, { roomId, topicIds: [tB, tC] })).toBeNull();
    const decided = topicsForMeeting(council.state, called.state, [tB, tC, tB]);
    if (!decided.ok) throw new Error('refused');
    // The room as it is once they are stored after its seed (the same seqs).
    const room = new RoomHarness({ roomId, title: 'M1', seed: [...seed, ...decided.events] });
    // Ids are those the room's rules would give: `i<seq>` of each item's `agenda.proposed`.
    for (const placed of decided.topics) expect(own(room.state.items, placed.itemId)?.status).toBe('scheduled');
    expect(room.state.agenda.slice(agendaBefore)).toEqual(decided.topics.map((t) => t.itemId));
    const itemB = own(room.state.items, decided.topics[0]!.itemId)!;
    expect(itemB).toMatchObject({ title: 'B', supporters: [ana.memberId, bo.memberId] });

    council.fold(null, [topicsAdded(roomId, decided.topics)]);
    expect(own(council.state.topics, tB)).toMatchObject({ status: 'scheduled', meetings: [roomId] });
    expect(council.state.meetings[0]!.topics.map((t) => t.topicId)).toContain(tC);
    // Taken now: a second request for it is refused, naming it.
    expect(refuseTopicsForMeeting(council.state, { roomId, topicIds: [tB] })).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'council.topicNotInPool', params: { topic: tB } },
    });
  });

  it('refuses a meeting not of this council, a topic not in the pool, and a meeting that is over', () => {
    const { council, tA, tB, room, roomId } = calledMeeting();
    expect(refuseTopicsForMeeting(council.state, { roomId: 'elsewhere', topicIds: [tB] })).toMatchObject({
      error: { code: 'not_found', reason: 'council.meetingUnknown' },
    });
    for (const topicId of [tA, 'constructor', 't404'])
      expect(refuseTopicsForMeeting(council.state, { roomId, topicIds: [topicId] })).toMatchObject({
        error: { reason: 'council.topicNotInPool' },
      });
    room.must(HOST, { type: 'room.setPhase', phase: 'in_session' });
    expect(topicsForMeeting(council.state, room.state, [tB]).ok).toBe(true);
    room.must(HOST, { type: 'room.setPhase', phase: 'adjourned' });
    expect(topicsForMeeting(council.state, room.state, [tB])).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'council.meetingOver' },
    });
  });
});

describe('which meeting events a council page is told of', () => {
  it('tells of what its board shows, not of a meeting’s every hand and ballot', () => {
    for (const type of ['room.phaseSet', 'action.updated', 'action.confirmed', 'decision.recorded', 'notice.published'])
      expect(changesCouncilBoard(type)).toBe(true);
    for (const type of ['queue.raised', 'consensus.voted', 'speaker.started', 'member.arrived', 'toString'])
      expect(changesCouncilBoard(type)).toBe(false);
  });
});
