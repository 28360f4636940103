/**
 * A council's roster and topic pool over HTTP: joining the roster (`POST …/members`, with the
 * member, supervisor or host link) and council commands (`POST …/commands`), exactly once per
 * request id, like a room's commands.
 */
import { LIMITS, own } from '@dr/shared';
import {
  CouncilAck,
  CouncilCommand,
  CouncilCommandRequest,
  JoinCouncil,
  JoinedCouncil,
  decideCouncil,
  decideJoinCouncil,
  seatOf,
} from '@dr/shared/council';
import express, { type Router } from 'express';
import { bearerToken, councilActor, meetingTokenFor } from '../../council/councilAccess.js';
import type { CouncilBook } from '../../council/councilBook.js';
import { hashToken, randomToken } from '../../credentials/tokens.js';
import { pendingRequest } from '../../stream/requestLog.js';
import { sendCouncilError as sendError, sendCouncilRefusal } from '../councilErrors.js';
import { sendJson } from '../respond.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import { councilOf } from './councils.js';

export function councilMembersRouter({ book, registry }: { book: CouncilBook; registry: RoomRegistry }): Router {
  const router = express.Router();

  router.post('/api/councils/:councilId/members', async (req, res) => {
    const council = await councilOf(book, req, res);
    if (!council) return;
    const token = bearerToken(req);
    const who = councilActor(council, token);
    if (!who.ok) return sendError(res, who.status, who.status === 401 ? 'unauthorized' : 'forbidden', who.reason);
    const body = JoinCouncil.safeParse(req.body);
    if (!body.success) return sendError(res, 400, 'invalid', 'room.nameNeeded', { max: LIMITS.name });
    const meetingToken = meetingTokenFor(council, who.actor.role, token!);
    const memberSecret = randomToken();
    const ack = await book.run(council.councilId, null, (state) =>
      decideJoinCouncil(state, who.actor, body.data, hashToken(memberSecret)),
    );
    if (!ack.ok) return sendCouncilRefusal(res, ack.error);
    // The same member, in the same seat, in every meeting: the ones already called take the newcomer too.
    const { state } = ack;
    const joined = state && own(state.members, ack.id!);
    if (state && joined) {
      for (const meeting of state.meetings) {
        const room = await registry.get(meeting.roomId);
        await room?.admitRosterMember(seatOf(joined), joined.secretHash);
      }
    }
    sendJson(res, JoinedCouncil, { memberId: ack.id!, memberSecret, meetingToken: meetingToken ?? '' }, 201);
  });

  router.post('/api/councils/:councilId/commands', async (req, res) => {
    const council = await councilOf(book, req, res);
    if (!council) return;
    const body = CouncilCommandRequest.safeParse(req.body);
    if (!body.success) return sendError(res, 400, 'invalid', 'command.notObject');
    const who = councilActor(council, bearerToken(req), body.data);
    if (!who.ok) return sendError(res, who.status, who.status === 401 ? 'unauthorized' : 'forbidden', who.reason);
    const command = CouncilCommand.safeParse(body.data.command);
    if (!command.success) {
      const detail = command.error.issues.map((i) => `${i.path.join('.') || 'command'}: ${i.message}`).join('; ');
      return sendError(res, 400, 'invalid', 'command.invalid', { detail });
    }
    const { actor } = who;
    const { requestId } = body.data;
    const request = requestId ? pendingRequest(actor.memberId, actor.role, requestId, command.data) : undefined;
    const ack = await book.run(
      council.councilId,
      actor.memberId,
      (state) => decideCouncil(state, actor, command.data),
      request,
    );
    if (!ack.ok) return sendCouncilRefusal(res, ack.error);
    sendJson(res, CouncilAck, {
      ok: true,
      seq: ack.seq,
      ...(ack.id ? { id: ack.id } : {}),
      ...(ack.replayed ? { replayed: true as const } : {}),
    });
  });

  return router;
}
