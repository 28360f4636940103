/**
 * Councils (议事会): creating one (anyone, limited per address; with an office's token, for that
 * office), its public summary, the board its link holders see, and its action items across meetings.
 * Joining, commands and meetings are in councilMembers.ts and councilMeetings.ts.
 */
import { LIMITS } from '@dr/shared';
import {
  CouncilActions,
  CouncilBoard,
  CouncilParams,
  CouncilSummary,
  CreateCouncilRequest,
  CreatedCouncil,
  presentCouncilActions,
  presentCouncilBoard,
  presentCouncilSummary,
  type CouncilState,
} from '@dr/shared/council';
import express, { type Request, type Response, type Router } from 'express';
import type { Rate } from '../../access/keyedBuckets.js';
import { bearerToken, councilRoleOf, meetingTokenFor } from '../../council/councilAccess.js';
import type { CouncilBook } from '../../council/councilBook.js';
import { meetingStates } from '../../council/meetingStates.js';
import type { OfficeBook } from '../../council/officeBook.js';
import { councilCredentials } from '../../council/councilSecrets.js';
import { randomId, randomToken, tokenMatches } from '../../credentials/tokens.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import { sendCouncilError as sendError } from '../councilErrors.js';
import { roomCreationLimit } from '../limits.js';
import { sendJson } from '../respond.js';
import { baseUrl } from '../roomUrls.js';

export interface CouncilsDeps {
  book: CouncilBook;
  offices: OfficeBook;
  registry: RoomRegistry;
  publicUrl: string | undefined;
  creation: Rate;
  clock: () => number;
}

/** The council page's link for one token (the token rides in the fragment, never sent to a server). */
export function councilLink(base: string, councilId: string, token: string): string {
  return `${base}/c/${encodeURIComponent(councilId)}#t=${token}`;
}

/** The council named by `:councilId`, or a 404 already sent. */
export async function councilOf(book: CouncilBook, req: Request, res: Response): Promise<CouncilState | null> {
  const params = CouncilParams.safeParse(req.params);
  const council = params.success ? await book.load(params.data.councilId) : null;
  if (!council) sendError(res, 404, 'not_found', 'council.unknown');
  return council;
}

export function councilsRouter({ book, offices, registry, publicUrl, creation, clock }: CouncilsDeps): Router {
  const router = express.Router();
  const noticeUrl = (req: Request) => (roomId: string) =>
    `${baseUrl(req, publicUrl)}/notice/${encodeURIComponent(roomId)}`;

  router.post('/api/councils', roomCreationLimit(creation, clock), async (req, res) => {
    const body = CreateCouncilRequest.safeParse(req.body);
    if (!body.success) return sendError(res, 400, 'invalid', 'council.nameNeeded', { max: LIMITS.roomTitle });
    const { name, locale, timeZone, place, meetingPattern, officeId } = body.data;
    if (officeId) {
      const office = await offices.load(officeId);
      if (!office) return sendError(res, 404, 'not_found', 'office.unknown');
      const token = bearerToken(req);
      if (!token || !tokenMatches(token, office.tokenHash)) return sendError(res, 403, 'forbidden', 'office.badToken');
    }
    const councilId = randomId();
    const tokens = { host: randomToken(), member: randomToken(), observer: randomToken(), supervisor: randomToken() };
    await book.create({
      type: 'council.created',
      councilId,
      name,
      locale,
      timeZone,
      place: place || null,
      meetingPattern: meetingPattern || null,
      officeId: officeId ?? null,
      credentials: councilCredentials(councilId, tokens),
    });
    if (officeId) await offices.addCouncil(officeId, councilId);
    const base = baseUrl(req, publicUrl);
    const links = {
      host: councilLink(base, councilId, tokens.host),
      member: councilLink(base, councilId, tokens.member),
      observer: councilLink(base, councilId, tokens.observer),
      supervisor: councilLink(base, councilId, tokens.supervisor),
    };
    sendJson(res, CreatedCouncil, { councilId, tokens, links }, 201);
  });

  router.get('/api/councils/:councilId', async (req, res) => {
    const council = await councilOf(book, req, res);
    if (!council) return;
    const rooms = await meetingStates(registry, council);
    sendJson(res, CouncilSummary, presentCouncilSummary(council, rooms, noticeUrl(req)));
  });

  router.get('/api/councils/:councilId/board', async (req, res) => {
    const council = await councilOf(book, req, res);
    if (!council) return;
    const token = bearerToken(req);
    if (!token) return sendError(res, 401, 'unauthorized', 'council.linkNeeded');
    const role = councilRoleOf(council, token);
    if (!role) return sendError(res, 403, 'forbidden', 'access.badLink');
    const rooms = await meetingStates(registry, council);
    const board = presentCouncilBoard(council, rooms, clock(), noticeUrl(req), role);
    sendJson(res, CouncilBoard, { ...board, meetingToken: meetingTokenFor(council, role, token) });
  });

  // Anyone reads the items of published notices (公示); a council link reads them all.
  router.get('/api/councils/:councilId/actions', async (req, res) => {
    const council = await councilOf(book, req, res);
    if (!council) return;
    const token = bearerToken(req);
    const role = token ? councilRoleOf(council, token) : null;
    if (token && !role) return sendError(res, 403, 'forbidden', 'access.badLink');
    const rooms = await meetingStates(registry, council);
    const now = clock();
    sendJson(res, CouncilActions, {
      generatedAt: now,
      actions: presentCouncilActions(council, rooms, now, role === null),
    });
  });

  return router;
}
