import { describe, expect, it } from 'vitest';
import { callAndOpen, councilWithPool } from '../testing/topicPool.js';
import { FROZEN_DRAFT } from '../testing/decidedMeeting.js';
import { RoomHarness } from '../testing/roomHarness.js';
import { decideMeetingCall, refuseMeetingCall } from './meetingCall.js';

const CONSOLE = { role: 'host' as const, memberId: null };

/** A council of Ana and Bo with three pool topics, and its first meeting called on A and B. */
function firstMeeting() {
  const pool = councilWithPool();
  const { called, room } = callAndOpen(pool.council, { title: 'M1', scheduledAt: 5, topicIds: [pool.tA, pool.tB] });
  const itemOf = (topicId: string) => called.topics.find((t) => t.topicId === topicId)!.itemId;
  return { ...pool, room, itemOf };
}

describe('calling a council meeting', () => {
  it('refuses a topic that is not in the pool, naming it, before anything is read', () => {
    const { council, tA, tC } = firstMeeting();
    const before = council.state;
    for (const topicIds of [[tA], [tC, 't404'], [tC, 'constructor']]) {
      const refused = council.callMeeting({ title: 'M2', scheduledAt: 9, topicIds });
      expect(refused).toMatchObject({ ok: false, decision: { ok: false, error: { code: 'conflict' } } });
      expect(refuseMeetingCall(council.state, { title: 'M2', scheduledAt: 9, topicIds })).toMatchObject({
        error: { reason: 'council.topicNotInPool', params: { topic: topicIds.at(-1) } },
      });
    }
    expect(council.state).toBe(before);
  });

  it('takes up the topics left undecided first, settles the decided ones, reviews open actions and keeps the rules', () => {
    const { council, tA, tB, tC, room, itemOf } = firstMeeting();
    // The first meeting decides A, gives it an action item, and changes a rule; B is left undecided.
    const [anaId, boId] = Object.keys(council.state.members) as [string, string];
    const ana = { role: 'participant' as const, memberId: anaId };
    const bo = { role: 'participant' as const, memberId: boId };
    room.must(CONSOLE, { type: 'rules.set', interestedMayVote: false });
    const roundId = room.must(CONSOLE, { type: 'consensus.open', itemId: itemOf(tA) }, { frozenDraft: FROZEN_DRAFT });
    room.must(ana, { type: 'consensus.vote', roundId, level: 4 });
    room.must(bo, { type: 'consensus.vote', roundId, level: 3 });
    room.must(CONSOLE, { type: 'consensus.close', roundId });
    const decisionId = room.must(CONSOLE, { type: 'decision.record', roundId, statement: 'Do A' });
    const action = { type: 'action.create', decisionId, title: 'Paint', owner: 'Bo', tier: 'residents' } as const;
    const actionId = room.must(CONSOLE, { ...action, dueDate: '2030-01-01' });
    const earlier = [{ roomId: room.state.roomId, title: 'M1', state: room.state }];

    const call = { title: 'M2', scheduledAt: 9, topicIds: [tC, tC] };
    const ruling = decideMeetingCall(council.state, call, earlier, council.now);
    expect(ruling.topics).toEqual([
      { topicId: tB, carried: true },
      { topicId: tC, carried: false },
    ]);
    expect(ruling.settled).toEqual([tA]);
    expect(ruling.reviewed).toMatchObject([{ roomId: room.state.roomId, actionId, title: 'Paint', overdue: false }]);
    expect(ruling.rules).toEqual(room.state.rules);
    expect(ruling.rules?.interestedMayVote).toBe(false);

    const called = council.callMeeting(call, earlier);
    if (!called.ok) throw new Error('call refused');
    expect(called.event).toMatchObject({ type: 'council.meetingCalled', title: 'M2', settled: [tA] });
    expect(called.seed).toContainEqual({ type: 'rules.set', rules: room.state.rules });
    expect(council.state.topics[tA]!.status).toBe('settled');
    expect(council.state.topics[tB]!.meetings).toHaveLength(2);
    expect(council.state.meetings.map((m) => m.title)).toEqual(['M1', 'M2']);
    // The next meeting's room starts from the seed: the review item first, then B and C.
    const next = new RoomHarness({ roomId: called.event.roomId, seed: called.seed });
    expect(next.state.agenda).toEqual([called.reviewItemId, ...called.topics.map((t) => t.itemId)]);
    expect(next.state.council).toMatchObject({ councilId: council.state.councilId, reviewItemId: called.reviewItemId });
  });
});
