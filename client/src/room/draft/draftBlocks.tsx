/**
 * A draft (the Tiptap / y-prosemirror document in a `Y.XmlFragment`) as React elements, read
 * straight from the Yjs document: paragraphs, headings, bullet and numbered lists, bold and italic,
 * hard breaks, the nodes the editor writes (DraftEditor's StarterKit settings). An element of a kind
 * it does not know still shows its text, so nothing typed elsewhere is hidden. Shapes follow
 * y-prosemirror: an element's `nodeName` is the ProseMirror node's name and its attributes the node's
 * attributes; a text's delta carries each mark as an attribute named after it.
 */
import type { ReactNode } from 'react';
import * as Y from 'yjs';

type Node = Y.XmlElement | Y.XmlText | Y.XmlHook;

const BLOCK_TAGS: Record<string, 'p' | 'ul' | 'ol' | 'li'> = {
  paragraph: 'p',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
};

/** The fragment's blocks, as the editor would lay them out. */
export function renderBlocks(fragment: Y.XmlFragment | Y.XmlElement): ReactNode[] {
  return (fragment.toArray() as Node[]).map((node, index) => renderNode(node, index));
}

function renderNode(node: Node, key: number): ReactNode {
  if (node instanceof Y.XmlText) return renderText(node, key);
  if (!(node instanceof Y.XmlElement)) return null;
  if (node.nodeName === 'hardBreak') return <br key={key} />;
  if (node.nodeName === 'heading') {
    // The editor offers levels 2 and 3 (the panel's own heading is above them).
    const Tag = Number(node.getAttribute('level')) === 2 ? 'h2' : 'h3';
    return <Tag key={key}>{textBlock(node)}</Tag>;
  }
  if (node.nodeName === 'orderedList') {
    const start = Number(node.getAttribute('start') ?? 1);
    return (
      <ol key={key} start={Number.isInteger(start) ? start : 1}>
        {renderBlocks(node)}
      </ol>
    );
  }
  const Tag = BLOCK_TAGS[node.nodeName] ?? 'div';
  return <Tag key={key}>{Tag === 'p' ? textBlock(node) : renderBlocks(node)}</Tag>;
}

/** An empty paragraph holds a `<br>`, as in the editor: a caret can be put in it. */
const textBlock = (node: Y.XmlElement) => (node.length ? renderBlocks(node) : <br />);

interface DeltaOp {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

function renderText(text: Y.XmlText, key: number): ReactNode {
  const runs = (text.toDelta() as DeltaOp[]).flatMap((op, index) => {
    if (typeof op.insert !== 'string') return [];
    let run: ReactNode = op.insert;
    if (op.attributes?.['italic']) run = <em>{run}</em>;
    if (op.attributes?.['bold']) run = <strong>{run}</strong>;
    return [<span key={index}>{run}</span>];
  });
  return <span key={key}>{runs}</span>;
}
