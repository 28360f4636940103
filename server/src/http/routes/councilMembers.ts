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
} from '@dr/shared/council';
import express, { type Router } from 'express';
import { councilActor, meetingTokenFor } from '../../council/councilAccess.js';
import { seatInCalledMeetings } from '../../council/seatRoster.js';
import { hashToken, randomToken } from '../../credentials/tokens.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import { pendingRequest } from '../../stream/requestLog.js';
import { readBody } from '../body.js';
import { councilAt, requireCouncil, type CouncilDoor } from '../councilDoors.js';
import { sendError, sendRefusal } from '../errors.js';
import { sendJson } from '../respond.js';

export function councilMembersRouter({ door, registry }: { door: CouncilDoor; registry: RoomRegistry }): Router {
  const router = express.Router();
  const { book } = door;

  router.post('/api/councils/:councilId/members', requireCouncil(door), async (req, res) => {
    const { council, role, token } = councilAt(res);
    const body = readBody(JoinCouncil, req, res, () =>
      sendError(res, 400, 'invalid', 'room.nameNeeded', { max: LIMITS.name }),
    );
    if (!body) return;
    const meetingToken = meetingTokenFor(council, role!, token!);
    const memberSecret = randomToken();
    const ack = await book.run(council.councilId, null, (state) =>
      decideJoinCouncil(state, { role: role!, memberId: null }, body, hashToken(memberSecret)),
    );
    if (!ack.ok) return sendRefusal(res, ack.error);
    // The same member, in the same seat, in every meeting: the ones already called take the newcomer too.
    const { state } = ack;
    const joined = state && own(state.members, ack.id!);
    if (state && joined) await seatInCalledMeetings(registry, state, [joined]);
    sendJson(res, JoinedCouncil, { memberId: ack.id!, memberSecret, meetingToken: meetingToken ?? '' }, 201);
  });

  router.post('/api/councils/:councilId/commands', requireCouncil(door), async (req, res) => {
    const { council, role } = councilAt(res);
    const body = readBody(CouncilCommandRequest, req, res, () => sendError(res, 400, 'invalid', 'command.notObject'));
    if (!body) return;
    const who = councilActor(council, role!, body);
    if (!who.ok) return sendError(res, 403, 'forbidden', who.reason);
    const command = CouncilCommand.safeParse(body.command);
    if (!command.success) {
      const detail = command.error.issues.map((i) => `${i.path.join('.') || 'command'}: ${i.message}`).join('; ');
      return sendError(res, 400, 'invalid', 'command.invalid', { detail });
    }
    const { actor } = who;
    const { requestId } = body;
    const request = requestId ? pendingRequest(actor.memberId, actor.role, requestId, command.data) : undefined;
    const ack = await book.run(
      council.councilId,
      actor.memberId,
      (state) => decideCouncil(state, actor, command.data),
      request,
    );
    if (!ack.ok) return sendRefusal(res, ack.error);
    sendJson(res, CouncilAck, {
      ok: true,
      seq: ack.seq,
      ...(ack.id ? { id: ack.id } : {}),
      ...(ack.replayed ? { replayed: true as const } : {}),
    });
  });

  return router;
}
