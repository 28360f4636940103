/**
 * The public notice (公示办理结果, shared/src/followup/notice.ts) laid out as the minutes' blocks, so
 * the archive's `notice.pdf` is drawn by the same PDF renderer (minutes/pdf.ts) in the same words
 * (the minutes' strings, from the one vocabulary).
 */
import type { Notice } from '@dr/shared';
import type { Block } from '../minutes/layout.js';
import { MINUTES_STRINGS } from '../minutes/strings.js';

const HEADING = { 'zh-CN': '公示办理结果', en: 'Public notice' } as const;

/** Who attended: in the hall and remote (the notice's and the poster's). */
export function attendanceBlock(notice: Notice): Block {
  const t = MINUTES_STRINGS[notice.locale];
  const { total, inRoom, remote } = notice.attendance;
  return {
    kind: 'field',
    label: t.attendance + t.colon,
    value: `${t.people(total)}${t.paren(`${t.inRoom} ${inRoom}${t.comma}${t.remote} ${remote}`)}`,
  };
}

/** A decision's topic and outcome, its statement, its text and the rule it was taken by (the notice's and the poster's). */
export function decisionHead(notice: Notice, decision: Notice['decisions'][number]): Block[] {
  const t = MINUTES_STRINGS[notice.locale];
  return [
    { kind: 'heading', level: 3, text: `${decision.itemTitle} · ${t.outcomes[decision.outcome]}` },
    ...(decision.statement ? [{ kind: 'paragraph' as const, text: decision.statement }] : []),
    { kind: 'quote', lines: decision.text.split('\n') },
    { kind: 'field', label: t.rule + t.colon, value: t.rules[decision.rule] },
  ];
}

/** The notice's blocks, ending with the record's fingerprint (`head`). */
export function noticeBlocks(notice: Notice, head: Block): Block[] {
  const t = MINUTES_STRINGS[notice.locale];
  const when = new Intl.DateTimeFormat(notice.locale, {
    timeZone: notice.timeZone,
    dateStyle: 'long',
    timeStyle: 'short',
  });
  const blocks: Block[] = [{ kind: 'title', text: `${notice.title} · ${HEADING[notice.locale]}` }];
  if (notice.meeting.place) blocks.push({ kind: 'field', label: t.place + t.colon, value: notice.meeting.place });
  if (notice.conveners.length > 0)
    blocks.push({ kind: 'field', label: t.conveners + t.colon, value: notice.conveners.join(t.listSeparator) });
  blocks.push(attendanceBlock(notice));
  blocks.push({ kind: 'heading', level: 2, text: t.decision });
  if (notice.decisions.length === 0) blocks.push({ kind: 'paragraph', text: t.none });
  for (const decision of notice.decisions) {
    blocks.push(...decisionHead(notice, decision));
    if (decision.actions.length === 0) continue;
    blocks.push({
      kind: 'table',
      header: [t.action, t.owner, t.dueDate, t.status, t.progress],
      rows: decision.actions.map((a) => [
        a.title,
        a.owner,
        a.dueDate,
        t.statuses[a.status] + (a.overdue ? t.paren(t.overdue) : ''),
        `${a.progress}%`,
      ]),
    });
  }
  blocks.push({ kind: 'field', label: t.generatedAt + t.colon, value: when.format(notice.generatedAt) });
  blocks.push(head);
  return blocks;
}
