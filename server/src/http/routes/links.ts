/**
 * Links for hosts: show the participant link again (the board's QR code), and rotate a leaked link.
 * Rotating closes every connection (Socket.IO and draft) that came in through the old one.
 */
import { RoomLinks, RotateLinkParams } from '@dr/shared';
import express, { type Router } from 'express';
import type { JoinCodeKey } from '../../credentials/joinCodeKey.js';
import { credentialsFor, rotate, unsealSecrets } from '../../credentials/roomLinks.js';
import type { RoomBroadcaster } from '../../room/session.js';
import { noBody } from '../body.js';
import { sendError } from '../errors.js';
import { requireHost, type HostDoor, type HostRequestLocals } from '../hostAuth.js';
import { sendJson } from '../respond.js';
import { baseUrl, hostLinks } from '../roomUrls.js';

export interface LinksDeps {
  door: HostDoor;
  joinCodes: JoinCodeKey;
  broadcaster: Pick<RoomBroadcaster, 'revoke'>;
  publicUrl: string | undefined;
}

export function linksRouter({ door, joinCodes, broadcaster, publicUrl }: LinksDeps): Router {
  const router = express.Router();
  const { store } = door;

  router.get('/api/rooms/:roomId/links', requireHost(door), (req, res) => {
    const { room, hostToken } = res.locals as HostRequestLocals;
    const secrets = unsealSecrets(room.roomId, hostToken, room);
    if (!secrets) return sendError(res, 500, 'internal', 'links.unreadable');
    sendJson(res, RoomLinks, hostLinks(baseUrl(req, publicUrl), room.roomId, secrets));
  });

  router.post('/api/rooms/:roomId/links/:role/rotate', requireHost(door), async (req, res) => {
    const params = RotateLinkParams.safeParse(req.params);
    if (!params.success) return sendError(res, 400, 'invalid', 'links.badRole');
    if (!noBody(req, res)) return;
    const { role } = params.data;
    const { room, hostToken } = res.locals as HostRequestLocals;
    const secrets = unsealSecrets(room.roomId, hostToken, room);
    if (!secrets) return sendError(res, 500, 'internal', 'links.unreadable');
    const rotated = rotate(secrets, role);
    await store.setCredentials(room.roomId, credentialsFor(room.roomId, rotated, joinCodes));
    broadcaster.revoke(room.roomId, role); // whoever came in through the old link is shown the door
    sendJson(res, RoomLinks, hostLinks(baseUrl(req, publicUrl), room.roomId, rotated));
  });

  return router;
}
