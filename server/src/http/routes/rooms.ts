/** The JSON API: health, room creation, and a room's public summary. */
import { Locale, LIMITS, nameText } from '@dr/shared';
import express, { type Request, type Router } from 'express';
import { z } from 'zod';
import { createRoom, linksFor, shortLink } from '../../room/createRoom.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import type { JoinCodeKey } from '../../credentials/joinCodeKey.js';
import type { Rate } from '../../access/keyedBuckets.js';
import type { Store } from '../../store/store.js';
import { sendError } from '../errors.js';
import { roomCreationLimit } from '../limits.js';

const CreateRoomBody = z.object({
  title: nameText(LIMITS.roomTitle),
  locale: Locale.optional(),
});

export interface ApiDeps {
  store: Store;
  registry: RoomRegistry;
  joinCodes: JoinCodeKey;
  publicUrl: string | undefined;
  roomCreation: Rate;
  clock: () => number;
}

/** The base of every link: the configured public URL, else the origin the request came to. */
export function baseUrl(req: Request, publicUrl: string | undefined): string {
  return publicUrl ?? `${req.protocol}://${req.get('host')}`;
}

export function apiRouter({ store, registry, joinCodes, publicUrl, roomCreation, clock }: ApiDeps): Router {
  const router = express.Router();

  router.get('/healthz', async (_req, res) => {
    try {
      await store.ping();
      res.json({ ok: true });
    } catch {
      sendError(res, 503, 'internal', 'server.storeDown');
    }
  });

  router.post('/api/rooms', roomCreationLimit(roomCreation, clock), async (req, res) => {
    const body = CreateRoomBody.safeParse(req.body);
    if (!body.success) return sendError(res, 400, 'invalid', 'room.titleNeeded', { max: LIMITS.roomTitle });
    const { roomId, secrets } = await createRoom(
      store,
      { title: body.data.title, locale: body.data.locale ?? 'zh-CN' },
      Date.now(),
      joinCodes,
    );
    const base = baseUrl(req, publicUrl);
    res.status(201).json({
      roomId,
      tokens: secrets.tokens,
      links: linksFor(base, roomId, secrets),
      joinCode: secrets.joinCode,
      shortUrl: shortLink(base, secrets.joinCode),
    });
  });

  router.get('/api/rooms/:roomId', async (req, res) => {
    const room = await registry.get(req.params.roomId);
    if (!room) return sendError(res, 404, 'not_found', 'room.unknown');
    const { roomId, title, phase, locale } = room.current;
    res.json({ roomId, title, phase, locale });
  });

  return router;
}
