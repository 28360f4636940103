/** Calling a council's meeting (`POST /api/councils/:councilId/meetings`, the council host's Bearer token). */
import { LIMITS } from '@dr/shared';
import { CreatedMeeting, CreateMeetingRequest } from '@dr/shared/council';
import express, { type Router } from 'express';
import { callMeeting, type CalledMeeting, type CallMeetingDeps } from '../../council/callMeeting.js';
import { readBody } from '../body.js';
import { councilAt, requireCouncil, type CouncilDoor } from '../councilDoors.js';
import { sendError, sendRefusal } from '../errors.js';
import { sendJson } from '../respond.js';
import { baseUrl, hostLinks } from '../roomUrls.js';

export interface CouncilMeetingsDeps extends CallMeetingDeps {
  door: CouncilDoor;
  publicUrl: string | undefined;
  clock: () => number;
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
    const request = { title: body.title, scheduledAt: body.scheduledAt, topicIds: body.topicIds ?? [] };
    let called: CalledMeeting | null = null;
    const ack = await book.run(council.councilId, null, (state) =>
      callMeeting(deps, state, token!, request, clock(), (meeting) => (called = meeting)),
    );
    if (!ack.ok) return sendRefusal(res, ack.error);
    const meeting = ack.state?.meetings.at(-1);
    const room = called as CalledMeeting | null;
    if (!room || !meeting) return sendError(res, 500, 'internal', 'server.failed');
    const { joinCode, shortUrl, ...links } = hostLinks(baseUrl(req, publicUrl), room.roomId, room.secrets);
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
      },
      201,
    );
  });

  return router;
}
