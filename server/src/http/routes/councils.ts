/**
 * Councils (议事会): creating one (anyone, limited per address; with an office's token, for that
 * office), its public summary, the board its link holders see, and its action items across meetings.
 * Joining, commands and meetings are in councilMembers.ts and councilMeetings.ts.
 */
import { LIMITS } from '@dr/shared';
import {
  CouncilActions,
  CouncilBoard,
  CouncilSummary,
  CreateCouncilRequest,
  CreatedCouncil,
  presentCouncilActions,
  presentCouncilBoard,
  presentCouncilSummary,
  type CouncilRole,
} from '@dr/shared/council';
import express, { type Request, type Router } from 'express';
import type { Rate } from '../../access/keyedBuckets.js';
import { meetingTokenFor } from '../../council/councilAccess.js';
import { meetingStates } from '../../council/meetingStates.js';
import { councilCredentials } from '../../council/councilSecrets.js';
import { randomId, randomToken } from '../../credentials/tokens.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import { readBody } from '../body.js';
import {
  admitsToOffice,
  councilAt,
  openCouncil,
  requireCouncil,
  type CouncilAt,
  type CouncilDoor,
} from '../councilDoors.js';
import { sendError } from '../errors.js';
import { roomCreationLimit } from '../limits.js';
import { sendJson } from '../respond.js';
import { baseUrl } from '../roomUrls.js';

export interface CouncilsDeps {
  door: CouncilDoor;
  registry: RoomRegistry;
  publicUrl: string | undefined;
  creation: Rate;
  clock: () => number;
}

/** The council page's link for one token (the token rides in the fragment, never sent to a server). */
export function councilLink(base: string, councilId: string, token: string): string {
  return `${base}/c/${encodeURIComponent(councilId)}#t=${token}`;
}

export function councilsRouter({ door, registry, publicUrl, creation, clock }: CouncilsDeps): Router {
  const router = express.Router();
  const { book, offices } = door;
  const noticeUrl = (req: Request) => (roomId: string) =>
    `${baseUrl(req, publicUrl)}/notice/${encodeURIComponent(roomId)}`;

  router.post('/api/councils', roomCreationLimit(creation, clock), async (req, res) => {
    const body = readBody(CreateCouncilRequest, req, res, () =>
      sendError(res, 400, 'invalid', 'council.nameNeeded', { max: LIMITS.roomTitle }),
    );
    if (!body) return;
    const { name, locale, timeZone, place, meetingPattern, officeId } = body;
    if (officeId) {
      const office = await offices.load(officeId);
      if (!office) return sendError(res, 404, 'not_found', 'office.unknown');
      if (!admitsToOffice(door, req, res, office)) return;
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

  router.get('/api/councils/:councilId', openCouncil(door), async (req, res) => {
    const { council } = councilAt(res);
    const rooms = await meetingStates(registry, council);
    sendJson(res, CouncilSummary, presentCouncilSummary(council, rooms, noticeUrl(req), clock()));
  });

  router.get('/api/councils/:councilId/board', requireCouncil(door), async (req, res) => {
    const { council, role, token } = councilAt(res) as CouncilAt & { role: CouncilRole; token: string };
    const rooms = await meetingStates(registry, council);
    const board = presentCouncilBoard(council, rooms, clock(), noticeUrl(req), role);
    sendJson(res, CouncilBoard, { ...board, meetingToken: meetingTokenFor(council, role, token) });
  });

  // Anyone reads the items of published notices (公示); a council link reads them all.
  router.get('/api/councils/:councilId/actions', openCouncil(door), async (req, res) => {
    const { council, role } = councilAt(res);
    const rooms = await meetingStates(registry, council);
    const now = clock();
    sendJson(res, CouncilActions, {
      generatedAt: now,
      actions: presentCouncilActions(council, rooms, now, role === null),
    });
  });

  return router;
}
