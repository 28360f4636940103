/**
 * A council's archive: its own stream (roster, topics, meetings called; hash-chained like a room's)
 * and a meeting archive (roomArchive.ts) for each of its meetings, in the order they were called.
 */
import type { CouncilState } from '@dr/shared/council';
import { createHash } from 'node:crypto';
import type { Room } from '../room/room.js';
import type { EventLog } from '../store/eventLog.js';
import { councilStream } from '../store/streams.js';
import { chainHead } from './chainHead.js';
import { withoutSecrets } from '../stream/chain.js';
import { ARCHIVE_FORMAT, meetingArchive, type ArchiveFiles, type ArchiveManifest } from './roomArchive.js';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The drafts of a room's items as rendered text, by item id. */
export async function draftsOf(room: Room): Promise<Record<string, string>> {
  const doc = await room.doc();
  return Object.fromEntries(room.current.itemOrder.map((id) => [id, doc.renderText(id)]));
}

/** The council's files (under `council/`) and each meeting's (under `meetings/<nn>-<roomId>/`). */
export async function councilArchive(
  log: EventLog,
  council: CouncilState,
  roomOf: (roomId: string) => Promise<Room | null>,
  now: number,
): Promise<{ prefix: string; files: ArchiveFiles }[]> {
  const stream = councilStream(council.councilId);
  const events = await log.readEvents(stream, 0);
  const files: ArchiveFiles = new Map();
  // The council's credentials and members' secret hashes stay on the server: their digests prove them.
  const archived = events.map(withoutSecrets);
  files.set('events.ndjson', Buffer.from(archived.map((e) => `${JSON.stringify(e)}\n`).join(''), 'utf8'));
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    kind: 'council',
    id: council.councilId,
    title: council.name,
    generatedAt: now,
    head: await chainHead(log, stream, events.at(-1)?.seq ?? 0),
    files: { 'events.ndjson': sha256(files.get('events.ndjson')!) },
  };
  files.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  const parts = [{ prefix: 'council/', files }];
  for (const [i, meeting] of council.meetings.entries()) {
    const room = await roomOf(meeting.roomId);
    if (!room) continue;
    const prefix = `meetings/${String(i + 1).padStart(2, '0')}-${meeting.roomId}/`;
    parts.push({ prefix, files: await meetingArchive(log, room.current, await draftsOf(room), now) });
  }
  return parts;
}
