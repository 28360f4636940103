/** Calling a council's meeting (`POST /api/councils/:councilId/meetings`, the council host's Bearer token). */
import { LIMITS } from '@dr/shared';
import { CreatedMeeting, CreateMeetingRequest } from '@dr/shared/council';
import express, { type Router } from 'express';
import { callMeeting, type CalledMeeting, type CallMeetingDeps } from '../../council/callMeeting.js';
import { bearerToken, councilRoleOf } from '../../council/councilAccess.js';
import type { CouncilBook } from '../../council/councilBook.js';
import { sendCouncilError as sendError, sendCouncilRefusal } from '../councilErrors.js';
import { sendJson } from '../respond.js';
import { baseUrl, hostLinks } from '../roomUrls.js';
import { councilOf } from './councils.js';

export interface CouncilMeetingsDeps extends CallMeetingDeps {
  book: CouncilBook;
  publicUrl: string | undefined;
  clock: () => number;
}

export function councilMeetingsRouter(deps: CouncilMeetingsDeps): Router {
  const router = express.Router();
  const { book, publicUrl, clock } = deps;

  router.post('/api/councils/:councilId/meetings', async (req, res) => {
    const council = await councilOf(book, req, res);
    if (!council) return;
    const token = bearerToken(req);
    if (!token) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return sendError(res, 401, 'unauthorized', 'access.hostLinkNeeded');
    }
    const role = councilRoleOf(council, token);
    if (!role) return sendError(res, 403, 'forbidden', 'access.badLink');
    if (role !== 'host') return sendError(res, 403, 'forbidden', 'role.hostOnly');
    const body = CreateMeetingRequest.safeParse(req.body);
    if (!body.success) return sendError(res, 400, 'invalid', 'council.meetingInvalid', { max: LIMITS.roomTitle });
    const request = { title: body.data.title, scheduledAt: body.data.scheduledAt, topicIds: body.data.topicIds ?? [] };
    let called: CalledMeeting | null = null;
    const ack = await book.run(council.councilId, null, (state) =>
      callMeeting(deps, state, token, request, clock(), (meeting) => (called = meeting)),
    );
    if (!ack.ok) return sendCouncilRefusal(res, ack.error);
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
