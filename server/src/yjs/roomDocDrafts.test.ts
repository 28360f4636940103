/** The room document keeps drafts only: of existing items, of a draft's shape, within caps, never into a locked one. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from '../store/sqliteStore.js';
import { paragraph, testRoom, TestEditor, textAt } from '../testing/docTestClient.js';
import { MAX_DRAFT_DEPTH } from './draftShape.js';

const storedDoc = async (store: SqliteStore) => {
  const doc = new Y.Doc();
  for (const { update } of await store.loadDocUpdates('room-1')) Y.applyUpdate(doc, update);
  return doc;
};

describe('RoomDoc: a locked draft', () => {
  it('keeps an open draft’s part of an update and refuses the locked one’s; the sender converges without reconnecting', async () => {
    const { roomDoc, store, locked } = await testRoom();
    const ana = new TestEditor(roomDoc);
    const bo = new TestEditor(roomDoc);
    locked.add('a'); // Ana's tab has not heard of the lock yet
    ana.edit(() => {
      ana.draft('a').push([paragraph('Too late for the vote.')]);
      ana.draft('b').push([paragraph('Plant trees.')]);
    });

    expect(ana.send()).toBeNull(); // no close: Ana stays connected
    expect(roomDoc.renderText('a')).toBe('');
    expect(roomDoc.renderText('b')).toBe('Plant trees.');
    expect(ana.notices).toEqual([{ reason: 'draft.lockedEdit', itemId: 'a' }]);
    expect(ana.draft('a').length).toBe(0); // the refused paragraph is gone from Ana's copy too
    expect(bo.draft('b').toString()).toBe(ana.draft('b').toString());
    expect(bo.draft('a').length).toBe(0);

    // Ana's next edits build on her own clocks, refused ones included, and are kept.
    ana.edit(() => ana.draft('b').push([paragraph('Water them weekly.')])).send();
    expect(roomDoc.renderText('b')).toBe('Plant trees.\nWater them weekly.');
    locked.delete('a');
    ana.edit(() => ana.draft('a').push([paragraph('After the unlock.')])).send();
    expect(roomDoc.renderText('a')).toBe('After the unlock.');
    await roomDoc.flush();
    expect((await storedDoc(store)).getXmlFragment('draft:a').toString()).not.toContain('Too late');
  });

  it('undoes a deletion in a locked draft at once, for everyone and the sender, so the frozen text never changes', async () => {
    const { roomDoc, locked } = await testRoom();
    const ana = new TestEditor(roomDoc);
    const bo = new TestEditor(roomDoc);
    ana
      .edit(() => {
        const heading = new Y.XmlElement('heading');
        heading.setAttribute('level', '2');
        heading.insert(0, [new Y.XmlText('Roads')]);
        ana.draft('a').push([heading, paragraph('Fix the east road.'), paragraph('Before May.')]);
        textAt(ana.draft('a'), 1).format(0, 3, { bold: {} });
      })
      .send();
    const frozen = roomDoc.doc.getXmlFragment('draft:a').toString();
    const frozenText = roomDoc.renderText('a');
    locked.add('a');

    ana.edit(() => {
      textAt(ana.draft('a'), 1).delete(4, 5); // a word
      textAt(ana.draft('a'), 1).insert(4, 'west'); // replaced
      ana.draft('a').delete(2, 1); // a paragraph
      (ana.draft('a').get(0) as Y.XmlElement).setAttribute('level', '3'); // an attribute
      textAt(ana.draft('a'), 1).format(0, 3, { bold: null }); // a mark
    });
    expect(ana.send()).toBeNull();

    expect(roomDoc.renderText('a')).toBe(frozenText);
    expect(roomDoc.doc.getXmlFragment('draft:a').toString()).toBe(frozen);
    expect(ana.draft('a').toString()).toBe(frozen);
    expect(bo.draft('a').toString()).toBe(frozen);
    expect(ana.notices).toEqual([{ reason: 'draft.lockedEdit', itemId: 'a' }]);

    // A resync (a reconnect) resends Ana's whole delete set: it changes nothing now.
    const resync = Y.encodeStateAsUpdate(ana.doc, Y.encodeStateVector(roomDoc.doc));
    expect(roomDoc.applyUpdateFrom(resync, ana.peer)).toBeNull();
    expect(roomDoc.doc.getXmlFragment('draft:a').toString()).toBe(frozen);
  });
});

describe('RoomDoc: only drafts', () => {
  it('refuses other roots and drafts of unknown items without storing them, and everyone carries on', async () => {
    const { roomDoc, store } = await testRoom({ settings: { maxDocBytes: 4_000_000 } });
    const host = new TestEditor(roomDoc);
    const mallory = new TestEditor(roomDoc);
    // The defect: 28 updates of junk in a Y.Map filled the document until every edit was refused.
    for (let i = 0; i < 28; i += 1) {
      mallory.edit((doc) => doc.getMap('junk').set(`k${i}`, 'x'.repeat(150_000)));
      expect(mallory.send()).toBeNull();
    }
    mallory.edit((doc) => doc.getXmlFragment('draft:constructor').push([paragraph('Not an item.')]));
    mallory.edit((doc) => doc.getXmlFragment('draft:zz').push([paragraph('No such item.')]));
    mallory.edit((doc) => doc.getText('notes').insert(0, 'Somewhere else.'));
    expect(mallory.send()).toBeNull();

    expect(mallory.notices.map((n) => n.reason)).toEqual(Array(31).fill('draft.notADraft'));
    expect(mallory.notices.slice(-3).map((n) => n.itemId)).toEqual(expect.arrayContaining(['constructor', 'zz', null]));
    expect(host.doc.getMap('junk').size).toBe(0);
    expect(mallory.doc.getMap('junk').size).toBe(0); // deleted at the sender as well
    expect(Y.encodeStateAsUpdate(roomDoc.doc).length).toBeLessThan(1_000);

    host.edit(() => host.draft('a').push([paragraph('The host still types.')]));
    expect(host.send()).toBeNull();
    expect(roomDoc.renderText('a')).toBe('The host still types.');
    await roomDoc.flush();
    const stored = await store.loadDocUpdates('room-1');
    expect(stored.reduce((sum, row) => sum + row.update.length, 0)).toBeLessThan(2_000);
    expect((await storedDoc(store)).getMap('junk').size).toBe(0);
  });

  it.each([
    ['a map entry on the draft itself', (doc: Y.Doc) => (doc.getMap('draft:a') as Y.Map<unknown>).set('k', 'v')],
    [
      'a map inside an element',
      (doc: Y.Doc) => {
        const p = paragraph('x');
        p.insert(1, [new Y.XmlText('y')]);
        doc.getXmlFragment('draft:a').push([p]);
        (p as unknown as { insert(i: number, c: unknown[]): void }).insert(0, [new Y.Map()]);
      },
    ],
    ['a plain text at the top level', (doc: Y.Doc) => doc.getArray('draft:a').push([new Y.Text('plain')])],
    ['binary data in a text', (doc: Y.Doc) => doc.getArray('draft:a').push([new Uint8Array([1, 2, 3])])],
    [
      'an embed in a text',
      (doc: Y.Doc) => {
        const text = new Y.XmlText('x');
        doc.getXmlFragment('draft:a').push([text]);
        text.insertEmbed(1, { image: 'http://example.invalid/x.png' });
      },
    ],
    [
      'an attribute on a text',
      (doc: Y.Doc) => {
        const text = new Y.XmlText('x');
        doc.getXmlFragment('draft:a').push([text]);
        text.setAttribute('style', 'color: red');
      },
    ],
    [
      `elements nested ${MAX_DRAFT_DEPTH + 1} deep`,
      (doc: Y.Doc) => {
        let inner = paragraph('deep');
        for (let i = 0; i < MAX_DRAFT_DEPTH; i += 1) {
          const outer = new Y.XmlElement('listItem');
          outer.insert(0, [inner]);
          inner = outer;
        }
        doc.getXmlFragment('draft:a').push([inner]);
      },
    ],
  ])('refuses %s whole, in that draft only', async (_, write) => {
    const { roomDoc } = await testRoom();
    const mallory = new TestEditor(roomDoc);
    mallory.edit((doc) => {
      doc.getXmlFragment('draft:b').push([paragraph('A fine line.')]);
      write(doc);
    });
    expect(mallory.send()).toBeNull();
    expect(mallory.notices).toEqual([{ reason: 'draft.badContent', itemId: 'a' }]);
    expect(Y.encodeStateAsUpdate(roomDoc.doc).length).toBeLessThan(200); // b's line and collected ranges
    expect(roomDoc.renderText('a')).toBe('');
    expect(roomDoc.renderText('b')).toBe('A fine line.');
  });

  it('keeps what the editor writes: headings, lists in lists, marks, attributes, and text typed then deleted offline', async () => {
    const { roomDoc } = await testRoom();
    const ana = new TestEditor(roomDoc);
    ana.edit(() => {
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', '2');
      heading.insert(0, [new Y.XmlText('Roads')]);
      const inner = new Y.XmlElement('bulletList');
      const innerItem = new Y.XmlElement('listItem');
      innerItem.insert(0, [paragraph('Sub-point')]);
      inner.insert(0, [innerItem]);
      const item = new Y.XmlElement('listItem');
      item.insert(0, [paragraph('Point'), inner]);
      const list = new Y.XmlElement('orderedList');
      list.setAttribute('start', '1');
      list.insert(0, [item]);
      ana.draft('a').push([heading, list, paragraph('Typed, then gone.')]);
      textAt(ana.draft('a'), 2).format(0, 5, { italic: {} });
    });
    ana.edit(() => ana.draft('a').delete(2, 1)); // offline: the server gets it as deleted content
    expect(ana.send()).toBeNull();
    expect(ana.notices).toEqual([]);
    expect(roomDoc.doc.getXmlFragment('draft:a').toString()).toBe(ana.draft('a').toString());
    expect(roomDoc.renderText('a')).toBe('Roads\n1. Point\n   - Sub-point');
  });
});

describe('RoomDoc: caps', () => {
  const settings = { maxDraftBytes: 2_000, maxDocBytes: 100_000 };

  it('refuses the change that would take a draft past its cap, tells its editor, and no one else notices', async () => {
    const { roomDoc } = await testRoom({ settings });
    const ana = new TestEditor(roomDoc);
    const bo = new TestEditor(roomDoc);
    ana.edit(() => ana.draft('a').push([paragraph('x'.repeat(1_500))])).send();
    ana.edit(() => ana.draft('a').push([paragraph('y'.repeat(1_000))]));
    expect(ana.send()).toBeNull();
    expect(ana.notices).toEqual([{ reason: 'draft.tooLarge', itemId: 'a', limit: 2_000 }]);
    expect(roomDoc.renderText('a')).toBe('x'.repeat(1_500));
    expect(ana.draft('a').toString()).toBe(roomDoc.doc.getXmlFragment('draft:a').toString());

    // Bo's draft, and Ana's small edits to her own, go on.
    const received = ana.received;
    bo.edit(() => bo.draft('b').push([paragraph('y'.repeat(1_500))]));
    expect(bo.send()).toBeNull();
    expect(ana.received).toBe(received + 1);
    expect(ana.draft('b').toString()).toBe(bo.draft('b').toString());
    ana.edit(() => textAt(ana.draft('a'), 0).insert(0, 'Short. ')).send();
    expect(roomDoc.renderText('a')).toBe(`Short. ${'x'.repeat(1_500)}`);
    expect(ana.notices).toHaveLength(1);

    // Deleting frees room: the collected text leaves a small marker.
    ana.edit(() => textAt(ana.draft('a'), 0).delete(0, 1_000)).send();
    ana.edit(() => ana.draft('a').push([paragraph('z'.repeat(800))])).send();
    expect(roomDoc.renderText('a')).toBe(`${'x'.repeat(507)}\n${'z'.repeat(800)}`);
  });

  it('keeps an edit made next to refused content before the refusal arrived, for everyone', async () => {
    const { roomDoc } = await testRoom({ settings });
    const ana = new TestEditor(roomDoc);
    const bo = new TestEditor(roomDoc);
    ana.edit(() => ana.draft('a').push([paragraph('x'.repeat(1_500))])).send();
    ana.hold().edit(() => textAt(ana.draft('a'), 0).insert(1_500, 'y'.repeat(1_000)));
    expect(ana.send()).toBeNull(); // refused; the answer is still on its way
    ana.edit(() => textAt(ana.draft('a'), 0).insert(2_500, ' ok')); // typed right after the paste
    ana.deliver();
    expect(textAt(ana.draft('a'), 0).toString()).toBe(`${'x'.repeat(1_500)} ok`);
    expect(ana.send()).toBeNull();
    expect(roomDoc.renderText('a')).toBe(`${'x'.repeat(1_500)} ok`);
    expect(bo.draft('a').toString()).toBe(ana.draft('a').toString());
  });

  it('keeps the whole-document cap as a last line that one draft cannot reach: beyond it, new content is refused as roomFull', async () => {
    const { roomDoc } = await testRoom({
      items: ['a', 'b', 'c'],
      settings: { maxDraftBytes: 2_000, maxDocBytes: 4_000 },
    });
    const ana = new TestEditor(roomDoc);
    ana.edit(() => ana.draft('a').push([paragraph('x'.repeat(1_900))])).send();
    ana.edit(() => ana.draft('b').push([paragraph('y'.repeat(1_900))])).send();
    expect(ana.notices).toEqual([]);
    ana.edit(() => ana.draft('c').push([paragraph('z'.repeat(500))]));
    expect(ana.send()).toBeNull();
    expect(ana.notices).toEqual([{ reason: 'draft.roomFull', itemId: 'c', limit: 4_000 }]);
    expect(roomDoc.renderText('c')).toBe('');
    expect(Y.encodeStateAsUpdate(roomDoc.doc).length).toBeLessThanOrEqual(4_000); // not even markers past the line
    ana.edit(() => ana.draft('a').delete(0, 1)).send(); // deletions still apply
    expect(roomDoc.renderText('a')).toBe('');
  });
});

describe('RoomDoc: a room polluted before drafts were checked', () => {
  it('drops stored junk on load, so it counts against no one, and rewrites the log without it', async () => {
    const store = new SqliteStore(':memory:');
    const old = new Y.Doc();
    const log = (change: () => void) => {
      const before = Y.encodeStateVector(old);
      change();
      return store.appendDocUpdate('room-1', Y.encodeStateAsUpdate(old, before));
    };
    await log(() => old.getXmlFragment('draft:a').push([paragraph('Kept line.')]));
    for (let i = 0; i < 28; i += 1) await log(() => old.getMap('junk').set(`k${i}`, 'x'.repeat(150_000)));
    await log(() => old.getXmlFragment('draft:gone').push([paragraph('A draft of no item.')]));
    await log(() => textAt(old.getXmlFragment('draft:a'), 0).insert(10, ' Still kept.'));

    const { roomDoc } = await testRoom({ store, settings: { maxDocBytes: 4_000_000 } });
    expect(roomDoc.renderText('a')).toBe('Kept line. Still kept.');
    expect(roomDoc.doc.share.has('junk')).toBe(false);
    const host = new TestEditor(roomDoc);
    host.edit(() => host.draft('a').push([paragraph('The host types again.')]));
    expect(host.send()).toBeNull();
    expect(roomDoc.renderText('a')).toBe('Kept line. Still kept.\nThe host types again.');

    await roomDoc.flush(); // after the compaction the load started
    const rows = await store.loadDocUpdates('room-1');
    expect(rows.reduce((sum, row) => sum + row.update.length, 0)).toBeLessThan(2_000);
    const stored = await storedDoc(store);
    expect(stored.getMap('junk').size).toBe(0);
    expect(stored.getXmlFragment('draft:gone').length).toBe(0);
  });
});
