/**
 * Matters (议事事项, issue 29 part 1): created at a council by its host, read by any link of a council
 * it involves, and carried step by step by the host of the council holding the open step
 * (docs/protocol.md, "Matters").
 */
import { LIMITS } from '@dr/shared';
import {
  CouncilMatters,
  CreateMatterRequest,
  fourDeliberations,
  MatterDisclosureRequest,
  MatterOutcomeRequest,
  MatterView,
  openStep,
  procedureFault,
} from '@dr/shared/matter';
import { createHash } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { randomId } from '../../credentials/tokens.js';
import type { MatterDoor } from '../../matter/matterDoor.js';
import { matterAt, requireMatter } from '../../matter/matterDoor.js';
import { fileMatter, openMatter, recordDisclosure, recordOutcome } from '../../matter/matterSteps.js';
import { councilNames, presentMatter } from '../../matter/matterView.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import { pendingRequest } from '../../stream/requestLog.js';
import type { Rate } from '../../access/keyedBuckets.js';
import { readBody } from '../body.js';
import { KeyedBuckets } from '../../access/keyedBuckets.js';
import { sendRateLimited } from '../limits.js';
import { councilAt, requireCouncil } from '../councilDoors.js';
import { sendError, sendRefusal } from '../errors.js';
import { sendJson } from '../respond.js';

export interface MattersDeps {
  door: MatterDoor;
  registry: RoomRegistry;
  creation: Rate;
  clock: () => number;
}

export function mattersRouter(deps: MattersDeps): Router {
  const router = express.Router();
  const { door, registry } = deps;
  const { book, matters } = door;
  const steps = { book, registry };
  // Creating a matter writes to several councils: limited per address like creating a room.
  const created = new KeyedBuckets(deps.creation, deps.clock);
  const creationLimit = (req: Request, res: Response, next: NextFunction) =>
    created.take(req.ip ?? 'unknown') ? next() : sendRateLimited(res, deps.creation, 'rate.requests');

  /**
   * A council's host writes to a matter's stream; a request id makes a retry answer as the first
   * did (the stream's request log). The ack, or null once the refusal is sent.
   */
  const runAsHost = async (
    res: Response,
    councilId: string,
    matterId: string,
    body: { requestId?: string | undefined },
    decide: Parameters<typeof matters.run>[2],
  ) => {
    const request = body.requestId ? pendingRequest(null, `host@${councilId}`, body.requestId, body) : undefined;
    const ack = await matters.run(matterId, null, decide, request);
    if (ack.ok) return ack;
    sendRefusal(res, ack.error);
    return null;
  };

  const answer = async (res: Response, matterId: string, you: MatterView['you'], status = 200) => {
    const matter = await matters.load(matterId);
    if (!matter) return sendError(res, 500, 'internal', 'server.failed');
    sendJson(res, MatterView, presentMatter(matter, await councilNames(book, matter), you), status);
  };

  router.post('/api/councils/:councilId/matters', creationLimit, requireCouncil(door, 'host'), async (req, res) => {
    const { council } = councilAt(res);
    const body = readBody(CreateMatterRequest, req, res, () =>
      sendError(res, 400, 'invalid', 'matter.invalid', { max: LIMITS.title }),
    );
    if (!body) return;
    const { procedure, requestId } = body;
    const preset = 'preset' in procedure ? procedure.preset : 'custom';
    const chosen = 'preset' in procedure ? fourDeliberations(procedure.councils) : procedure.steps;
    const fault = procedureFault(chosen);
    if (fault) return sendError(res, 400, 'invalid', fault.reason, fault.params);
    for (const councilId of new Set(chosen.map((s) => s.councilId))) {
      if (!(await book.load(councilId)))
        return sendError(res, 404, 'not_found', 'matter.councilUnknown', { council: councilId });
    }
    // A retried creation names the same matter, so its stream's request log answers the repeat.
    const matterId = requestId
      ? createHash('sha256').update(`${council.councilId}\n${requestId}`).digest('base64url').slice(0, 22)
      : randomId();
    const ack = await runAsHost(res, council.councilId, matterId, body, (state) =>
      openMatter(steps, state, {
        matterId,
        councilId: council.councilId,
        title: body.title,
        category: body.category ?? null,
        proposedBy: body.proposedBy,
        description: body.description ?? '',
        preset,
        steps: chosen,
      }),
    );
    if (!ack) return;
    const matter = await matters.load(matterId);
    if (matter) await fileMatter(book, matter);
    await answer(res, matterId, { councilId: council.councilId, role: 'host' }, ack.replayed ? 200 : 201);
  });

  router.get('/api/councils/:councilId/matters', requireCouncil(door), async (_req, res) => {
    const { council } = councilAt(res);
    const listed: CouncilMatters['matters'] = [];
    for (const { matterId } of council.matters) {
      const matter = await matters.load(matterId);
      if (!matter) continue;
      const open = openStep(matter);
      listed.push({
        matterId,
        title: matter.title,
        status: matter.status,
        openStep: open?.step.kind ?? null,
        holdsOpenStep: open?.step.councilId === council.councilId,
        createdAt: matter.createdAt,
      });
    }
    sendJson(res, CouncilMatters, { matters: listed.reverse() });
  });

  router.get('/api/matters/:matterId', requireMatter(door, 'reader'), async (_req, res) => {
    const { matter, councilId, role } = matterAt(res);
    sendJson(res, MatterView, presentMatter(matter, await councilNames(book, matter), { councilId, role }));
  });

  router.post('/api/matters/:matterId/outcome', requireMatter(door, 'holder'), async (req, res) => {
    const { matter, councilId } = matterAt(res);
    const body = readBody(MatterOutcomeRequest, req, res, () =>
      sendError(res, 400, 'invalid', 'matter.outcomeInvalid'),
    );
    if (!body) return;
    const amended = body.amended ?? false;
    const ack = await runAsHost(res, councilId, matter.matterId, body, (state) =>
      recordOutcome(steps, state, councilId, amended),
    );
    if (!ack) return;
    const after = await matters.load(matter.matterId);
    if (after) await fileMatter(book, after);
    await answer(res, matter.matterId, { councilId, role: 'host' });
  });

  router.post('/api/matters/:matterId/disclosure', requireMatter(door, 'holder'), async (req, res) => {
    const { matter, councilId } = matterAt(res);
    const body = readBody(MatterDisclosureRequest, req, res, () =>
      sendError(res, 400, 'invalid', 'matter.disclosureInvalid'),
    );
    if (!body) return;
    const published = { publishedAt: body.publishedAt, link: body.link };
    const ack = await runAsHost(res, councilId, matter.matterId, body, (state) =>
      recordDisclosure(state, councilId, published),
    );
    if (!ack) return;
    await answer(res, matter.matterId, { councilId, role: 'host' });
  });

  return router;
}
