/**
 * A council with topics in its pool and a meeting called from it, the start of the tests of
 * calling meetings (council/meetingCall.ts, council/meetingTopics.ts).
 */
import type { MeetingCall } from '../council/meetingCall.js';
import { CouncilHarness } from './councilHarness.js';
import { RoomHarness } from './roomHarness.js';

/** A council of Ana and Bo with pool topics A, B and C, each proposed by Ana. */
export function councilWithPool() {
  const council = new CouncilHarness();
  const ana = council.join('Ana');
  const bo = council.join('Bo');
  const [tA, tB, tC] = ['A', 'B', 'C'].map((title) => council.must(ana, { type: 'topic.propose', title })) as [
    string,
    string,
    string,
  ];
  return { council, ana, bo, tA, tB, tC };
}

/** Calls `call` in `council` and opens its room; throws when the call is refused. */
export function callAndOpen(council: CouncilHarness, call: MeetingCall) {
  const called = council.callMeeting(call);
  if (!called.ok) throw new Error('call refused');
  const room = new RoomHarness({ roomId: called.event.roomId, title: call.title, seed: called.seed });
  return { called, room };
}
