/** The scorecard (打分器) for hosts: the rubric, the indicators computed from the record, and the scores' summary. */
import { meetingIndicators, rubricOf, ScorecardReport, scorecardSummary } from '@dr/shared';
import express, { type Router } from 'express';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import { sendError } from '../errors.js';
import { requireHost, type HostDoor, type HostRequestLocals } from '../hostAuth.js';
import { sendJson } from '../respond.js';

export interface ScorecardDeps {
  door: HostDoor;
  registry: RoomRegistry;
}

export function scorecardRouter({ door, registry }: ScorecardDeps): Router {
  const router = express.Router();

  router.get('/api/rooms/:roomId/scorecard', requireHost(door), async (_req, res) => {
    const { room: record } = res.locals as HostRequestLocals;
    const room = await registry.get(record.roomId);
    if (!room) return sendError(res, 404, 'not_found', 'room.unknown');
    const state = room.current;
    res.setHeader('Cache-Control', 'no-store');
    sendJson(res, ScorecardReport, {
      rubric: rubricOf(state),
      indicators: meetingIndicators(state, Date.now()),
      scores: scorecardSummary(state),
    });
  });

  return router;
}
