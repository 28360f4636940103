/**
 * The notice poster (公示张贴稿, issue 28): the published notice as an A4 page for the village board,
 * in large type with Chinese embedded: the decisions with their counts, the disclosure period, the
 * record's fingerprint, and a QR code back to the notice online. Drawn by the minutes' renderer
 * (minutes/pdf.ts), so it embeds the same font as every other PDF of ours.
 */
import type { Notice } from '@dr/shared';
import type { Block } from '../minutes/layout.js';
import { drawBlocks, pdfDocument } from '../minutes/pdf.js';
import { MINUTES_STRINGS } from '../minutes/strings.js';
import { chainHeadBlock } from '../archive/chainHead.js';
import { attendanceBlock, decisionHead } from '../archive/noticeBlocks.js';
import { drawQr } from './qr.js';
import { PAPER_STRINGS } from './paperStrings.js';

/** Type 1.5× the minutes': read from a step away, as the MIIT age-friendly guidance asks of screens. */
const SCALE = 1.5;
const QR_SIZE = 120;

function posterBlocks(notice: Notice): Block[] {
  const t = MINUTES_STRINGS[notice.locale];
  const p = PAPER_STRINGS[notice.locale];
  const moment = (ms: number) =>
    new Intl.DateTimeFormat(notice.locale, { timeZone: notice.timeZone, dateStyle: 'long', timeStyle: 'short' }).format(
      ms,
    );
  const blocks: Block[] = [{ kind: 'title', text: `${p.noticePoster} · ${notice.title}` }];
  if (notice.meeting.place) blocks.push({ kind: 'field', label: t.place + t.colon, value: notice.meeting.place });
  const held = notice.meeting.sittings[0]?.startedAt ?? notice.meeting.scheduledAt;
  if (held !== null && held !== undefined) blocks.push({ kind: 'field', label: t.date + t.colon, value: moment(held) });
  blocks.push(attendanceBlock(notice));
  if (notice.period) {
    // The period's days are calendar days where the meeting is (`YYYY-MM-DD`), written as dates.
    const day = (d: string) =>
      new Intl.DateTimeFormat(notice.locale, { timeZone: 'UTC', dateStyle: 'long' }).format(
        Date.parse(`${d}T00:00:00Z`),
      );
    const { firstDay, lastDay, periodDays } = notice.period;
    blocks.push({ kind: 'field', label: p.period, value: p.postedFor(day(firstDay), day(lastDay), periodDays) });
  }
  blocks.push({ kind: 'heading', level: 2, text: t.decision });
  blocks.push({ kind: 'paragraph', text: p.summary(notice.summary) });
  if (notice.decisions.length === 0) blocks.push({ kind: 'paragraph', text: t.none });
  for (const decision of notice.decisions) {
    blocks.push(...decisionHead(notice, decision));
    blocks.push({ kind: 'field', label: p.votes, value: p.tally(t.levels, decision.counts) });
    for (const a of decision.actions)
      blocks.push({
        kind: 'field',
        label: `${t.action}${t.colon}`,
        value: `${a.title}${t.comma}${t.statuses[a.status]}${a.overdue ? t.paren(t.overdue) : ''}${t.comma}${a.progress}%`,
      });
  }
  blocks.push({ kind: 'field', label: p.printedAt, value: moment(notice.generatedAt) });
  if (notice.chain) blocks.push(chainHeadBlock(notice.chain, notice.locale));
  return blocks;
}

/** The poster's PDF bytes; `url` is the notice online, which the QR code opens. */
export function noticePoster(notice: Notice, url: string): Promise<Buffer> {
  const { doc, bytes } = pdfDocument({ title: `${PAPER_STRINGS[notice.locale].noticePoster} · ${notice.title}` });
  drawBlocks(doc, posterBlocks(notice), SCALE);
  // The QR code and its caption together at the foot; a new page when the text left no room.
  const bottom = doc.page.height - doc.page.margins.bottom;
  if (doc.y + QR_SIZE + 12 > bottom) doc.addPage();
  const top = Math.max(doc.y + 12, bottom - QR_SIZE);
  const left = doc.page.margins.left;
  drawQr(doc, url, left, top, QR_SIZE);
  const textX = left + QR_SIZE + 12;
  const width = doc.page.width - doc.page.margins.right - textX;
  doc
    .font('regular')
    .fontSize(14)
    .text(PAPER_STRINGS[notice.locale].qrCaption, textX, top + 24, { width });
  doc.fontSize(11).text(url, textX, doc.y + 4, { width });
  doc.end();
  return bytes;
}
