/**
 * What a draft can hold, and how big it is. A draft is the y-prosemirror shape in a `Y.XmlFragment`:
 * elements (paragraphs, headings, lists) and texts nested in elements, elements with attributes,
 * texts with characters and formatting marks. Anything else — map entries on the fragment itself,
 * nested maps, arrays, binary data, sub-documents, embeds, attributes on texts — is not a draft,
 * and the room document refuses it (docs/protocol.md, "Draft resolution").
 */
import * as Y from 'yjs';
import type { Placement } from './placement.js';

type Content = Y.Item['content'];
/** Any shared type (the root fragment, an element, a text). */
export type YType = ReturnType<Y.Doc['get']>;

/** Element levels a draft may nest (a list in a list is two); the plain-text rendering recurses. */
export const MAX_DRAFT_DEPTH = 40;

/** Whether a draft can hold `content` at `placement`. */
export function draftCanHold(placement: Placement, content: Content): boolean {
  if (placement.parent === 'other') return false;
  if (placement.key !== null) {
    // Attributes: plain values on elements (a heading's level, a list's start).
    return placement.parent === 'element' && (content instanceof Y.ContentAny || content instanceof Y.ContentDeleted);
  }
  if (content instanceof Y.ContentDeleted) return true; // content deleted before it was sent; only its length is left
  if (placement.parent === 'text') return content instanceof Y.ContentString || content instanceof Y.ContentFormat;
  return (
    placement.depth < MAX_DRAFT_DEPTH &&
    content instanceof Y.ContentType &&
    (content.type instanceof Y.XmlElement || content.type instanceof Y.XmlText)
  );
}

/**
 * The size of a draft in bytes: what its items take in the document's encoding (Yjs update format
 * v1), deleted runs included, since Yjs keeps a marker for each. Walks every item once.
 */
export function draftBytes(fragment: YType): number {
  let total = 0;
  const types: YType[] = [fragment];
  const visit = (item: Y.Item) => {
    total += itemBytes(item);
    if (item.content instanceof Y.ContentType) types.push(item.content.type);
  };
  while (types.length > 0) {
    const type = types.pop()!;
    for (let item = type._start; item; item = item.right) visit(item);
    // A map keeps its latest entry per key; the entries it replaced hang to its left.
    for (const latest of type._map.values()) for (let item: Y.Item | null = latest; item; item = item.left) visit(item);
  }
  return total;
}

/**
 * One item as Yjs encodes it: an info byte, its neighbours' ids (or its parent), its content —
 * or, as a `marker`, only the length of its content (what is left once it is deleted).
 */
export function itemBytes(item: Y.Item, marker = false): number {
  let bytes = 1;
  if (item.origin) bytes += idBytes(item.origin);
  if (item.rightOrigin) bytes += idBytes(item.rightOrigin);
  if (!item.origin && !item.rightOrigin) {
    bytes += 1 + parentBytes(item.parent);
    if (item.parentSub !== null) bytes += stringBytes(item.parentSub);
  }
  return bytes + (marker ? uintBytes(item.length) : contentBytes(item.content));
}

function contentBytes(content: Content): number {
  if (content instanceof Y.ContentString) return stringBytes(content.str);
  if (content instanceof Y.ContentDeleted) return uintBytes(content.len);
  if (content instanceof Y.ContentFormat) return stringBytes(content.key) + jsonBytes(content.value);
  if (content instanceof Y.ContentType) {
    const name = content.type instanceof Y.XmlElement ? content.type.nodeName : '';
    return 1 + (name ? stringBytes(name) : 0);
  }
  if (content instanceof Y.ContentAny) return content.arr.reduce((sum: number, value) => sum + jsonBytes(value), 1);
  if (content instanceof Y.ContentEmbed) return jsonBytes(content.embed);
  if (content instanceof Y.ContentBinary) return uintBytes(content.content.length) + content.content.length;
  if (content instanceof Y.ContentJSON) return content.arr.reduce((sum: number, value) => sum + jsonBytes(value), 1);
  return content.getLength() + 8;
}

function parentBytes(parent: unknown): number {
  if (typeof parent === 'string') return stringBytes(parent);
  if (parent instanceof Y.ID) return idBytes(parent);
  if (parent instanceof Y.AbstractType && parent._item) return idBytes(parent._item.id);
  return 16; // a root named by its key: `draft:` and an item id
}

const idBytes = (id: Y.ID) => uintBytes(id.client) + uintBytes(id.clock);
const stringBytes = (text: string) => {
  const length = Buffer.byteLength(text, 'utf8');
  return uintBytes(length) + length;
};
const jsonBytes = (value: unknown) => stringBytes(JSON.stringify(value) ?? 'null');

/** Bytes of an unsigned varint (lib0's encoding: seven bits a byte). */
function uintBytes(value: number): number {
  let bytes = 1;
  for (let rest = Math.floor(value / 128); rest > 0; rest = Math.floor(rest / 128)) bytes += 1;
  return bytes;
}
