import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { paragraph, textAt } from '../testing/docTestClient.js';
import { draftBytes } from './draftShape.js';

/** A draft edited by several people: typing, deleting, marks, attributes, lists. */
function busyDraft(): Y.Doc {
  const doc = new Y.Doc();
  const draft = doc.getXmlFragment('draft:a');
  const people = [1, 2, 3].map(() => new Y.Doc());
  for (const person of people) Y.applyUpdate(person, Y.encodeStateAsUpdate(doc));
  const sync = () => {
    for (const person of people) Y.applyUpdate(doc, Y.encodeStateAsUpdate(person));
    for (const person of people) Y.applyUpdate(person, Y.encodeStateAsUpdate(doc));
  };
  people[0]!.getXmlFragment('draft:a').push([paragraph('We agree to repair the bridge.')]);
  sync();
  for (let round = 0; round < 30; round += 1) {
    people.forEach((person, i) => {
      const fragment = person.getXmlFragment('draft:a');
      const text = textAt(fragment, round % fragment.length);
      text.insert(Math.floor(text.length / (i + 2)), `修改${round}-${i} `);
      if (text.length > 40) text.delete(3, 2);
      if (round % 7 === i) text.format(0, 4, { bold: {} });
      if (round % 10 === i) {
        const heading = new Y.XmlElement('heading');
        heading.setAttribute('level', String(2 + (round % 2)));
        heading.insert(0, [new Y.XmlText(`Part ${round}`)]);
        fragment.push([heading]);
      }
    });
    sync();
  }
  expect(draft.length).toBeGreaterThan(1);
  return doc;
}

describe('draftBytes', () => {
  it('measures a draft as its share of the encoded document, deleted runs included', () => {
    const doc = busyDraft();
    const encoded = Y.encodeStateAsUpdate(doc).length;
    const measured = draftBytes(doc.getXmlFragment('draft:a'));
    // The encoding adds a header per client and the delete set; the items are the rest.
    expect(measured).toBeGreaterThan(encoded * 0.75);
    expect(measured).toBeLessThanOrEqual(encoded);
  });

  it('counts each draft alone', () => {
    const doc = new Y.Doc();
    doc.getXmlFragment('draft:a').push([paragraph('x'.repeat(1_000))]);
    doc.getXmlFragment('draft:b').push([paragraph('y'.repeat(3_000))]);
    expect(draftBytes(doc.getXmlFragment('draft:a'))).toBeGreaterThanOrEqual(1_000);
    expect(draftBytes(doc.getXmlFragment('draft:a'))).toBeLessThan(1_100);
    expect(draftBytes(doc.getXmlFragment('draft:b'))).toBeGreaterThanOrEqual(3_000);
    expect(draftBytes(doc.getXmlFragment('draft:b'))).toBeLessThan(3_100);
  });
});
