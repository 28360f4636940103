/** The JSON API: health, room creation, and a room's public summary. */
import { Locale, LIMITS, nameText } from '@dr/shared';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { createRoom, linksFor, shortLink } from '../room/createRoom.js';
import type { RoomRegistry } from '../room/roomRegistry.js';
import { TokenBucket } from '../security/tokenBucket.js';
import type { Store } from '../store/store.js';
import { sendError } from './errors.js';

const CreateRoomBody = z.object({
  title: nameText(LIMITS.roomTitle),
  locale: Locale.optional(),
});

export interface ApiDeps {
  store: Store;
  registry: RoomRegistry;
  publicUrl: string | undefined;
}

/** The base of every link: the configured public URL, else the origin the request came to. */
export function baseUrl(req: Request, publicUrl: string | undefined): string {
  return publicUrl ?? `${req.protocol}://${req.get('host')}`;
}

export function apiRouter({ store, registry, publicUrl }: ApiDeps): Router {
  const router = express.Router();
  const createLimiter = perClientLimiter(20, 20 / 60);

  router.get('/healthz', async (_req, res) => {
    try {
      await store.ping();
      res.json({ ok: true });
    } catch {
      sendError(res, 503, 'internal', 'The store is not reachable.');
    }
  });

  router.post('/api/rooms', async (req, res) => {
    if (!createLimiter(req)) return sendError(res, 429, 'rate_limited', 'Too many rooms created; wait a minute.');
    const body = CreateRoomBody.safeParse(req.body);
    if (!body.success) {
      return sendError(res, 400, 'invalid', 'A room needs a title of 1 to 200 characters; locale is zh-CN or en.');
    }
    const { roomId, secrets } = await createRoom(store, {
      title: body.data.title,
      locale: body.data.locale ?? 'zh-CN',
    });
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
    if (!room) return sendError(res, 404, 'not_found', 'No such room.');
    const { roomId, title, phase, locale } = room.current;
    res.json({ roomId, title, phase, locale });
  });

  return router;
}

/** Every API request counts against its address: a generous burst, then a steady rate. */
export function requestLimit(burst = 120, perSecond = 4) {
  const allow = perClientLimiter(burst, perSecond);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (allow(req)) return next();
    res.setHeader('Retry-After', '5');
    sendError(res, 429, 'rate_limited', 'Too many requests; wait a moment.');
  };
}

/** One token bucket per client address, forgotten when the map grows large. */
export function perClientLimiter(burst: number, perSecond: number): (req: Request) => boolean {
  const buckets = new Map<string, TokenBucket>();
  return (req) => {
    const key = req.ip ?? 'unknown';
    let bucket = buckets.get(key);
    if (!bucket) {
      if (buckets.size > 10_000) buckets.clear();
      bucket = new TokenBucket(burst, perSecond);
      buckets.set(key, bucket);
    }
    return bucket.take();
  };
}
