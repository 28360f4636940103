/**
 * A council's links for its host: the four links of the council page again
 * (`GET /api/councils/:councilId/links`), unsealed with the host token (the server keeps only their
 * hashes and the other three sealed under it), so the secretary can keep and hand them out after the
 * page that created the council is gone; and replacing a leaked one (`POST …/links/:role/rotate`,
 * rotateCouncilLink.ts), after which the old one opens neither the council nor its meetings.
 */
import { CouncilLinks, RotateCouncilLinkParams, type CouncilTokens } from '@dr/shared/council';
import express, { type Router } from 'express';
import { councilStream } from '../../store/streams.js';
import { unseal } from '../../credentials/roomLinks.js';
import { rotateCouncilLink, type RotateDeps } from '../../council/rotateCouncilLink.js';
import { randomToken } from '../../credentials/tokens.js';
import { noBody } from '../body.js';
import { councilAt, requireCouncil, type CouncilAt, type CouncilDoor } from '../councilDoors.js';
import { sendError, sendRefusal } from '../errors.js';
import { sendJson } from '../respond.js';
import { baseUrl } from '../roomUrls.js';
import type { CouncilSealed } from '../../council/callMeeting.js';
import { councilLink } from './councils.js';

export interface CouncilLinksDeps extends RotateDeps {
  door: CouncilDoor;
  publicUrl: string | undefined;
}

export function councilLinksRouter({ door, publicUrl, ...rotation }: CouncilLinksDeps): Router {
  const router = express.Router();
  const { book } = door;

  router.get('/api/councils/:councilId/links', requireCouncil(door, 'host'), (req, res) => {
    const { council, token } = councilAt(res) as CouncilAt & { token: string };
    const sealed = unseal<CouncilSealed>(councilStream(council.councilId), token, council.credentials.sealedLinks);
    if (!sealed) return sendError(res, 500, 'internal', 'links.unreadable');
    const link = (t: string) => councilLink(baseUrl(req, publicUrl), council.councilId, t);
    sendJson(res, CouncilLinks, linksOf({ host: token, ...sealed }, link));
  });

  router.post('/api/councils/:councilId/links/:role/rotate', requireCouncil(door, 'host'), async (req, res) => {
    const params = RotateCouncilLinkParams.safeParse(req.params);
    if (!params.success) return sendError(res, 400, 'invalid', 'links.badRole');
    if (!noBody(req, res)) return;
    const { council, token } = councilAt(res) as CouncilAt & { token: string };
    const fresh = randomToken();
    const now: { tokens?: CouncilTokens } = {};
    const ack = await book.run(council.councilId, null, (state) =>
      rotateCouncilLink(rotation, state, token, params.data.role, fresh, (tokens) => (now.tokens = tokens)),
    );
    if (!ack.ok) return sendRefusal(res, ack.error);
    const link = (t: string) => councilLink(baseUrl(req, publicUrl), council.councilId, t);
    sendJson(res, CouncilLinks, linksOf(now.tokens!, link));
  });

  return router;
}

function linksOf(tokens: CouncilTokens, link: (token: string) => string): CouncilLinks {
  return {
    host: link(tokens.host),
    member: link(tokens.member),
    observer: link(tokens.observer),
    supervisor: link(tokens.supervisor),
  };
}
