/**
 * A council's links for its host: the four links of the council page again
 * (`GET /api/councils/:councilId/links`), unsealed with the host token (the server keeps only their
 * hashes and the other three sealed under it), so the secretary can keep and hand them out after the
 * page that created the council is gone; and replacing a leaked one (`POST …/links/:role/rotate`,
 * rotateCouncilLink.ts), after which the old one opens neither the council nor its meetings.
 */
import { CouncilLinks, RotateCouncilLinkParams, type CouncilState, type CouncilTokens } from '@dr/shared/council';
import express, { type Request, type Response, type Router } from 'express';
import { bearerToken, councilRoleOf } from '../../council/councilAccess.js';
import type { CouncilBook } from '../../council/councilBook.js';
import { councilStream } from '../../store/streams.js';
import { unseal } from '../../credentials/roomLinks.js';
import { sendCouncilError as sendError, sendCouncilRefusal } from '../councilErrors.js';
import { rotateCouncilLink, type RotateDeps } from '../../council/rotateCouncilLink.js';
import { randomToken } from '../../credentials/tokens.js';
import { sendJson } from '../respond.js';
import { baseUrl } from '../roomUrls.js';
import type { CouncilSealed } from '../../council/callMeeting.js';
import { councilLink, councilOf } from './councils.js';

export interface CouncilLinksDeps extends RotateDeps {
  book: CouncilBook;
  publicUrl: string | undefined;
}

export function councilLinksRouter({ book, publicUrl, ...rotation }: CouncilLinksDeps): Router {
  const router = express.Router();

  router.get('/api/councils/:councilId/links', async (req, res) => {
    const council = await councilOf(book, req, res);
    if (!council) return;
    const token = hostToken(council, req, res);
    if (!token) return;
    const sealed = unseal<CouncilSealed>(councilStream(council.councilId), token, council.credentials.sealedLinks);
    if (!sealed) return sendError(res, 500, 'internal', 'links.unreadable');
    const link = (t: string) => councilLink(baseUrl(req, publicUrl), council.councilId, t);
    sendJson(res, CouncilLinks, linksOf({ host: token, ...sealed }, link));
  });

  router.post('/api/councils/:councilId/links/:role/rotate', async (req, res) => {
    const params = RotateCouncilLinkParams.safeParse(req.params);
    if (!params.success) return sendError(res, 400, 'invalid', 'links.badRole');
    const council = await councilOf(book, req, res);
    if (!council) return;
    const token = hostToken(council, req, res);
    if (!token) return;
    const fresh = randomToken();
    const now: { tokens?: CouncilTokens } = {};
    const ack = await book.run(council.councilId, null, (state) =>
      rotateCouncilLink(rotation, state, token, params.data.role, fresh, (tokens) => (now.tokens = tokens)),
    );
    if (!ack.ok) return sendCouncilRefusal(res, ack.error);
    const link = (t: string) => councilLink(baseUrl(req, publicUrl), council.councilId, t);
    sendJson(res, CouncilLinks, linksOf(now.tokens!, link));
  });

  return router;
}

/** The request's host token, or null with the refusal sent (401 without a token, 403 for another). */
function hostToken(council: CouncilState, req: Request, res: Response): string | null {
  const token = bearerToken(req);
  const role = token ? councilRoleOf(council, token) : null;
  if (!token) sendError(res, 401, 'unauthorized', 'council.linkNeeded');
  else if (!role) sendError(res, 403, 'forbidden', 'access.badLink');
  else if (role !== 'host') sendError(res, 403, 'forbidden', 'role.hostOnly');
  return role === 'host' ? token : null;
}

function linksOf(tokens: CouncilTokens, link: (token: string) => string): CouncilLinks {
  return {
    host: link(tokens.host),
    member: link(tokens.member),
    observer: link(tokens.observer),
    supervisor: link(tokens.supervisor),
  };
}
