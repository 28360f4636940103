/**
 * Erasing a person (个人信息保护法, issue 27): the host of a meeting, or of a council (then in every
 * one of its meetings), replaces a member's name and what they wrote about themselves with a stable
 * pseudonym (docs/protocol.md, "Erasure"). Answers `{ pseudonym, events }`; erasing again changes nothing.
 */
import { own } from '@dr/shared';
import express, { type Router } from 'express';
import type { CouncilBook } from '../../council/councilBook.js';
import { eraseInCouncil, eraseInRoom } from '../../erasure/erasePerson.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import { councilAt, requireCouncil, type CouncilDoor } from '../councilDoors.js';
import { sendError } from '../errors.js';
import { requireHost, type HostDoor, type HostRequestLocals } from '../hostAuth.js';

export interface ErasureDeps {
  door: HostDoor;
  councilDoor: CouncilDoor & { book: CouncilBook };
  registry: RoomRegistry;
}

export function erasureRouter({ door, councilDoor, registry }: ErasureDeps): Router {
  const router = express.Router();

  router.post('/api/rooms/:roomId/members/:memberId/erase', requireHost(door), async (req, res) => {
    const { roomId } = (res.locals as HostRequestLocals).room;
    const memberId = (req.params as Record<string, string>).memberId ?? '';
    const room = await registry.get(roomId);
    if (!room) return sendError(res, 404, 'not_found', 'room.unknown');
    if (!own(room.current.members, memberId)) return sendError(res, 404, 'not_found', 'member.unknown');
    res.json(await eraseInRoom(registry, roomId, memberId));
  });

  router.post(
    '/api/councils/:councilId/members/:memberId/erase',
    requireCouncil(councilDoor, 'host'),
    async (req, res) => {
      const { council } = councilAt(res);
      const memberId = String(req.params.memberId);
      if (!own(council.members, memberId)) return sendError(res, 404, 'not_found', 'member.unknown');
      res.json(await eraseInCouncil(councilDoor.book, registry, council, memberId));
    },
  );

  return router;
}
