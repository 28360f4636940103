/**
 * The public notice (公示办理结果): its JSON and its page, readable by anyone without a token once
 * the host has published it, and a plain 404 before (or after it is taken down).
 */
import { Notice, presentNotice, RoomParams } from '@dr/shared';
import express, { type Router } from 'express';
import { chainHead } from '../../archive/chainHead.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import type { EventLog } from '../../store/eventLog.js';
import { sendError } from '../errors.js';
import { sendMessagePage, type PageText } from '../messagePage.js';
import { sendJson } from '../respond.js';
import { appShell, CLIENT_DIST } from '../staticClient.js';

export interface NoticeDeps {
  registry: RoomRegistry;
  /** Where the chain head is read (the last event's hash). */
  log: EventLog;
  clientDist?: string | undefined;
}

const NOT_PUBLISHED: PageText = {
  'zh-CN': { title: '公示未发布', body: '该会议的办理结果公示尚未发布，或已撤下。' },
  en: { title: 'Notice not published', body: 'This meeting’s notice has not been published, or was taken down.' },
};

export function noticeRouter({ registry, log, clientDist = CLIENT_DIST }: NoticeDeps): Router {
  const router = express.Router();
  const shell = appShell(clientDist);
  const roomOf = async (raw: unknown) => {
    const params = RoomParams.safeParse(raw);
    return params.success ? registry.get(params.data.roomId) : null;
  };

  router.get('/api/rooms/:roomId/notice', async (req, res) => {
    const room = await roomOf(req.params);
    if (!room || !room.current.notice.published) {
      return sendError(res, 404, 'not_found', 'notice.notPublished');
    }
    // Progress changes after publishing: always ask again, never serve a stale copy.
    res.setHeader('Cache-Control', 'no-cache');
    const state = room.current;
    const chain = await chainHead(log, state.roomId, state.seq);
    sendJson(res, Notice, { ...presentNotice(state, Date.now()), chain });
  });

  router.get('/notice/:roomId', async (req, res, next) => {
    const room = await roomOf(req.params);
    if (!room || !room.current.notice.published)
      return sendMessagePage(res, 404, NOT_PUBLISHED, room?.current.locale ?? null);
    shell.index(req, res, next);
  });

  return router;
}
