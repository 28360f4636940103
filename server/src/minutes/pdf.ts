/**
 * Draws the minutes' blocks (layout.ts) as a PDF with pdfkit, in Noto Sans SC (Simplified Chinese,
 * with Latin), embedded and subset from the `@embedpdf/fonts-sc` package: the file shows and copies
 * the same Chinese text on any machine, with no font installed. The notice (archive/noticeBlocks.ts)
 * uses the same blocks and this renderer.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Block } from './layout.js';

const require = createRequire(import.meta.url);
// The package exports only its font list; the files sit in `fonts/` beside `dist/`.
const FONT_DIR = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '../fonts');
const REGULAR = path.join(FONT_DIR, 'NotoSansHans-Regular.otf');
const BOLD = path.join(FONT_DIR, 'NotoSansHans-Bold.otf');

const SIZES = { title: 18, 2: 15, 3: 13, 4: 11.5, body: 10.5 } as const;

function drawBlock(doc: PDFKit.PDFDocument, block: Block): void {
  switch (block.kind) {
    case 'title':
      doc.font('bold').fontSize(SIZES.title).text(block.text).moveDown(0.6);
      return;
    case 'heading':
      doc.moveDown(0.4).font('bold').fontSize(SIZES[block.level]).text(block.text).moveDown(0.2);
      return;
    case 'field':
      doc.font('bold').fontSize(SIZES.body).text(`${block.label.trimEnd()} `, { continued: true });
      doc.font('regular').text(block.value);
      return;
    case 'paragraph':
      doc.font('regular').fontSize(SIZES.body).text(block.text).moveDown(0.2);
      return;
    case 'list':
      doc.font('regular').fontSize(SIZES.body);
      block.items.forEach((item, i) => doc.text(`${block.ordered ? `${i + 1}.` : '•'} ${item}`, { indent: 12 }));
      doc.moveDown(0.2);
      return;
    case 'table':
      doc.font('regular').fontSize(SIZES.body - 1);
      doc.table({
        data: [block.header.map((text) => ({ text, font: { src: BOLD } })), ...block.rows],
      });
      doc.moveDown(0.4);
      return;
    case 'quote':
      doc.font('regular').fontSize(SIZES.body);
      for (const line of block.lines) doc.text(line || ' ', { indent: 24 });
      doc.moveDown(0.2);
      return;
  }
}

/** The PDF file's bytes (A4). */
export function renderPdf(blocks: readonly Block[], meta: { title: string }): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: meta.title, Creator: 'Deliberation Room' } });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const block of blocks) drawBlock(doc, block);
  doc.end();
  return done;
}
