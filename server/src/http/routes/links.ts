/**
 * Links for hosts: show the participant link again (the board's QR code), rotate a leaked link,
 * and the short join address `/j/<code>` that anyone can type from a projector.
 */
import express, { type Router } from 'express';
import type { AccessGate } from '../../access/accessGate.js';
import { linksFor, shortLink } from '../../room/createRoom.js';
import type { RoomBroadcaster } from '../../room/session.js';
import type { JoinCodeKey } from '../../credentials/joinCodeKey.js';
import { credentialsFor, rotate, unsealSecrets } from '../../credentials/roomLinks.js';
import { LINK_ROLES, type LinkRole } from '../../store/store.js';
import { baseUrl } from './rooms.js';
import { sendError } from '../errors.js';
import { requireHost, type HostDoor, type HostRequestLocals } from '../hostAuth.js';
import { sendMessagePage, type PageText } from '../messagePage.js';
import { refusalPage } from '../refusalPage.js';

export interface LinksDeps {
  door: HostDoor;
  gate: AccessGate;
  joinCodes: JoinCodeKey;
  broadcaster: Pick<RoomBroadcaster, 'revoke'>;
  publicUrl: string | undefined;
}

/** A person typed `/j/<code>` from a network that has tried too many wrong codes: said in both languages. */
const SLOWED: PageText = refusalPage('access.tooManyGuesses', { 'zh-CN': '请稍后再试', en: 'Please wait a minute' });

export function linksRouter({ door, gate, joinCodes, broadcaster, publicUrl }: LinksDeps): Router {
  const router = express.Router();
  const { store } = door;

  router.get('/api/rooms/:roomId/links', requireHost(door), (req, res) => {
    const { room, hostToken } = res.locals as HostRequestLocals;
    const secrets = unsealSecrets(room.roomId, hostToken, room);
    if (!secrets) return sendError(res, 500, 'internal', 'links.unreadable');
    const base = baseUrl(req, publicUrl);
    const links = linksFor(base, room.roomId, secrets);
    res.json({ ...links, joinCode: secrets.joinCode, shortUrl: shortLink(base, secrets.joinCode) });
  });

  router.post('/api/rooms/:roomId/links/:role/rotate', requireHost(door), async (req, res) => {
    const role = (req.params as unknown as { role: string }).role as LinkRole;
    if (!LINK_ROLES.includes(role)) return sendError(res, 400, 'invalid', 'links.badRole');
    const { room, hostToken } = res.locals as HostRequestLocals;
    const secrets = unsealSecrets(room.roomId, hostToken, room);
    if (!secrets) return sendError(res, 500, 'internal', 'links.unreadable');
    const rotated = rotate(secrets, role);
    await store.setCredentials(room.roomId, credentialsFor(room.roomId, rotated, joinCodes));
    broadcaster.revoke(room.roomId, role); // whoever came in through the old link is shown the door
    const base = baseUrl(req, publicUrl);
    res.json({
      ...linksFor(base, room.roomId, rotated),
      joinCode: rotated.joinCode,
      shortUrl: shortLink(base, rotated.joinCode),
    });
  });

  // Valid codes are never limited per address (a hall types them together); wrong ones are guesses.
  router.get('/j/:code', async (req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    const found = await gate.findByJoinCode(req.ip ?? 'unknown', req.params.code);
    if (found.ok) return res.redirect(302, `/r/${encodeURIComponent(found.roomId)}#t=${found.code}`);
    if (found.refusal === 'rate_limited') {
      res.setHeader('Retry-After', String(Math.ceil(1 / door.guessRate.perSecond)));
      return sendMessagePage(res, 429, SLOWED, null);
    }
    next(); // the web app shows its not-found page
  });

  return router;
}
