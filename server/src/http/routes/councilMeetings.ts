/**
 * Calling a council's meeting (`POST /api/councils/:councilId/meetings`) and adding pool topics to one
 * already called (`POST …/meetings/:roomId/topics`), with the council host's Bearer token.
 */
import { LIMITS, RoomParams } from '@dr/shared';
import {
  AddedMeetingTopics,
  CreatedMeeting,
  CreateMeetingRequest,
  meetingNoticeWarning,
  MeetingTopicsRequest,
  type CouncilState,
} from '@dr/shared/council';
import express, { type Router } from 'express';
import { callMeeting, type CalledMeeting, type CallMeetingDeps } from '../../council/callMeeting.js';
import { addMeetingTopics } from '../../council/meetingTopics.js';
import { readBody } from '../body.js';
import { councilAt, requireCouncil, type CouncilDoor } from '../councilDoors.js';
import { sendError, sendRefusal } from '../errors.js';
import { sendJson } from '../respond.js';
import { baseUrl, hostLinks } from '../roomUrls.js';

export interface CouncilMeetingsDeps extends CallMeetingDeps {
  door: CouncilDoor;
  publicUrl: string | undefined;
  clock: () => number;
  /** A meeting was called (its council as it stands after): its members are notified (push/pushNotifier.ts). */
  called?: (council: CouncilState, roomId: string) => void;
}

export function councilMeetingsRouter(deps: CouncilMeetingsDeps): Router {
  const router = express.Router();
  const { door, publicUrl, clock } = deps;
  const { book } = door;

  router.post('/api/councils/:councilId/meetings', requireCouncil(door, 'host'), async (req, res) => {
    const { council, token } = councilAt(res);
    const body = readBody(CreateMeetingRequest, req, res, () =>
      sendError(res, 400, 'invalid', 'council.meetingInvalid', { max: LIMITS.roomTitle }),
    );
    if (!body) return;
    const request = {
      title: body.title,
      scheduledAt: body.scheduledAt,
      topicIds: body.topicIds ?? [],
      preset: body.preset,
    };
    let called: CalledMeeting | null = null;
    const ack = await book.run(council.councilId, null, (state) =>
      callMeeting(deps, state, token!, request, clock(), (meeting) => (called = meeting)),
    );
    if (!ack.ok) return sendRefusal(res, ack.error);
    const meeting = ack.state?.meetings.at(-1);
    const room = called as CalledMeeting | null;
    if (!room || !meeting) return sendError(res, 500, 'internal', 'server.failed');
    if (ack.state) deps.called?.(ack.state, room.roomId);
    const { joinCode, shortUrl, ...links } = hostLinks(baseUrl(req, publicUrl), room.roomId, room.secrets);
    // A warning, not a refusal: a 村民会议 called under 10 days ahead (art. 21; council/meetingNotice.ts).
    const preset = (await deps.registry.get(room.roomId))?.current.rules.preset ?? null;
    const warning = meetingNoticeWarning(preset, meeting.calledAt, meeting.scheduledAt, council.timeZone);
    sendJson(
      res,
      CreatedMeeting,
      {
        roomId: room.roomId,
        links,
        joinCode,
        shortUrl,
        reviewItemId: meeting.reviewItemId,
        reviewed: meeting.reviewed.length,
        topics: meeting.topics,
        warnings: warning ? [warning] : [],
      },
      201,
    );
  });

  // A pool topic forgotten at the call, added to the meeting later (council/meetingTopics.ts).
  router.post('/api/councils/:councilId/meetings/:roomId/topics', requireCouncil(door, 'host'), async (req, res) => {
    const { council } = councilAt(res);
    const params = RoomParams.safeParse(req.params);
    if (!params.success) return sendError(res, 404, 'not_found', 'council.meetingUnknown');
    const body = readBody(MeetingTopicsRequest, req, res, () => sendError(res, 400, 'invalid', 'council.topicsNeeded'));
    if (!body) return;
    const { roomId } = params.data;
    const ack = await book.run(council.councilId, null, (state) =>
      addMeetingTopics(deps.registry, state, { roomId, topicIds: body.topicIds }),
    );
    if (!ack.ok) return sendRefusal(res, ack.error);
    const meeting = ack.state?.meetings.find((m) => m.roomId === roomId);
    const added = [...new Set(body.topicIds)].flatMap(
      (id) => meeting?.topics.filter((t) => t.topicId === id).slice(-1) ?? [],
    );
    sendJson(res, AddedMeetingTopics, { roomId, topics: added });
  });

  return router;
}
