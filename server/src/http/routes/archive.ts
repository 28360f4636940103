/**
 * The archive (村务档案, issue 27): a meeting's ZIP for its host and observer links, a council's for
 * its host, and the chain's verification in words (docs/protocol.md, "Archive").
 */
import { ChainHead, RoomParams } from '@dr/shared';
import express, { type Response, type Router } from 'express';
import { chainHead } from '../../archive/chainHead.js';
import { councilArchive, draftsOf } from '../../archive/councilArchive.js';
import { matterArchives } from '../../archive/matterArchive.js';
import { meetingArchive } from '../../archive/roomArchive.js';
import type { MatterBook } from '../../matter/matterBook.js';
import { councilNames } from '../../matter/matterView.js';
import { verifyChain } from '../../archive/verifyChain.js';
import { describeReport } from '../../archive/verifyWords.js';
import { zipFiles } from '../../archive/zip.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import type { Store } from '../../store/store.js';
import { councilAt, requireCouncil, type CouncilDoor } from '../councilDoors.js';
import { sendError } from '../errors.js';
import { requireRoomRole, type HostDoor } from '../hostAuth.js';
import { sendJson } from '../respond.js';

export interface ArchiveDeps {
  door: HostDoor;
  councilDoor: CouncilDoor;
  store: Store;
  registry: RoomRegistry;
  /** The council's matters are printed in its archive (issue 29). */
  matters: MatterBook;
  clock: () => number;
}

function sendZip(res: Response, name: string, bytes: Buffer): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Disposition', `attachment; filename="${name}.zip"`);
  res.type('application/zip').send(bytes);
}

export function archiveRouter({ door, councilDoor, store, registry, matters, clock }: ArchiveDeps): Router {
  const router = express.Router();
  const roomOf = async (params: unknown) => {
    const parsed = RoomParams.safeParse(params);
    return parsed.success ? registry.get(parsed.data.roomId) : null;
  };

  router.get('/api/rooms/:roomId/archive', requireRoomRole(door, 'host', 'observer'), async (req, res) => {
    const room = await roomOf(req.params);
    if (!room) return sendError(res, 404, 'not_found', 'room.unknown');
    const files = await meetingArchive(store, room.current, await draftsOf(room), clock());
    sendZip(res, `archive-${room.roomId}`, await zipFiles([{ prefix: '', files }]));
  });

  router.get('/api/rooms/:roomId/verify', requireRoomRole(door, 'host', 'observer'), async (req, res) => {
    const room = await roomOf(req.params);
    if (!room) return sendError(res, 404, 'not_found', 'room.unknown');
    const report = await verifyChain(await store.readEvents(room.roomId, 0));
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ...report, words: { 'zh-CN': describeReport(report, 'zh-CN'), en: describeReport(report, 'en') } });
  });

  // The board's fingerprint: one stored event read, so the board can ask again whenever the seq moves.
  router.get('/api/rooms/:roomId/chain', requireRoomRole(door, 'host', 'observer'), async (req, res) => {
    const room = await roomOf(req.params);
    if (!room) return sendError(res, 404, 'not_found', 'room.unknown');
    res.setHeader('Cache-Control', 'no-store');
    sendJson(res, ChainHead, await chainHead(store, room.roomId, room.current.seq));
  });

  router.get('/api/councils/:councilId/archive', requireCouncil(councilDoor, 'host'), async (_req, res) => {
    const { council } = councilAt(res);
    const now = clock();
    const parts = [
      ...(await councilArchive(store, council, (roomId) => registry.get(roomId), now)),
      ...(await matterArchives(
        store,
        council,
        (matterId) => matters.load(matterId),
        async (matter) => (await councilNames(councilDoor.book, matter)).names,
        now,
      )),
    ];
    sendZip(res, `archive-${council.councilId}`, await zipFiles(parts));
  });

  return router;
}
