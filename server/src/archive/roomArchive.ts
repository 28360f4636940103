/**
 * A meeting's archive (村务档案): every file an archive keeps, built from the room's record. The
 * minutes (Markdown, Word, PDF), the notice (PDF), the events (NDJSON, hash-chained), attendance,
 * every round's frozen text with its fingerprint, the action items with their timelines, and a
 * manifest naming the chain head and each file's SHA-256 (`pnpm verify-archive` checks them all).
 */
import {
  own,
  ownEntries,
  presentDecision,
  presentNotice,
  roomTimeZone,
  type RoomEvent,
  type RoomState,
} from '@dr/shared';
import { createHash } from 'node:crypto';
import { renderDocx } from '../minutes/docx.js';
import { layoutMinutes } from '../minutes/layout.js';
import { renderMarkdown } from '../minutes/markdown.js';
import { buildMinutes } from '../minutes/minutesModel.js';
import { renderPdf } from '../minutes/pdf.js';
import type { EventLog } from '../store/eventLog.js';
import { sealDigest, type Seal } from '../stream/chain.js';
import { chainHead, chainHeadBlock } from './chainHead.js';
import { noticeBlocks } from './noticeBlocks.js';

/** The archive format this code writes (manifest.json `format`). */
export const ARCHIVE_FORMAT = 'deliberation-room-archive/1';

/** What manifest.json says. */
export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  kind: 'meeting' | 'council' | 'matter';
  id: string;
  title: string;
  generatedAt: number;
  /** The stream's last event and its hash: a cut-off tail is found against it. */
  head: { seq: number; hash: string | null; fingerprint: string | null };
  /** SHA-256 (hex) of every other file, by its path relative to the manifest. */
  files: Record<string, string>;
}

export type ArchiveFiles = Map<string, Buffer>;

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The stored events as an archive keeps them: an anonymous round's ballots lose their member,
 * whose seal becomes its digest, so the chain still verifies and nobody learns who voted how.
 */
export function archivedEvents(events: readonly RoomEvent[], state: RoomState): object[] {
  return events.map((event) => {
    if (event.type !== 'consensus.voted' || !own(state.rounds, event.roundId)?.anonymous) return event;
    const seals = (event as { seals?: Record<string, Seal> }).seals;
    const seal = seals?.memberId;
    if (!seal) return { ...event, memberId: null }; // stored before the chain: nothing to prove
    const digest = 'digest' in seal ? seal.digest : sealDigest(seal.salt, event.memberId);
    return { ...event, memberId: null, seals: { ...seals, memberId: { digest } } };
  });
}

function attendance(state: RoomState): object[] {
  return Object.values(state.members).map((m) => ({
    memberId: m.id,
    name: m.name,
    role: m.role,
    group: m.group,
    presence: m.presence,
    proxy: m.proxy,
    arrivedAt: m.arrivedAt,
    removedAt: m.removedAt,
  }));
}

function rounds(state: RoomState): { files: [string, Buffer][]; index: object[] } {
  const files: [string, Buffer][] = [];
  const index = Object.values(state.rounds)
    .sort((a, b) => a.openedAt - b.openedAt)
    .map((round, i) => {
      const file = `rounds/${String(i + 1).padStart(2, '0')}-${round.id}.txt`;
      files.push([file, Buffer.from(round.text, 'utf8')]);
      return {
        roundId: round.id,
        itemTitle: own(state.items, round.itemId)?.title ?? null,
        file,
        textHash: round.textHash,
        status: round.status,
        anonymous: round.anonymous,
        rule: round.rule,
        openedAt: round.openedAt,
        closedAt: round.closedAt,
        counts: round.result?.counts ?? null,
        outcome: round.result?.outcome ?? null,
      };
    });
  return { files, index };
}

const json = (value: unknown): Buffer => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

/** The files of one meeting's archive, manifest.json last, from its state, drafts and stored events. */
export async function meetingArchive(
  log: EventLog,
  state: RoomState,
  drafts: Readonly<Record<string, string>>,
  now: number,
): Promise<ArchiveFiles> {
  const events = await log.readEvents(state.roomId, 0);
  const last = events.at(-1)?.seq ?? 0;
  const head = await chainHead(log, state.roomId, last);
  const headLine = chainHeadBlock(head, state.locale);
  const minutes = [...layoutMinutes(buildMinutes(state, drafts, now)), headLine];
  const timeZone = roomTimeZone(state);
  const decisions = ownEntries(state.decisions, state.decisionOrder).map((d) =>
    presentDecision(state, d, now, timeZone),
  );
  const files: ArchiveFiles = new Map();
  files.set('minutes.md', Buffer.from(renderMarkdown(minutes), 'utf8'));
  files.set('minutes.docx', await renderDocx(minutes, { title: state.title, locale: state.locale }));
  files.set('minutes.pdf', await renderPdf(minutes, { title: state.title }));
  files.set('notice.pdf', await renderPdf(noticeBlocks(presentNotice(state, now), headLine), { title: state.title }));
  const ndjson = archivedEvents(events, state).map((e) => `${JSON.stringify(e)}\n`);
  files.set('events.ndjson', Buffer.from(ndjson.join(''), 'utf8'));
  files.set('attendance.json', json(attendance(state)));
  const { files: roundFiles, index } = rounds(state);
  for (const [name, bytes] of roundFiles) files.set(name, bytes);
  files.set('rounds.json', json(index));
  files.set(
    'actions.json',
    json(decisions.flatMap((d) => d.actions.map((a) => ({ decisionId: d.id, itemTitle: d.itemTitle, ...a })))),
  );
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    kind: 'meeting',
    id: state.roomId,
    title: state.title,
    generatedAt: now,
    head,
    files: Object.fromEntries([...files].map(([name, bytes]) => [name, sha256(bytes)])),
  };
  files.set('manifest.json', json(manifest));
  return files;
}
