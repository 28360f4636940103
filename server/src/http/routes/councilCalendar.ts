/**
 * A council's calendar (issue 29, 五定: 定时间): `GET /api/councils/:councilId/calendar.ics`, its
 * meetings and disclosure periods as one iCalendar feed, and `GET …/meetings/:roomId/calendar.ics`,
 * one meeting's event to add to a calendar. Either takes any of the council's links (the observer
 * link is the one to subscribe with), as `Authorization: Bearer` or, since a calendar app subscribing
 * to an address cannot send a header, as `?token=` — the request log keeps route patterns only, never
 * the query, and replacing the observer link ends every subscription made with the old one.
 */
import { RoomParams } from '@dr/shared';
import { presentCouncilSummary } from '@dr/shared/council';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { councilCalendar, meetingCalendar } from '../../calendar/councilCalendar.js';
import { meetingStates } from '../../council/meetingStates.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import { councilAt, requireCouncil, type CouncilDoor } from '../councilDoors.js';
import { sendError } from '../errors.js';
import { baseUrl } from '../roomUrls.js';

export interface CouncilCalendarDeps {
  door: CouncilDoor;
  registry: RoomRegistry;
  publicUrl: string | undefined;
  clock: () => number;
}

/** `?token=` as the Bearer token when no header came: calendar apps subscribe by address only. */
const queryToken: RequestHandler = (req, _res, next) => {
  const token = req.query.token;
  if (typeof token === 'string' && token.length <= 128 && !req.get('authorization'))
    req.headers.authorization = `Bearer ${token}`;
  next();
};

function sendCalendar(res: Response, text: string, filename: string): void {
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  // The token is in the address: no shared cache may keep the answer.
  res.setHeader('Cache-Control', 'private, no-store');
  res.send(text);
}

export function councilCalendarRouter({ door, registry, publicUrl, clock }: CouncilCalendarDeps): Router {
  const router = express.Router();
  const input = async (req: Request, res: Response) => {
    const { council } = councilAt(res);
    const base = baseUrl(req, publicUrl);
    const rooms = await meetingStates(registry, council);
    const noticeUrl = (roomId: string) => `${base}/notice/${encodeURIComponent(roomId)}`;
    const now = clock();
    const summary = presentCouncilSummary(council, rooms, noticeUrl, now);
    return { summary, pageUrl: `${base}/c/${encodeURIComponent(council.councilId)}`, now };
  };

  router.get('/api/councils/:councilId/calendar.ics', queryToken, requireCouncil(door), async (req, res) => {
    sendCalendar(res, councilCalendar(await input(req, res)), 'council.ics');
  });

  router.get(
    '/api/councils/:councilId/meetings/:roomId/calendar.ics',
    queryToken,
    requireCouncil(door),
    async (req, res) => {
      const params = RoomParams.safeParse(req.params);
      const text = params.success ? meetingCalendar(await input(req, res), params.data.roomId) : null;
      if (text === null) return sendError(res, 404, 'not_found', 'council.meetingUnknown');
      sendCalendar(res, text, 'meeting.ics');
    },
  );

  return router;
}
