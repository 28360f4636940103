/**
 * The sign-in sheet (签到表, issue 28): the meeting's roster on A4 (number, name, group, household)
 * with a column to sign and blank rows for people not on the list. The host tallies those who signed
 * without a phone and enters it as the hall's headcount (`attendance.setHeadcount`).
 */
import { currentMembers, termOf, type Member, type RoomState } from '@dr/shared';
import { BOLD_FONT, drawBlocks, pdfDocument } from '../minutes/pdf.js';
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
  doc.font('regular').fontSize(13);
  doc.table({
    columnStyles: [44, '*', 80, 90, 150],
    rowStyles: (i) => ({ height: i === 0 ? 24 : ROW_HEIGHT }),
    data: [
      [p.number, p.name, p.group, p.household, p.signature].map((text) => ({ text, font: { src: BOLD_FONT } })),
      ...rows,
    ],
  });
  doc.moveDown(0.8);
  drawBlocks(doc, [{ kind: 'paragraph', text: p.headcountLine }], 1.3);
  doc.end();
  return bytes;
}
