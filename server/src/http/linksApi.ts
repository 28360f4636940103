/**
 * Links for hosts: show the participant link again (the board's QR code), rotate a leaked link,
 * and the short join address `/j/<code>` that anyone can type from a projector.
 */
import express, { type Router } from 'express';
import { linksFor, shortLink } from '../room/createRoom.js';
import type { RoomBroadcaster } from '../room/session.js';
import { credentialsFor, normalizeJoinCode, rotate, unsealSecrets } from '../security/roomLinks.js';
import { hashToken } from '../security/tokens.js';
import { LINK_ROLES, type LinkRole, type Store } from '../store/store.js';
import { baseUrl, perClientLimiter } from './api.js';
import { sendError } from './errors.js';
import { requireHost, type HostRequestLocals } from './hostAuth.js';

export interface LinksDeps {
  store: Store;
  broadcaster: Pick<RoomBroadcaster, 'revoke'>;
  publicUrl: string | undefined;
}

export function linksRouter({ store, broadcaster, publicUrl }: LinksDeps): Router {
  const router = express.Router();
  const joinLimiter = perClientLimiter(30, 1);

  router.get('/api/rooms/:roomId/links', requireHost(store), (req, res) => {
    const { room, hostToken } = res.locals as HostRequestLocals;
    const secrets = unsealSecrets(room.roomId, hostToken, room);
    if (!secrets) return sendError(res, 500, 'internal', 'The room’s links could not be opened.');
    const base = baseUrl(req, publicUrl);
    const links = linksFor(base, room.roomId, secrets);
    res.json({ ...links, joinCode: secrets.joinCode, shortUrl: shortLink(base, secrets.joinCode) });
  });

  router.post('/api/rooms/:roomId/links/:role/rotate', requireHost(store), async (req, res) => {
    const role = (req.params as unknown as { role: string }).role as LinkRole;
    if (!LINK_ROLES.includes(role)) return sendError(res, 400, 'invalid', 'The role is host, participant or observer.');
    const { room, hostToken } = res.locals as HostRequestLocals;
    const secrets = unsealSecrets(room.roomId, hostToken, room);
    if (!secrets) return sendError(res, 500, 'internal', 'The room’s links could not be opened.');
    const rotated = rotate(secrets, role);
    await store.setCredentials(room.roomId, credentialsFor(room.roomId, rotated));
    broadcaster.revoke(room.roomId, role); // whoever came in through the old link is shown the door
    const base = baseUrl(req, publicUrl);
    res.json({
      ...linksFor(base, room.roomId, rotated),
      joinCode: rotated.joinCode,
      shortUrl: shortLink(base, rotated.joinCode),
    });
  });

  router.get('/j/:code', async (req, res, next) => {
    if (!joinLimiter(req)) return sendError(res, 429, 'rate_limited', 'Too many attempts; wait a moment.');
    const code = normalizeJoinCode(req.params.code);
    const roomId = code ? await store.findRoomByJoinCode(hashToken(code)) : null;
    if (!roomId) return next(); // the web app shows its not-found page
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, `/r/${encodeURIComponent(roomId)}#t=${code}`);
  });

  return router;
}
