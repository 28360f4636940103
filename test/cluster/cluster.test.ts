/**
 * Several server nodes on Redis (issue 17), as real processes: a `redis-server` on a free port and
 * three compiled nodes (`server/dist/main.js`, `REDIS_URL` set) on one shared `DATA_DIR` (one SQLite
 * file in WAL mode; its `(roomId, seq)` key refuses a second writer). One room's clients sit on
 * different nodes and must see one room: commands, queue, votes (anonymous ones stay anonymous),
 * presence, and the co-edited draft. Needs `pnpm build`; skipped, saying so, without redis-server.
 */
import type { EventOf, RoomEvent } from '@dr/shared';
import { openStore, type Store } from '@dr/server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installed, startNode, startRedis, type RedisServer, type ServerNode } from '../support/cluster.js';
import { clusterClient, until, type ClusterClient } from '../support/clusterClients.js';
import { connect, createRoom } from '../support/clients.js';
import {
  appendParagraph,
  connectDraft,
  paragraphs,
  roundTrip,
  waitFor,
  type DraftClient,
} from '../support/draftClients.js';

const hasRedis = installed('redis-server');
if (!hasRedis) console.warn('cluster tests skipped: redis-server is not installed (`apt-get install redis-server`)');

let redis: RedisServer;
const nodes: ServerNode[] = [];
let dataDir: string;
let store: Store;
const opened: { close(): void }[] = [];

beforeAll(async () => {
  if (!hasRedis) return;
  redis = await startRedis();
  dataDir = mkdtempSync(path.join(tmpdir(), 'dr-cluster-'));
  // One after the other: the first creates the SQLite file and the server secret the others share.
  for (let i = 0; i < 3; i += 1) nodes.push(await startNode({ dataDir, redisUrl: redis.url }));
  store = await openStore({ dataDir, mongodbUri: undefined });
});

afterAll(async () => {
  for (const client of opened) client.close();
  await Promise.all(nodes.map((node) => node.stop('SIGKILL')));
  await redis?.stop('SIGKILL');
  await store?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function join(url: string, roomId: string, token: string, name?: string): Promise<ClusterClient> {
  const client = await clusterClient(url, { roomId, token, ...(name ? { name } : {}) });
  opened.push(client);
  return client;
}

async function ok(client: ClusterClient, command: Record<string, unknown>): Promise<string | undefined> {
  const ack = await client.send(command);
  if (!ack.ok) throw new Error(`${String(command['type'])}: ${ack.error.code} ${ack.error.message}`);
  return ack.id;
}

/** Every event each client saw, by seq: the same event everywhere, each once and in order. */
function expectOneStream(clients: readonly ClusterClient[]): void {
  const bySeq = new Map<number, RoomEvent>();
  for (const client of clients) {
    expect(client.faults).toEqual([]);
    for (const event of client.events) {
      const seen = bySeq.get(event.seq);
      if (seen) expect(event).toEqual(seen);
      else bySeq.set(event.seq, event);
    }
  }
}

describe.skipIf(!hasRedis)('one room across three nodes', () => {
  it('takes commands on every node, in one gap-free order, with merged presence and anonymous votes', async () => {
    const [n1, n2, n3] = nodes as [ServerNode, ServerNode, ServerNode];
    const room = await createRoom(n1.url, 'County hall', 'en');
    const host = await join(n1.url, room.roomId, room.tokens.host, 'Chair');
    const ana = await join(n2.url, room.roomId, room.tokens.participant, 'Ana');
    const bo = await join(n3.url, room.roomId, room.tokens.participant, 'Bo');
    const screen = await join(n2.url, room.roomId, room.tokens.observer);
    const everyone = [host, ana, bo, screen];

    // Presence is merged: every node's sockets are counted on every node.
    const members = [host.memberId(), ana.memberId(), bo.memberId()].sort();
    for (const client of everyone) {
      await until(
        () =>
          client.presence()?.observers === 1 && [...(client.presence()?.online ?? [])].sort().join() === members.join(),
        'presence merged across the nodes',
      );
    }

    // Three nodes write to the room at once: each batch is decided against what the others stored.
    const proposals = await Promise.all(
      [host, ana, bo].flatMap((client, c) =>
        Array.from({ length: 12 }, (_, i) => ok(client, { type: 'agenda.propose', title: `Item ${c}-${i}` })),
      ),
    );
    expect(new Set(proposals).size).toBe(36);
    const itemId = proposals[0]!;
    await ok(host, { type: 'room.setPhase', phase: 'in_session' });
    await ok(host, { type: 'agenda.activate', itemId });

    // The speaking queue, raised from two nodes and run from a third.
    await ok(ana, { type: 'queue.raise' });
    await ok(bo, { type: 'queue.raise' });
    await ok(host, { type: 'queue.next' });

    // The draft is written on one node and frozen by a round opened on another (whose document
    // loads then, and waits for the edits the writing node has not stored yet).
    const editor = await connectDraft(n2.url, room.roomId, room.tokens.participant);
    opened.push({ close: () => editor.destroy() });
    appendParagraph(editor.draft(itemId), 'Buses every 20 minutes after 22:00.');
    await roundTrip(editor);

    // An anonymous round with hidden results: nobody else learns who voted what, on any node.
    const roundId = (await ok(host, { type: 'consensus.open', itemId, anonymous: true, visibility: 'afterClose' }))!;
    const anaBallot = await ok(ana, { type: 'consensus.vote', roundId, level: 4 });
    await ok(bo, { type: 'consensus.vote', roundId, level: 2, reason: 'Parking' });

    const last = Math.max(...everyone.map((c) => c.seq()));
    for (const client of everyone) await until(() => client.seq() === last, 'every client at the last seq');
    expectOneStream(everyone);
    const roundOpened = screen.events.find((e): e is EventOf<'consensus.opened'> => e.type === 'consensus.opened');
    expect(roundOpened?.text).toBe('Buses every 20 minutes after 22:00.');
    const voted = screen.events.filter((e): e is EventOf<'consensus.voted'> => e.type === 'consensus.voted');
    expect(voted).toHaveLength(2);
    for (const ballot of voted)
      expect(ballot).toMatchObject({ memberId: null, actor: null, level: null, reason: null });
    // Ana's own ballot comes back to her in her welcome on another node.
    const anaAgain = await connect(n1.url, {
      roomId: room.roomId,
      token: room.tokens.participant,
      memberId: ana.memberId(),
      memberSecret: (ana.socket.auth as { memberSecret: string }).memberSecret,
    });
    opened.push(anaAgain);
    expect(anaAgain.welcome.seq).toBe(last);
    expect(anaAgain.welcome.you.ballots).toEqual({ [roundId]: anaBallot });

    // Nothing was stored twice or skipped: the store's log is 1..last, and every client folded it all.
    const stored = await store.readEvents(room.roomId, 0);
    expect(stored.map((e) => e.seq)).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    const titles = stored
      .filter((e) => e.type === 'agenda.proposed')
      .map((e) => (e as EventOf<'agenda.proposed'>).title);
    expect(titles).toHaveLength(36);

    // A member removed by the host on one node is let go on another (through the Socket.IO adapter).
    const boLeft = new Promise<string>((resolve) => bo.socket.once('disconnect', (reason) => resolve(reason)));
    await ok(host, { type: 'member.remove', memberId: bo.memberId() });
    expect(await boLeft).toBe('io server disconnect');
  });

  it('shares the draft: a keystroke on one node reaches editors on the others, stored once', async () => {
    const [n1, n2, n3] = nodes as [ServerNode, ServerNode, ServerNode];
    const room = await createRoom(n1.url, 'Draft across nodes', 'en');
    const host = await join(n1.url, room.roomId, room.tokens.host, 'Chair');
    const itemId = (await ok(host, { type: 'agenda.propose', title: 'Night buses' }))!;
    const editors: DraftClient[] = [];
    for (const node of [n1, n2]) editors.push(await connectDraft(node.url, room.roomId, room.tokens.participant));
    opened.push(...editors.map((e) => ({ close: () => e.destroy() })));
    const [a, b] = editors as [DraftClient, DraftClient];

    appendParagraph(a.draft(itemId), 'Typed on node one.');
    await waitFor(
      () => paragraphs(b.draft(itemId)) === 'Typed on node one.',
      'node two’s editor to see node one’s text',
    );
    appendParagraph(b.draft(itemId), 'Typed on node two.');
    const both = 'Typed on node one.\nTyped on node two.';
    await waitFor(() => paragraphs(a.draft(itemId)) === both, 'node one’s editor to see node two’s text');

    // Cursors travel too.
    a.provider.awareness.setLocalStateField('user', { name: 'Ana on node one' });
    await waitFor(
      () => [...b.provider.awareness.getStates().values()].some((s) => s['user']?.name === 'Ana on node one'),
      'node two’s editor to see node one’s cursor',
    );

    // A node that opens the document later gets it whole, saved or not yet.
    const late = await connectDraft(n3.url, room.roomId, room.tokens.observer);
    opened.push({ close: () => late.destroy() });
    await waitFor(() => paragraphs(late.draft(itemId)) === both, 'a third node’s editor to load the draft');

    // Each update is stored by the node that accepted it, once: one stored row holds each line.
    await waitFor(() => storedText(room.roomId, itemId) === both, 'both lines in the shared store', 15_000);
    for (const line of ['Typed on node one.', 'Typed on node two.']) {
      const rows = (await store.loadDocUpdates(room.roomId)).filter((row) => updateHolds(row.update, line));
      expect(rows, line).toHaveLength(1);
    }

    // The participant link replaced on a third node closes the draft connections it opened on every node.
    const rotated = await fetch(`${n3.url}/api/rooms/${room.roomId}/links/participant/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${room.tokens.host}` },
    });
    expect(rotated.status).toBe(200);
    const replaced = (editor: DraftClient) => editor.closes.some((c) => c.reason === 'room link was replaced');
    await waitFor(() => replaced(a) && replaced(b), 'both participant editors closed');
    expect(replaced(late)).toBe(false); // the observer link still stands
  });
});

let lastStoredText = '';
/** The draft as stored (polled by `waitFor`, which wants a synchronous check). */
function storedText(roomId: string, itemId: string): string {
  void store.loadDocUpdates(roomId).then((rows) => {
    const doc = new Y.Doc();
    for (const row of rows) Y.applyUpdate(doc, row.update);
    lastStoredText = paragraphs(doc.getXmlFragment(`draft:${itemId}`));
    doc.destroy();
  });
  return lastStoredText;
}

/** Whether a stored update inserts `text` (its string content, as Yjs encodes it). */
function updateHolds(update: Uint8Array, text: string): boolean {
  return Y.decodeUpdate(update).structs.some(
    (struct) => struct instanceof Y.Item && struct.content instanceof Y.ContentString && struct.content.str === text,
  );
}
