/** Offices (街镇): creating one (anyone, limited per address) and its report comparing its councils (its token). */
import { LIMITS } from '@dr/shared';
import {
  CreatedOffice,
  CreateOfficeRequest,
  OfficeParams,
  OfficeReport,
  presentOfficeReport,
} from '@dr/shared/council';
import express, { type Router } from 'express';
import type { Rate } from '../../access/keyedBuckets.js';
import { bearerToken } from '../../council/councilAccess.js';
import type { CouncilBook } from '../../council/councilBook.js';
import { meetingStates } from '../../council/meetingStates.js';
import type { OfficeBook } from '../../council/officeBook.js';
import { tokenMatches } from '../../credentials/tokens.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import { sendCouncilError as sendError } from '../councilErrors.js';
import { roomCreationLimit } from '../limits.js';
import { sendJson } from '../respond.js';
import { baseUrl } from '../roomUrls.js';

export interface OfficesDeps {
  offices: OfficeBook;
  book: CouncilBook;
  registry: RoomRegistry;
  publicUrl: string | undefined;
  creation: Rate;
  clock: () => number;
}

export function officesRouter({ offices, book, registry, publicUrl, creation, clock }: OfficesDeps): Router {
  const router = express.Router();

  router.post('/api/offices', roomCreationLimit(creation, clock), async (req, res) => {
    const body = CreateOfficeRequest.safeParse(req.body);
    if (!body.success) return sendError(res, 400, 'invalid', 'council.nameNeeded', { max: LIMITS.roomTitle });
    const { officeId, token } = await offices.create(body.data.name);
    const link = `${baseUrl(req, publicUrl)}/o/${encodeURIComponent(officeId)}#t=${token}`;
    sendJson(res, CreatedOffice, { officeId, token, link }, 201);
  });

  router.get('/api/offices/:officeId/report', async (req, res) => {
    const params = OfficeParams.safeParse(req.params);
    const office = params.success ? await offices.load(params.data.officeId) : null;
    if (!office) return sendError(res, 404, 'not_found', 'office.unknown');
    const token = bearerToken(req);
    if (!token) return sendError(res, 401, 'unauthorized', 'council.linkNeeded');
    if (!tokenMatches(token, office.tokenHash)) return sendError(res, 403, 'forbidden', 'office.badToken');
    const councils = [];
    for (const councilId of office.councils) {
      const council = await book.load(councilId);
      if (council) councils.push({ council, rooms: await meetingStates(registry, council) });
    }
    sendJson(res, OfficeReport, presentOfficeReport(office, councils, clock()));
  });

  return router;
}
