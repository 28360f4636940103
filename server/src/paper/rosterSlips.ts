/**
 * Personal QR slips (个人二维码, issue 28 part 3): an A4 sheet of cut-out slips, one per roster member
 * with a personal link (council/personalLinks.ts), each with the member's name, household and group,
 * the QR code of their link and how to use it. Eight slips a page, cut along the dashed lines.
 */
import { termOf, termsIn, type Locale } from '@dr/shared';
import type { CouncilMember, CouncilState } from '@dr/shared/council';
import { pdfDocument } from '../minutes/pdf.js';
import { drawQr } from './qr.js';

const WORDS: Record<Locale, { title: string; hint: string; none: string; group: string }> = {
  'zh-CN': {
    title: '个人二维码',
    hint: '用手机扫码，即以本人身份参加议事会，无需填写姓名。本码只属于您本人，请勿转给他人。',
    none: '花名册中还没有可打印个人二维码的成员：请先导入花名册。',
    group: '所属群体',
  },
  en: {
    title: 'Personal QR codes',
    hint: 'Scan with a phone to take part in the council as yourself, without typing your name. This code is yours alone: do not pass it on.',
    none: 'No roster member has a personal code to print yet: import the roster first.',
    group: 'Group',
  },
};

const COLUMNS = 2;
const ROWS = 4;
const MARGIN = 28;
const QR_SIZE = 112;

export interface Slip {
  member: CouncilMember;
  link: string;
}

/** The slips' PDF bytes, in the council's language, members by household then as they joined. */
export async function rosterSlips(council: CouncilState, slips: readonly Slip[]): Promise<Buffer> {
  const locale = council.locale;
  const w = WORDS[locale];
  const { doc, bytes } = pdfDocument({ title: `${w.title} · ${council.name}` }, MARGIN);
  const width = (doc.page.width - MARGIN * 2) / COLUMNS;
  const height = (doc.page.height - MARGIN * 2) / ROWS;
  if (slips.length === 0)
    doc.font('bold').fontSize(16).text(`${w.title} · ${council.name}`).font('regular').text(w.none);
  for (const [i, slip] of slips.entries()) {
    const place = i % (COLUMNS * ROWS);
    // A page at a time, letting the meetings on this server go on between pages (250 pages for 2,000).
    if (i > 0 && place === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      doc.addPage();
    }
    // Each page says what it is, in the top margin (the slips fill the rest).
    if (place === 0)
      doc.font('regular').fontSize(8).text(`${w.title} · ${council.name}`, MARGIN, 12, { lineBreak: false });
    const x = MARGIN + (place % COLUMNS) * width;
    const y = MARGIN + Math.floor(place / COLUMNS) * height;
    drawSlip(doc, council, slip, { x, y, width, height }, locale);
  }
  doc.end();
  return bytes;
}

function drawSlip(
  doc: PDFKit.PDFDocument,
  council: CouncilState,
  { member, link }: Slip,
  box: { x: number; y: number; width: number; height: number },
  locale: Locale,
): void {
  const w = WORDS[locale];
  const pad = 12;
  doc
    .save()
    .lineWidth(0.6)
    .dash(4, { space: 3 })
    .strokeColor('#888')
    .rect(box.x, box.y, box.width, box.height)
    .stroke();
  doc.restore();
  const textWidth = box.width - QR_SIZE - pad * 3;
  const left = box.x + pad;
  doc.font('regular').fontSize(9).fillColor('black');
  doc.text(council.name, left, box.y + pad, { width: textWidth, height: 24, ellipsis: true });
  doc
    .font('bold')
    .fontSize(20)
    .text(member.name, left, box.y + pad + 26, { width: textWidth, height: 28, ellipsis: true });
  doc.font('regular').fontSize(11);
  const facts: string[] = [];
  if (member.household)
    facts.push(`${termsIn(locale).record.household}${locale === 'zh-CN' ? '：' : ': '}${member.household}`);
  if (member.group) {
    const group = termOf('groups', member.group, locale) ?? member.group;
    facts.push(`${w.group}${locale === 'zh-CN' ? '：' : ': '}${group}`);
  }
  doc.text(facts.join('\n'), left, box.y + pad + 60, { width: textWidth });
  doc.fontSize(8.5).text(w.hint, left, box.y + box.height - pad - 52, { width: box.width - pad * 2, height: 52 });
  drawQr(doc, link, box.x + box.width - QR_SIZE - pad, box.y + pad, QR_SIZE);
}
