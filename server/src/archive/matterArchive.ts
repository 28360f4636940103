/**
 * A council's matters in its archive (issue 29): for each matter it lists, the matter's own stream
 * (hash-chained, verified like a council's) and `matter.md`, its path printed in the council's
 * language: each step held, its body, date, outcome, text and fingerprint, amendments beside the
 * text they amend, the disclosures with their dates and links, and what is next.
 */
import type { Locale } from '@dr/shared';
import { lawTerm, termOf } from '@dr/shared';
import type { CouncilState } from '@dr/shared/council';
import { matterTerms, type MatterState } from '@dr/shared/matter';
import { createHash } from 'node:crypto';
import type { EventLog } from '../store/eventLog.js';
import { matterStream } from '../store/streams.js';
import { withoutSecrets } from '../stream/chain.js';
import { chainHead } from './chainHead.js';
import { ARCHIVE_FORMAT, type ArchiveFiles, type ArchiveManifest } from './roomArchive.js';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const LABELS = {
  'zh-CN': {
    proposedBy: '提议人',
    category: '事项类别',
    ordinary: '一般事项',
    procedure: '议事程序',
    status: '状态',
    heldBy: '承办机构',
    decided: '议定日期',
    outcome: '结果',
    present: '实到',
    text: '表决文本',
    amends: '修改前文本',
    fingerprint: '文本指纹',
    meeting: '会议',
    published: '公开日期',
    link: '公开地址',
    waiting: '进行中',
    sentBack: '退回至',
    ended: '议事事项在此终止',
    colon: '：',
  },
  en: {
    proposedBy: 'Proposed by',
    category: 'Category',
    ordinary: 'Ordinary matter',
    procedure: 'Procedure',
    status: 'Status',
    heldBy: 'Held by',
    decided: 'Decided on',
    outcome: 'Outcome',
    present: 'Present',
    text: 'Text decided',
    amends: 'Text it amends',
    fingerprint: 'Text fingerprint',
    meeting: 'Meeting',
    published: 'Published on',
    link: 'Link',
    waiting: 'Open',
    sentBack: 'Sent back to',
    ended: 'The matter ended here',
    colon: ': ',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The matter's path as Markdown in `locale`; dates read in `timeZone`; `names`: the councils' names by id. */
export function matterText(
  matter: MatterState,
  locale: Locale,
  timeZone: string,
  names: ReadonlyMap<string, string>,
): string {
  const l = LABELS[locale];
  const words = matterTerms(locale);
  const day = (ms: number, zone = timeZone) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: zone }).format(ms);
  const line = (label: string, value: string) => `- **${label}${l.colon}**${value}`;
  const out = [
    `# ${words.matter}${l.colon}${matter.title}`,
    '',
    line(l.proposedBy, matter.proposedBy),
    line(l.category, matter.category ? lawTerm('categories', matter.category, locale) : l.ordinary),
    line(l.procedure, matter.preset === 'fourDeliberations' ? words.fourDeliberations : words.custom),
    line(l.status, words.status[matter.status]),
    '',
  ];
  if (matter.description) out.push(matter.description, '');
  matter.path.forEach((record, i) => {
    const step = matter.steps[record.index]!;
    out.push(`## ${i + 1}. ${words.steps[step.kind]}`, '', line(l.heldBy, names.get(step.councilId) ?? step.councilId));
    const result = record.result;
    if (!result) out.push(line(l.status, l.waiting));
    else if (result.type === 'disclosed')
      out.push(line(l.published, day(result.publishedAt, 'UTC')), line(l.link, result.link));
    else {
      out.push(
        line(l.decided, day(result.decidedAt)),
        line(l.outcome, termOf('outcomes', result.outcome, locale) ?? result.outcome),
        ...(result.present === null ? [] : [line(l.present, String(result.present))]),
        line(l.meeting, result.roomId),
        line(l.fingerprint, `\`${result.textHash}\``),
        '',
        `**${l.text}${l.colon}**`,
        '',
        ...result.text.split('\n').map((t) => `> ${t}`),
      );
      if (result.amends)
        out.push('', `**${l.amends}${l.colon}**`, '', ...result.amends.text.split('\n').map((t) => `> ${t}`));
    }
    if (typeof record.next === 'number' && record.next <= record.index)
      out.push('', line(l.sentBack, words.steps[matter.steps[record.next]!.kind]));
    if (record.next === 'end') out.push('', `*${l.ended}*`);
    out.push('');
  });
  return out.join('\n');
}

/** The archive parts (under `matters/<nn>-<matterId>/`) of the matters `council` lists. */
export async function matterArchives(
  log: EventLog,
  council: CouncilState,
  load: (matterId: string) => Promise<MatterState | null>,
  names: (matter: MatterState) => Promise<ReadonlyMap<string, string>>,
  now: number,
): Promise<{ prefix: string; files: ArchiveFiles }[]> {
  const parts: { prefix: string; files: ArchiveFiles }[] = [];
  for (const [i, { matterId }] of council.matters.entries()) {
    const matter = await load(matterId);
    if (!matter) continue;
    const stream = matterStream(matterId);
    const events = await log.readEvents(stream, 0);
    const files: ArchiveFiles = new Map();
    files.set(
      'events.ndjson',
      Buffer.from(events.map((e) => `${JSON.stringify(withoutSecrets(e))}\n`).join(''), 'utf8'),
    );
    files.set(
      'matter.md',
      Buffer.from(matterText(matter, council.locale, council.timeZone, await names(matter)), 'utf8'),
    );
    const manifest: ArchiveManifest = {
      format: ARCHIVE_FORMAT,
      kind: 'matter',
      id: matterId,
      title: matter.title,
      generatedAt: now,
      head: await chainHead(log, stream, events.at(-1)?.seq ?? 0),
      files: Object.fromEntries([...files].map(([name, bytes]) => [name, sha256(bytes)])),
    };
    files.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
    parts.push({ prefix: `matters/${String(i + 1).padStart(2, '0')}-${matterId}/`, files });
  }
  return parts;
}
