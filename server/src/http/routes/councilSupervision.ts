/**
 * Supervision from the council page (行难管): a supervisor confirms an action item of any of the
 * council's meetings done (`POST …/actions/confirm`), whichever meeting is in session, or none. The
 * door is the council's (any link; the roster member proved by id and secret); the decision is the
 * meeting room's own `action.confirm` from that member, through the room's write path (same rule,
 * same refusals, exactly once per request id), and no arrival in that meeting.
 */
import { own, parseCommand } from '@dr/shared';
import { CouncilAck, ConfirmActionRequest } from '@dr/shared/council';
import express, { type Router } from 'express';
import { councilActor } from '../../council/councilAccess.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import { readBody } from '../body.js';
import { councilAt, requireCouncil, type CouncilDoor } from '../councilDoors.js';
import { sendError, sendRefusal } from '../errors.js';
import { sendJson } from '../respond.js';

export function councilSupervisionRouter({ door, registry }: { door: CouncilDoor; registry: RoomRegistry }): Router {
  const router = express.Router();

  router.post('/api/councils/:councilId/actions/confirm', requireCouncil(door), async (req, res) => {
    const { council, role } = councilAt(res);
    const body = readBody(ConfirmActionRequest, req, res, () => sendError(res, 400, 'invalid', 'command.notObject'));
    if (!body) return;
    const who = councilActor(council, role!, body);
    if (!who.ok) return sendError(res, 403, 'forbidden', who.reason);
    if (who.actor.memberId === null) return sendError(res, 403, 'forbidden', 'role.observer');
    const { roomId, actionId, note, requestId } = body;
    // Only the council's own meetings: its link opens nothing else.
    const room = council.meetings.some((m) => m.roomId === roomId) ? await registry.get(roomId) : null;
    if (!room) return sendError(res, 404, 'not_found', 'council.meetingUnknown');
    const parsed = parseCommand({ type: 'action.confirm', actionId, ...(note ? { note } : {}) });
    if (!parsed.ok) return sendRefusal(res, parsed.error);
    const { memberId } = who.actor;
    // The member's seat in that meeting gives the role its permission reads (a council's chair hosts it).
    const seatRole = own(room.current.members, memberId)?.role ?? 'participant';
    const ack = await room.dispatch({ role: seatRole, memberId }, parsed.value, requestId, true);
    if (!ack.ok) return sendRefusal(res, ack.error);
    sendJson(res, CouncilAck, {
      ok: true,
      seq: ack.seq,
      ...(ack.replayed ? { replayed: true as const } : {}),
    });
  });

  return router;
}
