/** Rooms: creating one (anyone, limited per address) and its public summary (the join screen's title). */
import { CreatedRoom, CreateRoomRequest, LIMITS, RoomParams, RoomSummary, roomTimeZone } from '@dr/shared';
import express, { type Router } from 'express';
import type { JoinCodeKey } from '../../credentials/joinCodeKey.js';
import type { Rate } from '../../access/keyedBuckets.js';
import { createRoom } from '../../room/createRoom.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import type { Store } from '../../store/store.js';
import { readBody } from '../body.js';
import { sendError } from '../errors.js';
import { roomCreationLimit } from '../limits.js';
import { sendJson } from '../respond.js';
import { baseUrl, hostLinks } from '../roomUrls.js';

export interface RoomsDeps {
  store: Store;
  registry: RoomRegistry;
  joinCodes: JoinCodeKey;
  publicUrl: string | undefined;
  roomCreation: Rate;
  clock: () => number;
}

export function roomsRouter({ store, registry, joinCodes, publicUrl, roomCreation, clock }: RoomsDeps): Router {
  const router = express.Router();

  router.post('/api/rooms', roomCreationLimit(roomCreation, clock), async (req, res) => {
    const body = readBody(CreateRoomRequest, req, res, (error) => {
      const badZone = error.issues.some((issue) => issue.path[0] === 'timeZone');
      if (badZone) return sendError(res, 400, 'invalid', 'room.badTimeZone');
      sendError(res, 400, 'invalid', 'room.titleNeeded', { max: LIMITS.roomTitle });
    });
    if (!body) return;
    const { title, locale = 'zh-CN', timeZone } = body;
    const { roomId, secrets } = await createRoom(
      store,
      { title, locale, ...(timeZone ? { timeZone } : {}) },
      Date.now(),
      joinCodes,
    );
    const { joinCode, shortUrl, ...links } = hostLinks(baseUrl(req, publicUrl), roomId, secrets);
    sendJson(res, CreatedRoom, { roomId, tokens: secrets.tokens, links, joinCode, shortUrl }, 201);
  });

  router.get('/api/rooms/:roomId', async (req, res) => {
    const params = RoomParams.safeParse(req.params);
    const room = params.success ? await registry.get(params.data.roomId) : null;
    if (!room) return sendError(res, 404, 'not_found', 'room.unknown');
    const { roomId, title, phase, locale } = room.current;
    sendJson(res, RoomSummary, { roomId, title, phase, locale, timeZone: roomTimeZone(room.current) });
  });

  return router;
}
