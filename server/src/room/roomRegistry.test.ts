import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from '../store/sqliteStore.js';
import type { DocPeer } from '../yjs/roomDoc.js';
import { createRoom } from './createRoom.js';
import type { Room } from './room.js';
import { RoomRegistry } from './roomRegistry.js';

const IDLE_MS = 1000;

async function setup() {
  const store = new SqliteStore(':memory:');
  const { roomId } = await createRoom(store, { title: 'Well committee', locale: 'en' });
  const broadcaster = {
    events: () => undefined,
    presence: () => undefined,
    revoke: () => undefined,
    removeMember: () => undefined,
  };
  const registry = new RoomRegistry(
    // No presence window: these tests fake every timer and count only the registry's.
    { store, broadcaster, logger: pino({ level: 'silent' }), presenceWindowMs: 0 },
    IDLE_MS,
  );
  return { store, roomId, registry };
}

/** The draft document keeps drafts of existing items only: propose one. */
async function proposeItem(room: Room): Promise<string> {
  const joined = await room.join('participant', 'Li', 'in_room');
  if (!joined.ok) throw new Error(joined.error.message);
  const actor = { role: 'participant' as const, memberId: joined.memberId };
  const ack = await room.dispatch(actor, { type: 'agenda.propose', title: 'Dig a well' });
  if (!ack.ok || !ack.id) throw new Error('could not propose an item');
  return ack.id;
}

function lineUpdate(itemId: string, text: string): Uint8Array {
  const client = new Y.Doc();
  client.getXmlFragment(`draft:${itemId}`).insert(0, [new Y.XmlText(text)]);
  return Y.encodeStateAsUpdate(client);
}

const peer = (): DocPeer => ({ controlledIds: new Set(), send: () => undefined });

afterEach(() => {
  vi.useRealTimers();
});

describe('RoomRegistry with draft documents', () => {
  it('keeps a room loaded while a draft connection is open, then unloads it with its log flushed and compacted', async () => {
    vi.useFakeTimers();
    const { store, roomId, registry } = await setup();
    const room = (await registry.get(roomId))!;
    const itemId = await proposeItem(room);
    const doc = await room.doc();
    const editor = peer();
    doc.attach(editor);
    doc.applyUpdateFrom(lineUpdate(itemId, 'First.'), editor);
    await doc.flush();
    doc.applyUpdateFrom(lineUpdate(itemId, 'Second.'), editor);

    await vi.advanceTimersByTimeAsync(IDLE_MS * 3);
    expect(registry.loadedCount).toBe(1);
    expect(await registry.get(roomId)).toBe(room);

    doc.detach(editor);
    registry.scheduleIdleCheck(roomId);
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(registry.loadedCount).toBe(0);
    expect(await store.loadDocUpdates(roomId)).toHaveLength(1);
    await expect(room.doc()).rejects.toThrow(/unloaded/);

    const again = (await registry.get(roomId))!;
    expect(again).not.toBe(room);
    const text = (await again.doc()).renderText(itemId);
    expect(text.split('\n').sort()).toEqual(['First.', 'Second.']);
  });

  it('keeps a room whose draft edits the store refused, until they are saved', async () => {
    vi.useFakeTimers();
    const { store, roomId, registry } = await setup();
    const room = (await registry.get(roomId))!;
    const itemId = await proposeItem(room);
    const doc = await room.doc();
    const append = store.appendDocUpdate.bind(store);
    store.appendDocUpdate = () => Promise.reject(new Error('disk full'));
    doc.applyUpdateFrom(lineUpdate(itemId, 'Precious.'), peer());

    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(registry.loadedCount).toBe(1);
    expect(room.hasUnsavedDoc).toBe(true);

    store.appendDocUpdate = append;
    await vi.advanceTimersByTimeAsync(IDLE_MS * 40); // the save retries, then the idle check lets go
    expect(registry.loadedCount).toBe(0);
    const stored = new Y.Doc();
    for (const { update } of await store.loadDocUpdates(roomId)) Y.applyUpdate(stored, update);
    expect(stored.getXmlFragment(`draft:${itemId}`).toString()).toBe('Precious.');
  });

  it('does not read the draft for a room used only by Socket.IO', async () => {
    const { store, roomId, registry } = await setup();
    const load = vi.spyOn(store, 'loadDocUpdates');
    const room = (await registry.get(roomId))!;
    await room.flush();
    await registry.unloadAll();
    expect(load).not.toHaveBeenCalled();
  });
});
