/** Draws the minutes' blocks as a Word document (.docx), with the `docx` package. */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Locale } from '@dr/shared';
import type { Block } from './layout.js';

const HEADINGS = { 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2, 4: HeadingLevel.HEADING_3 } as const;

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

function renderBlock(block: Block): FileChild[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.TITLE })];
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level] })];
    case 'field':
      return [
        new Paragraph({
          children: [new TextRun({ text: `${block.label.trimEnd()} `, bold: true }), new TextRun(block.value)],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'list':
      // Numbers are written out, so every list starts at 1 without a numbering definition per list.
      return block.items.map((item, i) =>
        block.ordered
          ? new Paragraph({ text: `${i + 1}. ${item}`, indent: { left: 360, hanging: 360 } })
          : new Paragraph({ text: item, bullet: { level: 0 } }),
      );
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, true)) }),
            ...block.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
          ],
        }),
        new Paragraph({ text: '' }),
      ];
    case 'quote':
      return block.lines.map((line) => new Paragraph({ text: line, indent: { left: 720 } }));
  }
}

/** The .docx file's bytes. */
export async function renderDocx(blocks: readonly Block[], meta: { title: string; locale: Locale }): Promise<Buffer> {
  const document = new Document({
    title: meta.title,
    creator: 'Deliberation Room',
    styles: {
      default: {
        document: {
          run: {
            // A CJK face for Chinese text, so Word does not fall back to one without the characters.
            font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Microsoft YaHei' },
            language: { value: meta.locale === 'zh-CN' ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' },
          },
        },
      },
    },
    sections: [{ children: blocks.flatMap(renderBlock) }],
  });
  return Packer.toBuffer(document);
}
