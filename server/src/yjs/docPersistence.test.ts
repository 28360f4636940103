import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from '../store/sqliteStore.js';
import type { Store } from '../store/store.js';
import { DocSaveQueue } from './docPersistence.js';

const silent = pino({ level: 'silent' });

/** A document whose every update goes into a save queue, as RoomDoc wires it. */
function saving(store: Store, settings = { flushDelayMs: 1000, compactAfterUpdates: 200 }) {
  const doc = new Y.Doc();
  const queue = new DocSaveQueue('room-1', store, silent, settings, () => Y.encodeStateAsUpdate(doc));
  doc.on('update', (update: Uint8Array) => queue.add(update));
  const type = (text: string) => doc.getText('draft:a').insert(doc.getText('draft:a').length, text);
  return { doc, queue, type };
}

async function storedText(store: Store): Promise<string> {
  const doc = new Y.Doc();
  for (const { update } of await store.loadDocUpdates('room-1')) Y.applyUpdate(doc, update);
  return doc.getText('draft:a').toString();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('DocSaveQueue', () => {
  it('batches a burst of updates into one append, at most flushDelayMs after the first', async () => {
    vi.useFakeTimers();
    const store = new SqliteStore(':memory:');
    const append = vi.spyOn(store, 'appendDocUpdate');
    const { queue, type } = saving(store);
    for (const word of ['We ', 'agree ', 'to ', 'act.']) type(word);
    await vi.advanceTimersByTimeAsync(999);
    expect(append).not.toHaveBeenCalled();
    expect(queue.hasUnsaved).toBe(true);

    type(' Now.'); // a steady typist does not push the deadline back
    await vi.advanceTimersByTimeAsync(1);
    expect(append).toHaveBeenCalledTimes(1);
    expect(queue.hasUnsaved).toBe(false);
    expect(await storedText(store)).toBe('We agree to act. Now.');
  });

  it('flushes on demand, and loads back what it stored, oldest first', async () => {
    const store = new SqliteStore(':memory:');
    const first = saving(store);
    first.type('One. ');
    await first.queue.flush();
    first.type('Two.');
    await first.queue.flush();

    const second = saving(store);
    const updates = await second.queue.load();
    expect(updates).toHaveLength(2);
    for (const update of updates) Y.applyUpdate(second.doc, update);
    expect(second.doc.getText('draft:a').toString()).toBe('One. Two.');
  });

  it('compacts the log into one update once it grows past the threshold, losing nothing', async () => {
    const store = new SqliteStore(':memory:');
    const { queue, type } = saving(store, { flushDelayMs: 1000, compactAfterUpdates: 5 });
    for (let i = 0; i < 5; i += 1) {
      type(`${i} `);
      await queue.flush();
    }
    expect(await store.loadDocUpdates('room-1')).toHaveLength(5);
    type('5');
    await queue.flush(); // the sixth append takes the log past 5
    expect(await store.loadDocUpdates('room-1')).toHaveLength(1);
    expect(await storedText(store)).toBe('0 1 2 3 4 5');

    type(' 6');
    await queue.flush();
    await queue.compact();
    expect(await store.loadDocUpdates('room-1')).toHaveLength(1);
    expect(await storedText(store)).toBe('0 1 2 3 4 5 6');
  });

  it('keeps updates in memory when the store fails and saves them, in order, on a later flush', async () => {
    const store = new SqliteStore(':memory:');
    const logger = pino({ level: 'silent' });
    const warn = vi.spyOn(logger, 'warn');
    const doc = new Y.Doc();
    const queue = new DocSaveQueue('room-1', store, logger, { flushDelayMs: 1000, compactAfterUpdates: 200 }, () =>
      Y.encodeStateAsUpdate(doc),
    );
    doc.on('update', (update: Uint8Array) => queue.add(update));
    const append = store.appendDocUpdate.bind(store);
    store.appendDocUpdate = () => Promise.reject(new Error('disk full'));

    doc.getText('draft:a').insert(0, 'Kept ');
    await queue.flush();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(queue.hasUnsaved).toBe(true);
    expect(await store.loadDocUpdates('room-1')).toHaveLength(0);

    store.appendDocUpdate = append;
    doc.getText('draft:a').insert(5, 'safe.');
    await queue.flush();
    queue.stop();
    expect(queue.hasUnsaved).toBe(false);
    expect(await storedText(store)).toBe('Kept safe.');
  });
});
