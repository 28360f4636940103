import * as decoding from 'lib0/decoding';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { SqliteStore } from '../store/sqliteStore.js';
import { encodeAwarenessUpdate as encodeEntries, MAX_AWARENESS_IDS_PER_CONNECTION } from './awarenessOwners.js';
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

  it('lets a connection change only its own cursor: nobody renames, moves or removes someone else’s', async () => {
    const { roomDoc } = await loadDoc();
    const ana = fakePeer();
    const mallory = fakePeer();
    const watcher = fakePeer();
    for (const { peer } of [ana, mallory, watcher]) roomDoc.attach(peer);
    const cursor = (clientId: number, clock: number, state: unknown) =>
      encodeEntries([{ clientId, clock, state: JSON.stringify(state) }]);

    roomDoc.applyAwarenessFrom(cursor(1001, 1, { user: { name: 'Ana' }, cursor: 3 }), ana.peer);
    roomDoc.applyAwarenessFrom(cursor(2002, 1, { user: { name: 'Mallory' } }), mallory.peer);
    const relayed = watcher.sent.length;
    roomDoc.applyAwarenessFrom(cursor(1001, 5, { user: { name: 'Not Ana' }, cursor: 0 }), mallory.peer);
    roomDoc.applyAwarenessFrom(cursor(1001, 6, null), mallory.peer);
    expect(roomDoc.awareness.getStates().get(1001)).toEqual({ user: { name: 'Ana' }, cursor: 3 });
    expect(watcher.sent.length).toBe(relayed); // nothing relayed either
    expect(roomDoc.awareness.getStates().get(roomDoc.doc.clientID)).toBeUndefined();
    roomDoc.applyAwarenessFrom(cursor(roomDoc.doc.clientID, 9, { user: { name: 'The server' } }), mallory.peer);
    expect(roomDoc.awareness.getStates().has(roomDoc.doc.clientID)).toBe(false);

    roomDoc.applyAwarenessFrom(cursor(1001, 2, { user: { name: 'Ana' }, cursor: 9 }), ana.peer); // her own: fine
    expect(roomDoc.awareness.getStates().get(1001)).toEqual({ user: { name: 'Ana' }, cursor: 9 });
    roomDoc.applyAwarenessFrom(cursor(1001, 3, null), ana.peer);
    expect(roomDoc.awareness.getStates().has(1001)).toBe(false);
    await roomDoc.close();
  });

  it('caps the cursors one connection may announce', async () => {
    const { roomDoc } = await loadDoc();
    const mallory = fakePeer();
    roomDoc.attach(mallory.peer);
    const fakes = Array.from({ length: 10 }, (_, i) => ({
      clientId: 5000 + i,
      clock: 1,
      state: '{"user":{"name":"x"}}',
    }));
    roomDoc.applyAwarenessFrom(encodeEntries(fakes), mallory.peer);
    expect(roomDoc.awareness.getStates().size).toBe(MAX_AWARENESS_IDS_PER_CONNECTION);
    await roomDoc.close();
  });

  it('gives a cursor back to its reconnecting owner once the old connection’s entry has timed out', async () => {
    const { roomDoc } = await loadDoc();
    const oldSocket = fakePeer();
    const newSocket = fakePeer();
    roomDoc.attach(oldSocket.peer);
    roomDoc.attach(newSocket.peer);
    const cursor = (clock: number, name: string) =>
      encodeEntries([{ clientId: 1001, clock, state: JSON.stringify({ user: { name } }) }]);
    roomDoc.applyAwarenessFrom(cursor(1, 'Ana'), oldSocket.peer);
    roomDoc.applyAwarenessFrom(cursor(2, 'Ana (new socket)'), newSocket.peer); // the old one still holds it
    expect(roomDoc.awareness.getStates().get(1001)).toEqual({ user: { name: 'Ana' } });

    removeAwarenessStates(roomDoc.awareness, [1001], 'timeout'); // what y-protocols does after 30 s of silence
    roomDoc.applyAwarenessFrom(cursor(3, 'Ana (new socket)'), newSocket.peer);
    expect(roomDoc.awareness.getStates().get(1001)).toEqual({ user: { name: 'Ana (new socket)' } });
    roomDoc.detach(oldSocket.peer); // the dead socket goes at last: it takes nobody's cursor with it
    expect(roomDoc.awareness.getStates().get(1001)).toEqual({ user: { name: 'Ana (new socket)' } });
    await roomDoc.close();
  });
});
