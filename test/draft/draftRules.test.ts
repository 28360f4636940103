/**
 * No client can corrupt the draft document: what it keeps (only drafts of existing items, within a
 * cap each, nothing into a locked one) and whose cursor a connection may change, through the real
 * server with real y-websocket providers. Refusals close nothing: the sender gets a notice and its
 * copy is corrected, so one person's refused edit never silences the document for anyone.
 */
import { openStore } from '@dr/server';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ok } from '../support/clients.js';
import {
  appendParagraph,
  connectDraft,
  paragraphs,
  rawSocket,
  roundTrip,
  waitFor,
  type DraftClient,
} from '../support/draftClients.js';
import { draftSuite, roomWithItem } from '../support/draftSuite.js';
import type { TestServer } from '../support/testServer.js';

const draft = draftSuite('Canal committee');
const { suite, editor, propose, serverDoc, serverText } = draft;
const storedBytes = async (on: TestServer, roomId = draft.room.roomId) =>
  (await on.store.loadDocUpdates(roomId)).reduce((sum, row) => sum + row.update.length, 0);

/** Fills `map` of `client`'s document with junk, one update per entry, as in the report: 4 MB in 28 updates. */
function junk(client: DraftClient, updates = 28): void {
  for (let i = 0; i < updates; i += 1) client.doc.getMap('junk').set(`k${i}`, 'x'.repeat(150_000));
}

describe('the draft document keeps only drafts', () => {
  it('refuses a participant’s junk root without storing it; the host’s typing is saved and seen, after a restart too', async () => {
    const own = await suite.startServer();
    const { room: ownRoom, itemId } = await roomWithItem(own.url, 'Lane council', 'Lane lights');
    const mallory = await connectDraft(own.url, ownRoom.roomId, ownRoom.tokens.participant);
    const hostDraft = await connectDraft(own.url, ownRoom.roomId, ownRoom.tokens.host);
    draft.opened.push(mallory, hostDraft);

    junk(mallory);
    await waitFor(() => mallory.refusals.length === 28, 'a refusal for each junk update');
    expect(new Set(mallory.refusals.map((r) => r.reason))).toEqual(new Set(['draft.notADraft']));
    expect(mallory.doc.getMap('junk').size).toBe(0); // her copy is corrected too
    expect(mallory.closes).toEqual([]);

    appendParagraph(hostDraft.draft(itemId), 'Lights on the lane by winter.');
    await roundTrip(hostDraft);
    expect(hostDraft.closes).toEqual([]);
    await waitFor(() => paragraphs(mallory.draft(itemId)).includes('by winter'), 'the host’s line at Mallory');
    hostDraft.destroy();
    mallory.destroy();
    await own.stop();

    const again = await suite.startServer(own.dataDir);
    expect(await storedBytes(again, ownRoom.roomId)).toBeLessThan(5_000);
    const back = await connectDraft(again.url, ownRoom.roomId, ownRoom.tokens.host);
    await waitFor(() => paragraphs(back.draft(itemId)) === 'Lights on the lane by winter.', 'the draft after restart');
    appendParagraph(back.draft(itemId), 'And on the bridge.');
    await roundTrip(back);
    expect(back.refusals).toEqual([]);
    back.destroy();
    await again.stop({ removeData: true });
  });

  it('opens a room whose stored draft log was filled with junk before this fix, and takes edits again', async () => {
    const first = await suite.startServer();
    const { room: oldRoom, itemId } = await roomWithItem(first.url, 'Old junk', '修路', 'zh-CN');
    await first.stop();

    // What a room polluted before the fix holds: a line of its draft, then 4 MB of junk.
    const store = await openStore({ dataDir: first.dataDir, mongodbUri: undefined });
    const old = new Y.Doc();
    const append = async (change: () => void) => {
      const before = Y.encodeStateVector(old);
      change();
      await store.appendDocUpdate(oldRoom.roomId, Y.encodeStateAsUpdate(old, before));
    };
    await append(() => appendParagraph(old.getXmlFragment(`draft:${itemId}`), '东巷改为单行。'));
    for (let i = 0; i < 28; i += 1) await append(() => old.getMap('junk').set(`k${i}`, 'x'.repeat(150_000)));
    await store.close();

    const second = await suite.startServer(first.dataDir);
    const hostDraft = await connectDraft(second.url, oldRoom.roomId, oldRoom.tokens.host);
    draft.opened.push(hostDraft);
    expect(paragraphs(hostDraft.draft(itemId))).toBe('东巷改为单行。');
    expect(hostDraft.doc.getMap('junk').size).toBe(0);
    appendParagraph(hostDraft.draft(itemId), '自五月起施行。');
    await roundTrip(hostDraft);
    expect(hostDraft.closes).toEqual([]);
    expect(hostDraft.refusals).toEqual([]);
    await second.app.registry.flushAll();
    expect(await storedBytes(second, oldRoom.roomId)).toBeLessThan(5_000);
    hostDraft.destroy();
    draft.opened.splice(0);
    await second.stop({ removeData: true });
  });

  it('refuses drafts of items that do not exist, and tells the sender which', async () => {
    const ana = await editor();
    appendParagraph(ana.draft('no-such-item'), 'Nobody proposed this.');
    appendParagraph(ana.draft('constructor'), 'Nor this.');
    await waitFor(() => ana.refusals.length === 2, 'both refusals');
    expect(ana.refusals.map((r) => r.itemId).sort()).toEqual(['constructor', 'no-such-item']);
    expect((await serverDoc()).share.has('draft:no-such-item')).toBe(false);
    expect(ana.closes).toEqual([]);
  });
});

describe('a cap per draft', () => {
  it('refuses the change that would take one draft past 500 KB, says so to its editor only, and nobody else is stopped', async () => {
    const big = await propose('A long statute');
    const other = await propose('A short note');
    const ana = await editor();
    const bo = await editor();

    appendParagraph(ana.draft(big), 'x'.repeat(600_000));
    await waitFor(() => ana.refusals.length === 1, 'the refusal');
    expect(ana.refusals[0]).toEqual({ reason: 'draft.tooLarge', itemId: big, limit: 500_000 });
    expect(ana.draft(big).length).toBe(0);
    expect(await serverText(big)).toBe('');

    appendParagraph(bo.draft(other), 'Bo keeps writing here.');
    await waitFor(() => paragraphs(ana.draft(other)) === 'Bo keeps writing here.', 'Bo’s line at Ana');
    appendParagraph(ana.draft(big), 'A shorter statute.');
    await waitFor(() => paragraphs(bo.draft(big)) === 'A shorter statute.', 'Ana’s shorter line at Bo');
    await roundTrip(bo);
    expect(await serverText(other)).toBe('Bo keeps writing here.');
    expect([ana.closes, bo.closes, bo.refusals]).toEqual([[], [], []]);
    expect([ana.opens(), bo.opens()]).toEqual([1, 1]);
  });
});

describe('a locked draft', () => {
  it('brings a stale tab in line without a reconnect loop: its late edits are refused and undone, once', async () => {
    const itemId = await propose('Night market');
    const ana = await editor();
    const bo = await editor();
    appendParagraph(ana.draft(itemId), 'Open until ten.');
    await waitFor(() => paragraphs(bo.draft(itemId)) === 'Open until ten.', 'the line at Bo');

    // Ana's tab loses its connection, she types on, and meanwhile the host locks the draft.
    ana.provider.disconnect();
    appendParagraph(ana.draft(itemId), 'Open until midnight.');
    await ok(draft.host, { type: 'draft.lock', itemId });
    ana.provider.connect();
    await waitFor(() => ana.refusals.length === 1, 'the refusal of the late edit');
    expect(ana.refusals[0]).toEqual({ reason: 'draft.lockedEdit', itemId });
    await waitFor(() => paragraphs(ana.draft(itemId)) === 'Open until ten.', 'Ana’s tab back in line');

    // A window of twenty round trips: no close, no reconnect, no second refusal.
    for (let i = 0; i < 20; i += 1) await roundTrip(ana);
    expect(ana.closes).toEqual([]);
    expect(ana.opens()).toBe(2); // the first connection, and the one she made herself
    expect(ana.refusals).toHaveLength(1);

    // Still stale: she deletes the line. It comes back, for her and for everyone.
    ana.draft(itemId).delete(0, 1);
    await waitFor(() => ana.refusals.length === 2, 'the refusal of the deletion');
    await waitFor(() => paragraphs(ana.draft(itemId)) === 'Open until ten.', 'the line back at Ana');
    await roundTrip(bo);
    expect(paragraphs(bo.draft(itemId))).toBe('Open until ten.');
    expect(await serverText(itemId)).toBe('Open until ten.');
    expect(ana.opens()).toBe(2);

    await ok(draft.host, { type: 'draft.unlock', itemId });
    appendParagraph(ana.draft(itemId), 'Except on holidays.');
    await waitFor(() => paragraphs(bo.draft(itemId)).includes('holidays'), 'the edit after the unlock at Bo');
    expect(await serverText(itemId)).toBe('Open until ten.\nExcept on holidays.');
    expect(ana.refusals).toHaveLength(2);
    expect(ana.closes).toEqual([]);
  });
});

describe('cursors', () => {
  it('lets nobody rename or remove another person’s cursor', async () => {
    const ana = await editor();
    const bo = await editor();
    ana.provider.awareness.setLocalStateField('user', { name: 'Ana' });
    const anaId = ana.doc.clientID;
    await waitFor(() => bo.provider.awareness.getStates().get(anaId)?.['user']?.name === 'Ana', 'Ana’s cursor at Bo');

    const mallory = await rawSocket(suite.url, draft.room.roomId, draft.room.tokens.participant);
    draft.sockets.push(mallory);
    const cursor = (clientId: number, clock: number, state: unknown) => {
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, clientId);
      encoding.writeVarUint(inner, clock);
      encoding.writeVarString(inner, JSON.stringify(state));
      const outer = encoding.createEncoder();
      encoding.writeVarUint(outer, 1); // awareness
      encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
      return encoding.toUint8Array(outer);
    };
    mallory.send(cursor(anaId, 1_000, { user: { name: 'Mallory' } }));
    mallory.send(cursor(anaId, 1_001, null));
    mallory.send(cursor(424242, 1, { user: { name: 'Mallory' } })); // her own is fine
    await waitFor(
      () => bo.provider.awareness.getStates().get(424242)?.['user']?.name === 'Mallory',
      'Mallory’s own cursor at Bo',
    );
    await roundTrip(bo);
    expect(bo.provider.awareness.getStates().get(anaId)?.['user']).toEqual({ name: 'Ana' });
  });
});
