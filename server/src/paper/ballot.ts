/**
 * The paper ballot (纸质选票, issue 28) of a round, for residents without a phone: the text frozen
 * when the round opened, its fingerprint (so the paper can be held against the screen and the
 * record), and the consent scale with a box per level. The host counts the ballots into the round's
 * hall count (`consensus.tally`).
 */
import { own, type Round, type RoomState } from '@dr/shared';
import { drawBlocks, pdfDocument } from '../minutes/pdf.js';
import { MINUTES_STRINGS } from '../minutes/strings.js';
import { PAPER_STRINGS } from './paperStrings.js';

/** The ballot's PDF bytes, in the meeting's language. */
export function paperBallot(state: RoomState, round: Round): Promise<Buffer> {
  const locale = state.locale;
  const t = MINUTES_STRINGS[locale];
  const p = PAPER_STRINGS[locale];
  const item = own(state.items, round.itemId);
  const { doc, bytes } = pdfDocument({ title: `${p.paperBallot} · ${state.title}` });
  drawBlocks(
    doc,
    [
      { kind: 'title', text: `${p.paperBallot} · ${state.title}` },
      { kind: 'field', label: p.item, value: item?.title ?? '' },
      { kind: 'field', label: t.rule + t.colon, value: t.rules[round.rule] },
      { kind: 'heading', level: 3, text: t.decisionText },
      { kind: 'quote', lines: round.text.split('\n') },
      { kind: 'field', label: p.textFingerprint, value: round.textHash.slice(0, 8) },
      { kind: 'paragraph', text: round.textHash },
      { kind: 'paragraph', text: p.ballotHint },
    ],
    1.4,
  );
  // The scale, strongest support first, each with a box to tick.
  doc.moveDown(0.4);
  const left = doc.page.margins.left;
  for (const level of [5, 4, 3, 2, 1, 0] as const) {
    const y = doc.y;
    doc.lineWidth(1.2).rect(left, y, 22, 22).stroke();
    doc
      .font('regular')
      .fontSize(18)
      .text(`${t.levels[level]}`, left + 36, y, { lineGap: 10 });
    doc.y = Math.max(doc.y, y + 34);
  }
  doc.end();
  return bytes;
}
