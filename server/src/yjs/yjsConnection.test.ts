import type { Role } from '@dr/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { SqliteStore } from '../store/sqliteStore.js';
import { RoomDoc } from './roomDoc.js';
import { YjsConnection } from './yjsConnection.js';
import { awarenessMessage, CLOSE, updateMessage, type DocSettings } from './yjsProtocol.js';

const logger = pino({ level: 'silent' });

async function setup(options: { locked?: string[]; settings?: Partial<DocSettings> } = {}) {
  const roomDoc = await RoomDoc.load('room-1', {
    store: new SqliteStore(':memory:'),
    logger,
    draftAccess: (itemId) =>
      !['a', 'b'].includes(itemId) ? 'none' : options.locked?.includes(itemId) ? 'locked' : 'open',
    settings: { flushDelayMs: 60_000 },
  });
  let now = 0;
  const connect = (role: Role) => {
    const sent: Uint8Array[] = [];
    let closed: { code: number; reason: string } | null = null;
    const transport = {
      send: (m: Uint8Array) => sent.push(m),
      close: (code: number, reason: string) => (closed = { code, reason }),
    };
    const connection = new YjsConnection(roomDoc, transport, role, logger, options.settings, () => now);
    connection.start();
    return { connection, sent, closed: () => closed, types: () => sent.map((m) => decoding.createDecoder(m).arr[0]) };
  };
  return { roomDoc, connect, advance: (ms: number) => (now += ms) };
}

function textUpdate(itemId: string, text: string): Uint8Array {
  const client = new Y.Doc();
  client.getXmlFragment(`draft:${itemId}`).insert(0, [new Y.XmlText(text)]);
  return updateMessage(Y.encodeStateAsUpdate(client));
}

function cursorMessage(name: string): Uint8Array {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ user: { name } });
  const message = awarenessMessage(encodeAwarenessUpdate(awareness, [awareness.clientID]));
  awareness.destroy();
  return message;
}

describe('YjsConnection', () => {
  it('applies an editor’s update and relays it; drops an observer’s quietly', async () => {
    const { roomDoc, connect } = await setup();
    const editor = connect('participant');
    const observer = connect('observer');
    editor.connection.receive(textUpdate('a', 'From the editor'));
    expect(roomDoc.renderText('a')).toBe('From the editor');
    expect(observer.sent).toHaveLength(2); // sync step 1, then the relayed update

    observer.connection.receive(textUpdate('b', 'From the observer'));
    expect(roomDoc.renderText('b')).toBe('');
    expect(editor.sent).toHaveLength(1); // nothing relayed
    expect(observer.closed()).toBeNull();
  });

  it('answers sync step 1 for every role, with what the client lacks', async () => {
    const { connect } = await setup();
    connect('host').connection.receive(textUpdate('a', 'Draft text'));
    const observer = connect('observer');
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
    observer.connection.receive(encoding.toUint8Array(encoder));

    const reply = decoding.createDecoder(observer.sent.at(-1)!);
    expect([decoding.readVarUint(reply), decoding.readVarUint(reply)]).toEqual([0, 1]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, decoding.readVarUint8Array(reply));
    expect(doc.getXmlFragment('draft:a').toString()).toBe('Draft text');
  });

  it('closes only the sender of malformed or unknown messages, and ignores what it sends after', async () => {
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array([0xff, 0xff]), /malformed/],
      [new Uint8Array([7]), /unknown message type/],
      [new Uint8Array([2, 0]), /unknown message type/], // auth is server → client only
      [new Uint8Array([0, 9, 0]), /unknown sync step/],
      [new Uint8Array([0, 2, 3, 1, 2, 3]), /malformed/],
      [new Uint8Array([1, 4, 1, 2, 3, 4]), /malformed/],
    ];
    const { roomDoc, connect } = await setup();
    const bystander = connect('participant');
    for (const [message, reason] of cases) {
      const sender = connect('participant');
      sender.connection.receive(message);
      expect(sender.closed()).toEqual({ code: CLOSE.malformed, reason: expect.stringMatching(reason) });
      sender.connection.receive(textUpdate('a', 'after the close'));
    }
    expect(roomDoc.renderText('a')).toBe('');
    expect(bystander.closed()).toBeNull();
    expect(roomDoc.connectionCount).toBe(1);
  });

  it('closes a connection that sends an oversize message, but answers an edit to a locked draft and stays open', async () => {
    const { roomDoc, connect } = await setup({ locked: ['a'], settings: { maxMessageBytes: 100 } });
    const big = connect('host');
    big.connection.receive(new Uint8Array(101));
    expect(big.closed()).toEqual({ code: CLOSE.tooLarge, reason: expect.stringMatching(/too large/) });

    const racer = connect('participant');
    racer.connection.receive(textUpdate('a', 'Too late'));
    expect(racer.closed()).toBeNull();
    expect(racer.types().slice(1)).toEqual([0, 2]); // the undoing update, then the notice (auth: permission denied)
    expect(roomDoc.renderText('a')).toBe('');
  });

  it('relays an editor’s cursor, hides an observer’s, and throttles a flood before closing it', async () => {
    const settings = { awarenessBurst: 2, awarenessPerSecond: 2, awarenessStrikes: 3, awarenessStrikesPerSecond: 1 };
    const { roomDoc, connect, advance } = await setup({ settings });
    const watcher = connect('observer');
    const editor = connect('participant');
    editor.connection.receive(cursorMessage('Ana'));
    expect(watcher.types().at(-1)).toBe(1);
    expect(roomDoc.awareness.getStates().size).toBe(1);

    const observer = connect('observer');
    observer.connection.receive(cursorMessage('Hidden'));
    expect(roomDoc.awareness.getStates().size).toBe(1);
    expect(observer.closed()).toBeNull();

    editor.connection.receive(cursorMessage('Ana')); // the burst's second
    const before = watcher.sent.length;
    for (let i = 0; i < 3; i += 1) editor.connection.receive(cursorMessage('Ana')); // dropped: strikes 1–3
    expect(watcher.sent.length).toBe(before);
    expect(editor.closed()).toBeNull();
    advance(1000); // refills two updates and one strike
    editor.connection.receive(cursorMessage('Ana'));
    expect(watcher.sent.length).toBe(before + 1);
    for (let i = 0; i < 3; i += 1) editor.connection.receive(cursorMessage('Ana'));
    expect(editor.closed()).toEqual({ code: CLOSE.tooManyMessages, reason: 'too many awareness updates' });
  });
});
