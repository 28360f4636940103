/**
 * Renders a draft (the Tiptap / y-prosemirror document in a `Y.XmlFragment`) to plain text: the
 * text a consensus round freezes, hashes and shows to voters. One line per paragraph, heading or
 * list item; list items keep their marker ("- " or "1. ") because a resolution's points are referred
 * to by number, and nested blocks line up under their item's text. Marks (bold, italic) are dropped,
 * and so is trailing white space, which nobody can see but would change the text's hash.
 *
 * Shared so that the server (which freezes the text) and the browser (which shows versions and
 * compares them) render a draft the same way. Imported as `@dr/shared/draftText`, so screens that
 * show no draft do not load Yjs.
 */
import * as Y from 'yjs';

/** Elements whose children are blocks of their own, not inline content. */
const CONTAINERS = new Set(['blockquote', 'taskList', 'details', 'detailsContent']);

type Node = Y.XmlElement | Y.XmlText | Y.XmlHook;

export function renderFragmentText(fragment: Y.XmlFragment): string {
  const lines: string[] = [];
  renderBlocks(fragment.toArray(), '', lines);
  return lines
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\s+$/g, '');
}

function renderBlocks(nodes: Node[], indent: string, lines: string[]): void {
  for (const node of nodes) {
    if (node instanceof Y.XmlText) lines.push(indent + inlineText([node], indent));
    if (!(node instanceof Y.XmlElement)) continue;
    if (node.nodeName === 'bulletList') {
      node.toArray().forEach((item) => renderListItem(item, indent, '- ', lines));
    } else if (node.nodeName === 'orderedList') {
      const start = Number(node.getAttribute('start') ?? 1);
      const first = Number.isInteger(start) ? start : 1;
      node.toArray().forEach((item, i) => renderListItem(item, indent, `${first + i}. `, lines));
    } else if (CONTAINERS.has(node.nodeName)) {
      renderBlocks(node.toArray(), indent, lines);
    } else {
      lines.push(indent + inlineText(node.toArray(), indent));
    }
  }
}

/** The item's blocks line up under its text; its first line carries the marker. */
function renderListItem(item: Node, indent: string, marker: string, lines: string[]): void {
  const inner = indent + ' '.repeat(marker.length);
  const first = lines.length;
  const blocks = item instanceof Y.XmlElement && item.nodeName === 'listItem' ? item.toArray() : [item];
  renderBlocks(blocks, inner, lines);
  if (lines.length === first) lines.push(inner);
  lines[first] = indent + marker + lines[first]!.slice(inner.length);
}

/** The text of a textblock's inline content; a hard break starts a new line at the same indent. */
function inlineText(nodes: Node[], indent: string): string {
  let text = '';
  for (const node of nodes) {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { insert?: unknown }[]) if (typeof op.insert === 'string') text += op.insert;
    } else if (node instanceof Y.XmlElement && node.nodeName === 'hardBreak') {
      text += `\n${indent}`;
    } else if (node instanceof Y.XmlElement) {
      text += inlineText(node.toArray(), indent);
    }
  }
  return text;
}
