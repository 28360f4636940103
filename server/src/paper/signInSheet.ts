/**
 * The sign-in sheet (签到表, issue 28): the meeting's roster on A4 (number, name, group, household)
 * with a column to sign and blank rows for people not on the list. The host tallies those who signed
 * without a phone and enters it as the hall's headcount (`attendance.setHeadcount`).
 */
import { currentMembers, termOf, type Member, type RoomState } from '@dr/shared';
import { drawBlocks, pdfDocument } from '../minutes/pdf.js';
import { MINUTES_STRINGS } from '../minutes/strings.js';
import { PAPER_STRINGS } from './paperStrings.js';

/** Blank rows after the roster, for people who come without being on it. */
const BLANK_ROWS = 8;
/** Row height in points: room for a handwritten signature. */
const ROW_HEIGHT = 30;

/** Members by household (those without one last), then in the order they joined. */
function byHousehold(a: Member, b: Member): number {
  if (a.household !== b.household) {
    if (a.household === null) return 1;
    if (b.household === null) return -1;
    return a.household.localeCompare(b.household, 'zh-CN', { numeric: true });
  }
  return a.joinedAt - b.joinedAt;
}

/** Column widths in points (A4 less the margins: 499), the signature's the widest. */
const COLUMNS = [40, 120, 80, 99, 160] as const;

/**
 * The roster as a ruled grid, drawn line by line (pdfkit's `table` re-selects the font per cell,
 * which took seconds for a page of Chinese); the header is repeated on each new page.
 */
function drawGrid(doc: PDFKit.PDFDocument, header: readonly string[], rows: readonly string[][]): void {
  const left = doc.page.margins.left;
  const width = COLUMNS.reduce((a, b) => a + b, 0);
  const row = (cells: readonly string[], font: 'regular' | 'bold') => {
    if (doc.y + ROW_HEIGHT > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      row(header, 'bold');
    }
    const top = doc.y;
    doc.font(font).fontSize(13);
    let x = left;
    cells.forEach((cell, i) => {
      doc.text(cell, x + 4, top + 8, {
        width: COLUMNS[i]! - 8,
        height: ROW_HEIGHT - 8,
        lineBreak: false,
        ellipsis: true,
      });
      x += COLUMNS[i]!;
    });
    doc.lineWidth(0.8).rect(left, top, width, ROW_HEIGHT).stroke();
    x = left;
    for (const w of COLUMNS.slice(0, -1)) {
      x += w;
      doc
        .moveTo(x, top)
        .lineTo(x, top + ROW_HEIGHT)
        .stroke();
    }
    doc.x = left;
    doc.y = top + ROW_HEIGHT;
  };
  row(header, 'bold');
  for (const cells of rows) row(cells, 'regular');
}

/** The sheet's PDF bytes, in the meeting's language. */
export function signInSheet(state: RoomState): Promise<Buffer> {
  const locale = state.locale;
  const t = MINUTES_STRINGS[locale];
  const p = PAPER_STRINGS[locale];
  const { doc, bytes } = pdfDocument({ title: `${p.signInSheet} · ${state.title}` }, 48);
  const fields = [{ kind: 'title' as const, text: `${p.signInSheet} · ${state.title}` }];
  drawBlocks(doc, fields, 1.3);
  const facts = [];
  if (state.details.place) facts.push({ kind: 'field' as const, label: t.place + t.colon, value: state.details.place });
  facts.push({ kind: 'paragraph' as const, text: p.signInHint });
  drawBlocks(doc, facts, 1.3);
  const members = currentMembers(state)
    .filter((m) => m.role === 'participant')
    .sort(byHousehold);
  const rows = members.map((m, i) => [
    String(i + 1),
    m.name,
    m.group ? (termOf('groups', m.group, locale) ?? m.group) : '',
    m.household ?? '',
    '',
  ]);
  for (let i = 0; i < BLANK_ROWS; i++) rows.push([String(members.length + i + 1), '', '', '', '']);
  drawGrid(doc, [p.number, p.name, p.group, p.household, p.signature], rows);
  doc.moveDown(0.8);
  drawBlocks(doc, [{ kind: 'paragraph', text: p.headcountLine }], 1.3);
  doc.end();
  return bytes;
}
