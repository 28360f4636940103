/** Draws the minutes' blocks as Markdown (CommonMark with GFM tables). */
import type { Block } from './layout.js';

/** Escapes what Markdown would read as markup (or HTML) in text people wrote. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

/** A line of quoted text: escaped, and kept from starting a list or heading of its own. */
function quoteLine(line: string): string {
  const escaped = line.replace(/[\\`*_[\]<>|~#]/g, '\\$&').replace(/^(\s*)([-+]|\d+[.)])(?=\s)/, '$1\\$2');
  return escaped.length > 0 ? `> ${escaped}` : '>';
}

/**
 * Quoted text with its paragraphs and line breaks as written: lines of one paragraph end in a hard
 * break (a backslash), and an empty line between paragraphs stays an empty quoted line. Without
 * the breaks, consecutive quoted lines would run together into one.
 */
function quoteBlock(lines: readonly string[]): string {
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    if (line.trim().length === 0) {
      if (paragraphs.at(-1)!.length > 0) paragraphs.push([]);
    } else paragraphs.at(-1)!.push(line);
  }
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.map(quoteLine).join('\\\n'))
    .join('\n>\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `# ${inline(block.text)}`;
    case 'heading':
      return `${'#'.repeat(block.level)} ${inline(block.text)}`;
    case 'field':
      return `**${inline(block.label.trimEnd())}** ${inline(block.value)}`;
    case 'paragraph':
      return inline(block.text);
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${inline(item)}`).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map(inline).join(' | ')} |`;
      return [row(block.header), row(block.header.map(() => '---')), ...block.rows.map(row)].join('\n');
    }
    case 'quote':
      return quoteBlock(block.lines);
  }
}

export function renderMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(renderBlock).join('\n\n')}\n`;
}
