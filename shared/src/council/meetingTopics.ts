/**
 * A pool topic forgotten when a meeting was called, added to that meeting later (issue 26): the host
 * chooses pool topics for a called meeting that is not over; each becomes an item at the end of the
 * meeting's agenda (with its supporters, as at a call), and the council records
 * `council.topicsAdded`, so the topic is scheduled there as if the call had taken it. Pure: the
 * server runs the room's events on the room's write path and the council's on the council's.
 */
import { own } from '../core/own.js';
import type { EventBody } from '../model/events.js';
import type { RoomState } from '../model/state.js';
import { councilError } from './councilRefusals.js';
import type { CouncilEventBody } from './councilEvents.js';
import type { CouncilRuling } from './councilRules.js';
import type { CouncilState, MeetingTopic } from './councilState.js';

/** The host's request: pool topics (ids) for the called meeting `roomId`. */
export interface TopicsForMeeting {
  roomId: string;
  topicIds: readonly string[];
}

/**
 * Whether the council allows it: null when it does; else `not_found` `council.meetingUnknown` (not a
 * meeting of this council), or `conflict` `council.topicNotInPool` naming the first topic not in the
 * pool (taken by a meeting meanwhile, settled, or unknown).
 */
export function refuseTopicsForMeeting(council: CouncilState, request: TopicsForMeeting): CouncilRuling | null {
  if (!council.meetings.some((m) => m.roomId === request.roomId))
    return { ok: false, error: councilError('not_found', 'council.meetingUnknown') };
  const outside = request.topicIds.find((topicId) => own(council.topics, topicId)?.status !== 'pool');
  return outside === undefined
    ? null
    : { ok: false, error: councilError('conflict', 'council.topicNotInPool', { topic: outside }) };
}

/**
 * The meeting's side, decided on its room's state `room` (the room's write path): `conflict`
 * `council.meetingOver` once it is adjourned or closed; else the agenda items at its end, with ids
 * from the seqs they will get (`i<seq>`, as the room's rules make them), and supporters who sit in
 * the meeting. A topic asked twice is added once.
 */
export function topicsForMeeting(
  council: CouncilState,
  room: RoomState,
  topicIds: readonly string[],
): { ok: true; events: EventBody[]; topics: MeetingTopic[] } | { ok: false; error: ReturnType<typeof councilError> } {
  if (room.phase === 'adjourned' || room.phase === 'closed')
    return { ok: false, error: councilError('conflict', 'council.meetingOver') };
  const events: EventBody[] = [];
  const topics: MeetingTopic[] = [];
  let position = room.agenda.length;
  for (const topicId of new Set(topicIds)) {
    const topic = own(council.topics, topicId);
    if (!topic) continue;
    const itemId = `i${room.seq + events.length + 1}`;
    const { title, description, proposedBy } = topic;
    events.push({ type: 'agenda.proposed', itemId, title, description, proposedBy });
    for (const memberId of topic.supporters)
      if (own(room.members, memberId)) events.push({ type: 'agenda.supported', itemId, memberId });
    events.push({ type: 'agenda.scheduled', itemId, position });
    position += 1;
    topics.push({ topicId, itemId, carried: false });
  }
  return { ok: true, events, topics };
}

/** The council's record of topics added to a called meeting. */
export function topicsAdded(
  roomId: string,
  topics: MeetingTopic[],
): Extract<CouncilEventBody, { type: 'council.topicsAdded' }> {
  return { type: 'council.topicsAdded', roomId, topics };
}
