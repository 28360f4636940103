/** Offices (街镇): creating one (anyone, limited per address) and its report comparing its councils (its token). */
import { LIMITS } from '@dr/shared';
import { CreatedOffice, CreateOfficeRequest, OfficeReport, presentOfficeReport } from '@dr/shared/council';
import express, { type Router } from 'express';
import type { Rate } from '../../access/keyedBuckets.js';
import { meetingStates } from '../../council/meetingStates.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import { readBody } from '../body.js';
import { officeAt, requireOffice, type CouncilDoor } from '../councilDoors.js';
import { sendError } from '../errors.js';
import { roomCreationLimit } from '../limits.js';
import { sendJson } from '../respond.js';
import { baseUrl } from '../roomUrls.js';

export interface OfficesDeps {
  door: CouncilDoor;
  registry: RoomRegistry;
  publicUrl: string | undefined;
  creation: Rate;
  clock: () => number;
}

export function officesRouter({ door, registry, publicUrl, creation, clock }: OfficesDeps): Router {
  const router = express.Router();
  const { book, offices } = door;

  router.post('/api/offices', roomCreationLimit(creation, clock), async (req, res) => {
    const body = readBody(CreateOfficeRequest, req, res, () =>
      sendError(res, 400, 'invalid', 'council.nameNeeded', { max: LIMITS.roomTitle }),
    );
    if (!body) return;
    const { officeId, token } = await offices.create(body.name);
    const link = `${baseUrl(req, publicUrl)}/o/${encodeURIComponent(officeId)}#t=${token}`;
    sendJson(res, CreatedOffice, { officeId, token, link }, 201);
  });

  router.get('/api/offices/:officeId/report', requireOffice(door), async (_req, res) => {
    const office = officeAt(res);
    const councils = [];
    for (const councilId of office.councils) {
      const council = await book.load(councilId);
      if (council) councils.push({ council, rooms: await meetingStates(registry, council) });
    }
    sendJson(res, OfficeReport, presentOfficeReport(office, councils, clock()));
  });

  return router;
}
