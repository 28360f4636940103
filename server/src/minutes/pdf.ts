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
export const BOLD_FONT = path.join(FONT_DIR, 'NotoSansHans-Bold.otf');

const BASE_SIZES = { title: 18, 2: 15, 3: 13, 4: 11.5, body: 10.5 } as const;
type Sizes = { -readonly [K in keyof typeof BASE_SIZES]: number };
const sizes = (scale: number): Sizes => ({
  title: BASE_SIZES.title * scale,
  2: BASE_SIZES[2] * scale,
  3: BASE_SIZES[3] * scale,
  4: BASE_SIZES[4] * scale,
  body: BASE_SIZES.body * scale,
});

function drawBlock(doc: PDFKit.PDFDocument, block: Block, scale: number): void {
  const SIZES = sizes(scale);
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
        data: [block.header.map((text) => ({ text, font: { src: BOLD_FONT } })), ...block.rows],
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

/**
 * A new A4 document with Noto Sans SC registered as `regular` and `bold`, and the promise of its
 * bytes once `doc.end()` is called: the one way every PDF of ours (the minutes, the notice, the
 * paper forms in paper/) is made, so each embeds the same font.
 */
export function pdfDocument(meta: { title: string }, margin = 56): { doc: PDFKit.PDFDocument; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({ size: 'A4', margin, info: { Title: meta.title, Creator: 'Deliberation Room' } });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD_FONT);
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

/**
 * Draws `blocks` at the cursor, type `scale` times the minutes' size (the poster for the notice
 * board and the paper forms use 1.4–1.6: large type for older readers).
 */
export function drawBlocks(doc: PDFKit.PDFDocument, blocks: readonly Block[], scale = 1): void {
  for (const block of blocks) drawBlock(doc, block, scale);
}

/** The PDF file's bytes (A4). */
export function renderPdf(blocks: readonly Block[], meta: { title: string }): Promise<Buffer> {
  const { doc, bytes } = pdfDocument(meta);
  drawBlocks(doc, blocks);
  doc.end();
  return bytes;
}
