import * as decoding from 'lib0/decoding';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { SqliteStore } from '../store/sqliteStore.js';
import { RoomDoc, type DocPeer } from './roomDoc.js';
import { CLOSE, type DocSettings } from './yjsProtocol.js';

const logger = pino({ level: 'silent' });

function fakePeer() {
  const sent: Uint8Array[] = [];
  const peer: DocPeer = { controlledIds: new Set(), send: (message) => sent.push(message) };
  /** [type, sub-type] of each message, e.g. [0, 2] for a document update. */
  const kinds = () =>
    sent.map((message) => {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      return type === 0 ? [type, decoding.readVarUint(decoder)] : [type];
    });
  return { peer, sent, kinds };
}

async function loadDoc(options: { locked?: Set<string>; settings?: Partial<DocSettings>; store?: SqliteStore } = {}) {
  const store = options.store ?? new SqliteStore(':memory:');
  const locked = options.locked ?? new Set<string>();
  const items = new Set(['a', 'b']);
  const roomDoc = await RoomDoc.load('room-1', {
    store,
    logger,
    draftAccess: (itemId) => (!items.has(itemId) ? 'none' : locked.has(itemId) ? 'locked' : 'open'),
    settings: { flushDelayMs: 60_000, ...options.settings },
  });
  return { roomDoc, store, locked, items };
}

/** A client's update appending one paragraph to `draft:<itemId>`, built against `base`. */
function paragraphUpdate(base: Y.Doc, itemId: string, text: string): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(client);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  client.getXmlFragment(`draft:${itemId}`).push([paragraph]);
  return Y.encodeStateAsUpdate(client, before);
}

describe('RoomDoc', () => {
  it('loads the stored log, applies an editor update, relays it to the others and queues it', async () => {
    const store = new SqliteStore(':memory:');
    await store.appendDocUpdate('room-1', paragraphUpdate(new Y.Doc(), 'a', 'Stored line.'));
    const { roomDoc } = await loadDoc({ store });
    expect(roomDoc.renderText('a')).toBe('Stored line.');

    const sender = fakePeer();
    const other = fakePeer();
    roomDoc.attach(sender.peer);
    roomDoc.attach(other.peer);
    expect(other.kinds()).toEqual([[0, 0]]); // sync step 1 on attach

    expect(roomDoc.applyUpdateFrom(paragraphUpdate(roomDoc.doc, 'a', 'New line.'), sender.peer)).toBeNull();
    expect(roomDoc.renderText('a')).toBe('Stored line.\nNew line.');
    expect(other.kinds()).toEqual([
      [0, 0],
      [0, 2],
    ]);
    expect(sender.kinds()).toEqual([[0, 0]]); // not echoed to the sender
    expect(roomDoc.hasUnsaved).toBe(true);
    await roomDoc.close();
    expect(await store.loadDocUpdates('room-1')).toHaveLength(1); // flushed and compacted
  });

  it('discards content that depends on something the server lacks, instead of keeping it pending', async () => {
    const { roomDoc } = await loadDoc();
    const client = new Y.Doc();
    client.getXmlFragment('draft:a').insert(0, [new Y.XmlText('base')]);
    const before = Y.encodeStateVector(client);
    (client.getXmlFragment('draft:a').get(0) as Y.XmlText).insert(4, ' and more');
    const dangling = Y.encodeStateAsUpdate(client, before);

    expect(roomDoc.applyUpdateFrom(dangling, fakePeer().peer)).toMatchObject({ code: CLOSE.malformed });
    expect(roomDoc.doc.store.pendingStructs).toBeNull();
    expect(roomDoc.hasUnsaved).toBe(false);
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(roomDoc.doc));
    expect(fresh.getXmlFragment('draft:a').length).toBe(0);
  });

  it('relays cursors, and removes a leaving connection’s cursors for everyone', async () => {
    const { roomDoc } = await loadDoc();
    const ana = fakePeer();
    const other = fakePeer();
    roomDoc.attach(ana.peer);
    roomDoc.attach(other.peer);
    const clientAwareness = new Awareness(new Y.Doc());
    clientAwareness.setLocalState({ user: { name: 'Ana' } });
    const id = clientAwareness.clientID;
    applyAwarenessUpdate(roomDoc.awareness, encodeAwarenessUpdate(clientAwareness, [id]), ana.peer);
    expect(other.kinds().at(-1)).toEqual([1]);
    expect([...ana.peer.controlledIds]).toEqual([id]);

    const late = fakePeer();
    roomDoc.attach(late.peer);
    expect(late.kinds()).toEqual([[0, 0], [1]]); // the state vector, then everyone's cursors

    roomDoc.detach(ana.peer);
    expect(roomDoc.awareness.getStates().has(id)).toBe(false);
    expect(other.kinds().at(-1)).toEqual([1]);
    clientAwareness.destroy();
    await roomDoc.close();
  });
});
