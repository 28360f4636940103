/** The minutes (会议纪要) for hosts: Markdown and Word, in the room's language, built from the record and the drafts. */
import express, { type Response, type Router } from 'express';
import type { Room } from '../../room/room.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import { renderDocx } from '../../minutes/docx.js';
import { layoutMinutes } from '../../minutes/layout.js';
import { renderMarkdown } from '../../minutes/markdown.js';
import { buildMinutes, type MinutesModel } from '../../minutes/minutesModel.js';
import { MINUTES_STRINGS } from '../../minutes/strings.js';
import { sendError } from '../errors.js';
import { requireHost, type HostDoor, type HostRequestLocals } from '../hostAuth.js';

export interface MinutesDeps {
  door: HostDoor;
  registry: RoomRegistry;
}

/** The minutes as of now, with each item's draft rendered from the room's document. */
async function minutesOf(room: Room): Promise<MinutesModel> {
  const state = room.current;
  const doc = await room.doc();
  const drafts = Object.fromEntries(state.itemOrder.map((id) => [id, doc.renderText(id)]));
  return buildMinutes(state, drafts, Date.now());
}

/**
 * `attachment` with a plain ASCII name for old clients and the title in UTF-8 (RFC 6266 / 5987),
 * e.g. `东巷停车-会议纪要.docx`.
 */
function attachment(res: Response, model: MinutesModel, extension: string): void {
  const title = model.title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim() || 'minutes';
  const name = `${title}-${MINUTES_STRINGS[model.locale].minutes}.${extension}`;
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="minutes.${extension}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  );
}

export function minutesRouter({ door, registry }: MinutesDeps): Router {
  const router = express.Router();

  const withMinutes =
    (write: (res: Response, model: MinutesModel) => Promise<void> | void) =>
    async (req: express.Request<{ roomId: string }>, res: Response) => {
      const { room: record } = res.locals as HostRequestLocals;
      const room = await registry.get(record.roomId);
      if (!room) return sendError(res, 404, 'not_found', 'room.unknown');
      res.setHeader('Cache-Control', 'no-store');
      await write(res, await minutesOf(room));
    };

  router.get(
    '/api/rooms/:roomId/minutes.md',
    requireHost(door),
    withMinutes((res, model) => {
      attachment(res, model, 'md');
      res.type('text/markdown; charset=utf-8').send(renderMarkdown(layoutMinutes(model)));
    }),
  );

  router.get(
    '/api/rooms/:roomId/minutes.docx',
    requireHost(door),
    withMinutes(async (res, model) => {
      const bytes = await renderDocx(layoutMinutes(model), { title: model.title, locale: model.locale });
      attachment(res, model, 'docx');
      res.type('application/vnd.openxmlformats-officedocument.wordprocessingml.document').send(bytes);
    }),
  );

  return router;
}
