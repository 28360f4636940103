import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { splitUpdate } from './updateParts.js';

const MAX = 1_000_000 - 1_000;

function paragraph(fragment: Y.XmlFragment, text: string, at = fragment.length): Y.XmlText {
  const element = new Y.XmlElement('paragraph');
  const content = new Y.XmlText(text);
  element.insert(0, [content]);
  fragment.insert(at, [element]);
  return content;
}

/** Two devices writing into each other's paragraphs, four drafts of ~430 KB, the server with the first: 1.3 MB it lacks. */
function oldCopy(): { old: Y.Doc; base: Y.Doc } {
  const old = new Y.Doc();
  const other = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(other, Y.encodeStateAsUpdate(old, Y.encodeStateVector(other)));
    Y.applyUpdate(old, Y.encodeStateAsUpdate(other, Y.encodeStateVector(old)));
  };
  const base = new Y.Doc();
  for (const item of ['a', 'b', 'c', 'd']) {
    const fragment = old.getXmlFragment(`draft:${item}`);
    for (let i = 0; i < 20; i += 1) {
      const text = paragraph(fragment, `${item}${i} ${'x'.repeat(10_000)}`);
      text.insert(3, 'y'.repeat(500)); // a second struct inside the first
      sync();
      // The other device writes into this paragraph, then this one after the other's words.
      const theirs = other.getXmlFragment(`draft:${item}`).get(i) as Y.XmlElement;
      (theirs.get(0) as Y.XmlText).insert(5, 'z'.repeat(10_000));
      sync();
      text.insert(text.length, 'w'.repeat(1_000));
      text.delete(0, 1); // deletions too
    }
    // The server had the first draft only.
    if (item === 'a') Y.applyUpdate(base, Y.encodeStateAsUpdate(old));
  }
  sync();
  return { old, base };
}

const contents = (doc: Y.Doc) => ['a', 'b', 'c', 'd'].map((item) => doc.getXmlFragment(`draft:${item}`).toString());

describe('splitUpdate', () => {
  it('cuts an update over one message into parts that each fit and apply in turn, to the whole', () => {
    const { old, base } = oldCopy();
    const missing = Y.encodeStateAsUpdate(old, Y.encodeStateVector(base));
    expect(missing.length).toBeGreaterThan(MAX);
    const { parts, unsent } = splitUpdate(base, missing, MAX);
    expect(unsent).toBe(0);
    expect(parts.length).toBeGreaterThan(1);
    const receiver = new Y.Doc();
    Y.applyUpdate(receiver, Y.encodeStateAsUpdate(base));
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(MAX);
      Y.applyUpdate(receiver, part);
      // Nothing waits for content a later part would bring: the server takes each part as it comes.
      expect(receiver.store.pendingStructs).toBeNull();
      expect(receiver.store.pendingDs).toBeNull();
    }
    expect(contents(receiver)).toEqual(contents(old));
    expect(contents(receiver)[1]).not.toBe('');
    // Idempotent: every part again changes nothing.
    const state = Y.encodeStateAsUpdate(receiver);
    for (const part of parts) Y.applyUpdate(receiver, part);
    const again = Y.encodeStateAsUpdate(receiver);
    expect(again.length === state.length && again.every((byte, i) => byte === state[i])).toBe(true);
    expect(contents(receiver)).toEqual(contents(old));
  });

  it('leaves out a struct larger than a part, and what comes after it from its device', () => {
    const old = new Y.Doc();
    paragraph(old.getXmlFragment('draft:a'), 'Stalls close at six.');
    paragraph(old.getXmlFragment('draft:a'), 'p'.repeat(1_200_000));
    paragraph(old.getXmlFragment('draft:a'), 'Fish on Fridays.');
    const base = new Y.Doc();
    const { parts, unsent } = splitUpdate(base, Y.encodeStateAsUpdate(old), MAX);
    expect(unsent).toBeGreaterThan(0);
    const receiver = new Y.Doc();
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(MAX);
      Y.applyUpdate(receiver, part);
      expect(receiver.store.pendingStructs).toBeNull();
    }
    expect(receiver.getXmlFragment('draft:a').toString()).toContain('Stalls close at six.');
  });

  it('refuses a part size that holds nothing', () => {
    expect(() => splitUpdate(new Y.Doc(), new Uint8Array([0, 0]), 10)).toThrow(/holds nothing/);
  });
});
