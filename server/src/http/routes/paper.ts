/**
 * Paper where paper is used (issue 28): the notice poster for the village board (public once the
 * notice is published, like the notice itself), the sign-in sheet and a round's paper ballot (host
 * link). Each is an A4 PDF in the meeting's language (paper/).
 */
import { own, presentNotice, RoomParams } from '@dr/shared';
import express, { type Response, type Router } from 'express';
import { chainHead } from '../../archive/chainHead.js';
import { paperBallot } from '../../paper/ballot.js';
import { noticePoster } from '../../paper/poster.js';
import { signInSheet } from '../../paper/signInSheet.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import type { EventLog } from '../../store/eventLog.js';
import { sendError } from '../errors.js';
import { requireHost, type HostDoor } from '../hostAuth.js';
import { baseUrl } from '../roomUrls.js';

export interface PaperDeps {
  door: HostDoor;
  registry: RoomRegistry;
  /** Where the poster's chain head is read. */
  log: EventLog;
  publicUrl: string | undefined;
  clock: () => number;
}

function sendPdf(res: Response, name: string, bytes: Buffer): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Disposition', `inline; filename="${name}.pdf"`);
  res.type('application/pdf').send(bytes);
}

export function paperRouter({ door, registry, log, publicUrl, clock }: PaperDeps): Router {
  const router = express.Router();
  const roomOf = async (params: unknown) => {
    const parsed = RoomParams.safeParse(params);
    return parsed.success ? registry.get(parsed.data.roomId) : null;
  };

  // Public, as the notice is: 404 `notice.notPublished` before it is published or once taken down.
  router.get('/api/rooms/:roomId/notice.pdf', async (req, res) => {
    const room = await roomOf(req.params);
    if (!room || !room.current.notice.published) return sendError(res, 404, 'not_found', 'notice.notPublished');
    const state = room.current;
    const notice = { ...presentNotice(state, clock()), chain: await chainHead(log, state.roomId, state.seq) };
    const url = `${baseUrl(req, publicUrl)}/notice/${encodeURIComponent(state.roomId)}`;
    sendPdf(res, `notice-${state.roomId}`, await noticePoster(notice, url));
  });

  router.get('/api/rooms/:roomId/sign-in.pdf', requireHost(door), async (req, res) => {
    const room = await roomOf(req.params);
    if (!room) return sendError(res, 404, 'not_found', 'room.unknown');
    sendPdf(res, `sign-in-${room.roomId}`, await signInSheet(room.current));
  });

  router.get('/api/rooms/:roomId/rounds/:roundId/ballot.pdf', requireHost(door), async (req, res) => {
    const room = await roomOf(req.params);
    if (!room) return sendError(res, 404, 'not_found', 'room.unknown');
    const { roundId } = req.params as { roundId?: string };
    const round = roundId ? own(room.current.rounds, roundId) : undefined;
    if (!round) return sendError(res, 404, 'not_found', 'round.unknown');
    sendPdf(res, `ballot-${round.id}`, await paperBallot(room.current, round));
  });

  return router;
}
