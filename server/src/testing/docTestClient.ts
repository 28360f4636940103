/**
 * For unit tests of the room document: an editor as y-websocket runs one, without a socket. It keeps
 * its own Y.Doc, applies what the server sends it, collects its own edits until `send()`, and
 * records the refusal notices it gets. Not used by the server itself.
 */
import { parseDraftRefusal, type DraftRefusalNotice } from '@dr/shared';
import * as decoding from 'lib0/decoding';
import { pino } from 'pino';
import * as Y from 'yjs';
import { SqliteStore } from '../store/sqliteStore.js';
import { RoomDoc, type DocPeer, type Refusal } from '../yjs/roomDoc.js';
import type { DraftAccess } from '../yjs/updatePlan.js';
import { MESSAGE_AUTH, MESSAGE_SYNC, type DocSettings } from '../yjs/yjsProtocol.js';

const FROM_SERVER = Symbol('server');

export interface TestRoom {
  roomDoc: RoomDoc;
  store: SqliteStore;
  /** The room's agenda items; a draft of another id is not a draft. */
  items: Set<string>;
  locked: Set<string>;
}

export async function testRoom(
  options: { items?: string[]; settings?: Partial<DocSettings>; store?: SqliteStore } = {},
): Promise<TestRoom> {
  const store = options.store ?? new SqliteStore(':memory:');
  const items = new Set(options.items ?? ['a', 'b']);
  const locked = new Set<string>();
  const roomDoc = await RoomDoc.load('room-1', {
    store,
    logger: pino({ level: 'silent' }),
    draftAccess: (itemId): DraftAccess => (!items.has(itemId) ? 'none' : locked.has(itemId) ? 'locked' : 'open'),
    settings: { flushDelayMs: 60_000, ...options.settings },
  });
  return { roomDoc, store, items, locked };
}

export class TestEditor {
  readonly doc = new Y.Doc();
  readonly peer: DocPeer;
  readonly notices: DraftRefusalNotice[] = [];
  /** Document updates the server sent this editor (sync step 2 and updates). */
  received = 0;
  private outbox: Uint8Array[] = [];
  /** While set, what the server sends waits here (a message still on its way). */
  private inbox: Uint8Array[] | null = null;

  constructor(private readonly roomDoc: RoomDoc) {
    this.peer = { controlledIds: new Set(), send: (message) => this.receive(message) };
    roomDoc.attach(this.peer);
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(roomDoc.doc), FROM_SERVER);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_SERVER) this.outbox.push(update);
    });
  }

  draft(itemId: string): Y.XmlFragment {
    return this.doc.getXmlFragment(`draft:${itemId}`);
  }

  /** Makes a change locally (one transaction); it reaches the server on `send()`. */
  edit(change: (doc: Y.Doc) => void): this {
    this.doc.transact(() => change(this.doc));
    return this;
  }

  /** Sends every local change since the last send as one update, as y-websocket does after a reconnect. */
  send(): Refusal | null {
    const update = Y.mergeUpdates(this.outbox);
    this.outbox = [];
    return this.roomDoc.applyUpdateFrom(update, this.peer);
  }

  /** Holds what the server sends from now on, until `deliver()`. */
  hold(): this {
    this.inbox ??= [];
    return this;
  }

  deliver(): this {
    const held = this.inbox ?? [];
    this.inbox = null;
    for (const message of held) this.receive(message);
    return this;
  }

  leave(): void {
    this.roomDoc.detach(this.peer);
  }

  private receive(message: Uint8Array): void {
    if (this.inbox) return void this.inbox.push(message);
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const step = decoding.readVarUint(decoder);
      if (step === 0) return; // the server's state vector: answered by `send`
      this.received += 1;
      Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder), FROM_SERVER);
    } else if (type === MESSAGE_AUTH) {
      decoding.readVarUint(decoder); // permission denied
      const notice = parseDraftRefusal(decoding.readVarString(decoder));
      if (notice) this.notices.push(notice);
    }
  }
}

export function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** The first text of the draft's `index`th block. */
export function textAt(fragment: Y.XmlFragment, index: number): Y.XmlText {
  return (fragment.get(index) as Y.XmlElement).get(0) as Y.XmlText;
}
