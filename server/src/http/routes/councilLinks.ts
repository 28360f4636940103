/**
 * A council's links for its host (`GET /api/councils/:councilId/links`): the four links of the
 * council page again, unsealed with the host token (the server keeps only their hashes and the other
 * three sealed under it), so the secretary can keep and hand them out after the page that created
 * the council is gone.
 */
import { CouncilLinks } from '@dr/shared/council';
import express, { type Router } from 'express';
import { bearerToken, councilRoleOf } from '../../council/councilAccess.js';
import type { CouncilBook } from '../../council/councilBook.js';
import { councilStream } from '../../council/streams.js';
import { unseal } from '../../credentials/roomLinks.js';
import { sendCouncilError as sendError } from '../councilErrors.js';
import { sendJson } from '../respond.js';
import { baseUrl } from '../roomUrls.js';
import type { CouncilSealed } from '../../council/callMeeting.js';
import { councilLink, councilOf } from './councils.js';

export function councilLinksRouter({ book, publicUrl }: { book: CouncilBook; publicUrl: string | undefined }): Router {
  const router = express.Router();

  router.get('/api/councils/:councilId/links', async (req, res) => {
    const council = await councilOf(book, req, res);
    if (!council) return;
    const token = bearerToken(req);
    if (!token) return sendError(res, 401, 'unauthorized', 'council.linkNeeded');
    const role = councilRoleOf(council, token);
    if (!role) return sendError(res, 403, 'forbidden', 'access.badLink');
    if (role !== 'host') return sendError(res, 403, 'forbidden', 'role.hostOnly');
    const sealed = unseal<CouncilSealed>(councilStream(council.councilId), token, council.credentials.sealedLinks);
    if (!sealed) return sendError(res, 500, 'internal', 'links.unreadable');
    const link = (t: string) => councilLink(baseUrl(req, publicUrl), council.councilId, t);
    sendJson(res, CouncilLinks, {
      host: link(token),
      member: link(sealed.member),
      observer: link(sealed.observer),
      supervisor: link(sealed.supervisor),
    });
  });

  return router;
}
