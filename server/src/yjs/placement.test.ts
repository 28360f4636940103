import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PlacementResolver, type Placement } from './placement.js';

/** The roots an update's new items go into, and the roots of the live items its delete set removes. */
function touchedRoots(doc: Y.Doc, update: Uint8Array): Set<string> {
  const { structs, ds } = Y.decodeUpdate(update);
  const resolver = new PlacementResolver(doc, structs);
  const roots = new Set<string>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || resolver.isKnown(struct)) continue;
    const placement = resolver.ofNew(struct);
    if (placement) roots.add(placement.root);
  }
  for (const [client, ranges] of ds.clients) {
    for (const { clock, len } of ranges) {
      for (const struct of doc.store.clients.get(client) ?? []) {
        const inRange = struct.id.clock < clock + len && struct.id.clock + struct.length > clock;
        if (!inRange || !(struct instanceof Y.Item) || struct.deleted) continue;
        const placement = resolver.ofDocItem(struct);
        if (placement) roots.add(placement.root);
      }
    }
  }
  return roots;
}

/** The placement of every new item of an update, in order. */
function placements(doc: Y.Doc, update: Uint8Array): (Placement | null)[] {
  const { structs } = Y.decodeUpdate(update);
  const resolver = new PlacementResolver(doc, structs);
  return structs.filter((s): s is Y.Item => s instanceof Y.Item).map((item) => resolver.ofNew(item));
}

/** A server document and a client synced with it; `edit` returns the client's update for the change. */
function pair() {
  const server = new Y.Doc();
  const client = new Y.Doc();
  const edit = (change: (doc: Y.Doc) => void): Uint8Array => {
    const updates: Uint8Array[] = [];
    const listen = (update: Uint8Array) => updates.push(update);
    client.on('update', listen);
    client.transact(() => change(client));
    client.off('update', listen);
    return Y.mergeUpdates(updates);
  };
  /** Applies a client change to the server too, as if it had been accepted. */
  const accept = (change: (doc: Y.Doc) => void) => Y.applyUpdate(server, edit(change));
  /** The roots a client change touches, as the server sees it before accepting it. */
  const touched = (change: (doc: Y.Doc) => void) => {
    const update = edit(change);
    const roots = touchedRoots(server, update);
    Y.applyUpdate(server, update);
    return roots;
  };
  return { server, client, edit, accept, touched };
}

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

const firstText = (doc: Y.Doc, root: string) => (doc.getXmlFragment(root).get(0) as Y.XmlElement).get(0) as Y.XmlText;

describe('PlacementResolver', () => {
  it('names the root a new top-level item goes into, parents created in the same update included', () => {
    const { server, edit } = pair();
    const update = edit((doc) => doc.getXmlFragment('draft:a').push([paragraph('Fix the road')]));
    expect(touchedRoots(server, update)).toEqual(new Set(['draft:a']));
  });

  it('finds the root of an edit deep inside existing content, through parents and neighbours', () => {
    const { accept, touched } = pair();
    accept((doc) => doc.getXmlFragment('draft:a').push([paragraph('Fix the road')]));
    accept((doc) => doc.getXmlFragment('draft:b').push([paragraph('Plant trees')]));
    const a = new Set(['draft:a']);
    const b = new Set(['draft:b']);
    // Appending after existing text is encoded with a left neighbour only, no parent.
    expect(touched((doc) => firstText(doc, 'draft:a').insert(12, ' soon'))).toEqual(a);
    expect(touched((doc) => firstText(doc, 'draft:b').insert(0, 'Please '))).toEqual(b);
    expect(touched((doc) => firstText(doc, 'draft:b').insert(3, 'x'))).toEqual(b); // between two neighbours
    expect(touched((doc) => firstText(doc, 'draft:b').format(0, 5, { bold: true }))).toEqual(b);
    expect(touched((doc) => (doc.getXmlFragment('draft:a').get(0) as Y.XmlElement).setAttribute('x', '1'))).toEqual(a);
    expect(touched((doc) => doc.getXmlFragment('draft:a').insert(0, [paragraph('First')]))).toEqual(a);
  });

  it('counts a deletion of live content, but not a delete set the document already has', () => {
    const { server, client, edit, accept } = pair();
    accept((doc) => doc.getXmlFragment('draft:a').push([paragraph('Fix the road')]));
    accept((doc) => doc.getXmlFragment('draft:b').push([paragraph('Plant trees')]));
    const deletion = edit((doc) => firstText(doc, 'draft:a').delete(0, 4));
    expect(touchedRoots(server, deletion)).toEqual(new Set(['draft:a']));
    Y.applyUpdate(server, deletion);
    // A reconnecting provider's sync step 2 carries its whole delete set, old deletions included.
    const resync = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(touchedRoots(server, resync)).toEqual(new Set());
  });

  it('names every root of an update that spans several, maps included', () => {
    const { server, edit } = pair();
    const update = edit((doc) => {
      doc.getXmlFragment('draft:a').push([paragraph('one')]);
      doc.getXmlFragment('draft:b').push([paragraph('two')]);
      doc.getMap('meta').set('k', 1);
    });
    expect(touchedRoots(server, update)).toEqual(new Set(['draft:a', 'draft:b', 'meta']));
  });

  it('resolves a long offline chain of small edits, each built on the last, without recursion', () => {
    const { server, edit, accept } = pair();
    accept((doc) => doc.getXmlFragment('draft:a').push([paragraph('x')]));
    const update = edit((doc) => {
      const text = firstText(doc, 'draft:a');
      // Alternating ends keeps Yjs from merging the items into one, so origins chain through them.
      for (let i = 0; i < 20_000; i += 1) text.insert(i % 2 === 0 ? 0 : text.length, 'y');
    });
    expect(touchedRoots(server, update)).toEqual(new Set(['draft:a']));
  });

  it('counts nothing for items whose place the document does not have (Yjs would hold them pending)', () => {
    const { server } = pair();
    const other = new Y.Doc();
    other.getXmlFragment('draft:a').push([paragraph('base')]);
    const before = Y.encodeStateVector(other);
    firstText(other, 'draft:a').insert(4, ' more');
    const dangling = Y.encodeStateAsUpdate(other, before); // refers to "base", which the server lacks
    expect(touchedRoots(server, dangling)).toEqual(new Set());
  });

  it('throws on bytes that are not an update', () => {
    const { server } = pair();
    expect(() => touchedRoots(server, new Uint8Array([0xff, 0xff, 0xff]))).toThrow();
  });

  it('tells where each item sits: the root’s children, an element’s children and attributes, a text’s characters', () => {
    const { server, edit, accept } = pair();
    const update = edit((doc) => {
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', '2');
      heading.insert(0, [new Y.XmlText('Roads')]);
      doc.getXmlFragment('draft:a').push([heading]);
    });
    expect(placements(server, update)).toEqual(
      expect.arrayContaining([
        { root: 'draft:a', parent: 'root', key: null, depth: 0 },
        { root: 'draft:a', parent: 'element', key: 'level', depth: 1 },
        { root: 'draft:a', parent: 'element', key: null, depth: 1 },
        { root: 'draft:a', parent: 'text', key: null, depth: 2 },
      ]),
    );
    Y.applyUpdate(server, update);

    // The same places for edits built on what the server has: a map entry on the fragment, text in a nested list.
    accept((doc) => {
      const list = new Y.XmlElement('bulletList');
      const item = new Y.XmlElement('listItem');
      item.insert(0, [paragraph('Point')]);
      list.insert(0, [item]);
      doc.getXmlFragment('draft:a').push([list]);
    });
    const nested = edit((doc) => {
      const list = doc.getXmlFragment('draft:a').get(1) as Y.XmlElement;
      (((list.get(0) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(5, ' one');
    });
    expect(placements(server, nested)).toEqual([{ root: 'draft:a', parent: 'text', key: null, depth: 4 }]);
    const hostile = new Y.Doc();
    hostile.getMap('draft:a').set('junk', 'x'); // a map entry on the fragment itself
    expect(placements(server, Y.encodeStateAsUpdate(hostile))).toEqual([
      { root: 'draft:a', parent: 'root', key: 'junk', depth: 0 },
    ]);
  });

  it('places nothing built on collected content, since Yjs collects it too', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    client.getXmlFragment('draft:a').push([paragraph('gone')]);
    // Someone else deleted the paragraph; the server has collected its text.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(client));
    other.getXmlFragment('draft:a').delete(0, 1);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(other));
    const before = Y.encodeStateVector(client);
    firstText(client, 'draft:a').insert(4, '!'); // built on the collected "gone"
    expect(placements(server, Y.encodeStateAsUpdate(client, before))).toEqual([null]);
  });
});
