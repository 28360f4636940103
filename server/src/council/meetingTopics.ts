/**
 * Adding pool topics to a meeting already called (`POST /api/councils/:councilId/meetings/:roomId/topics`):
 * decided by the council's rules (shared/src/council/meetingTopics.ts) in the council's queue (so two
 * requests never take the same topic), the agenda items written on the meeting's own write path
 * (decided there on its latest state: a meeting adjourned meanwhile refuses), then the council's
 * `council.topicsAdded`. The room's items come first: a council event never names items that do not exist.
 */
import { protocolError } from '@dr/shared';
import {
  councilError,
  refuseTopicsForMeeting,
  topicsAdded,
  topicsForMeeting,
  type CouncilRuling,
  type CouncilState,
  type MeetingTopic,
  type TopicsForMeeting,
} from '@dr/shared/council';
import type { RoomRegistry } from '../room/roomRegistry.js';

export async function addMeetingTopics(
  registry: RoomRegistry,
  council: CouncilState,
  request: TopicsForMeeting,
): Promise<CouncilRuling> {
  const refused = refuseTopicsForMeeting(council, request);
  if (refused) return refused;
  const room = await registry.get(request.roomId);
  if (!room) return { ok: false, error: councilError('not_found', 'council.meetingUnknown') };
  let placed: MeetingTopic[] = [];
  let over = false;
  const ack = await room.fromCouncil((state) => {
    const decided = topicsForMeeting(council, state, request.topicIds);
    if (!decided.ok) {
      over = true;
      return { ok: false, error: protocolError('conflict', 'room.closed') };
    }
    placed = decided.topics;
    return { ok: true, events: decided.events };
  });
  if (over) return { ok: false, error: councilError('conflict', 'council.meetingOver') };
  if (!ack.ok) return { ok: false, error: ack.error };
  return { ok: true, events: [topicsAdded(request.roomId, placed)] };
}
