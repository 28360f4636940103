/**
 * SIGTERM during a vote burst (issue 27, "Faults"): the compiled server (`server/dist/main.js`, as
 * `pnpm start` runs it) is stopped while 30 phones vote at once. It drains (exits 0 with every vote
 * it took stored), is started again on the same port and data, and the phones come back by themselves:
 * each resends the vote it had no answer to under its request id, so every vote counts exactly once,
 * and a screen that held the room resumes from its seq instead of reloading the whole room.
 * Needs `pnpm build`.
 */
import { PROTOCOL_VERSION, STATE_VERSION, type CommandAck, type RoomEvent, type Welcome } from '@dr/shared';
import { openStore } from '@dr/server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startNode, type ServerNode } from '../support/cluster.js';
import { clusterClient, until, type ClusterClient } from '../support/clusterClients.js';
import { createRoom } from '../support/clients.js';
import { appendParagraph, connectDraft, roundTrip } from '../support/draftClients.js';

const VOTERS = 30;
const dataDir = mkdtempSync(path.join(tmpdir(), 'dr-sigterm-'));
const nodes: ServerNode[] = [];
const opened: { close(): void }[] = [];

afterAll(async () => {
  for (const client of opened) client.close();
  await Promise.all(nodes.map((node) => node.stop('SIGKILL')));
  rmSync(dataDir, { recursive: true, force: true });
});

async function join(url: string, roomId: string, token: string, name?: string): Promise<ClusterClient> {
  const client = await clusterClient(url, { roomId, token, ...(name ? { name } : {}) });
  opened.push(client);
  return client;
}

async function ok(client: ClusterClient, command: Record<string, unknown>): Promise<string> {
  const ack = await client.send(command);
  if (!ack.ok) throw new Error(`${String(command['type'])}: ${ack.error.message}`);
  return ack.id ?? '';
}

describe('SIGTERM during a vote burst', () => {
  it('drains, stores every acknowledged vote, and the phones resume on the restarted node', async () => {
    const port = await freePort();
    const first = await startNode({ dataDir, port });
    nodes.push(first);
    const room = await createRoom(first.url, 'Budget vote', 'en');
    const host = await join(first.url, room.roomId, room.tokens.host, 'Chair');
    const itemId = await ok(host, { type: 'agenda.propose', title: 'New well pump' });
    await ok(host, { type: 'agenda.activate', itemId });
    // A round votes on the draft's text: write one first.
    const editor = await connectDraft(first.url, room.roomId, room.tokens.host);
    appendParagraph(editor.draft(itemId), 'Replace the pump before the dry season.');
    await roundTrip(editor);
    editor.destroy();
    const roundId = await ok(host, { type: 'consensus.open', itemId });
    const screen = await join(first.url, room.roomId, room.tokens.observer);
    const voters: ClusterClient[] = [];
    for (let i = 0; i < VOTERS; i += 1)
      voters.push(await join(first.url, room.roomId, room.tokens.participant, `V${i}`));
    await until(() => screen.seq() === host.seq(), 'the screen to see every member');

    // The burst, phones a few ms apart, and SIGTERM halfway through it: some votes are stored before
    // it, some while the server drains, some reach only the restarted server.
    const votes: Promise<CommandAck>[] = [];
    let stopped: Promise<void> | undefined;
    for (const [i, voter] of voters.entries()) {
      if (i === VOTERS / 2) stopped = first.stop('SIGTERM');
      votes.push(voter.send({ type: 'consensus.vote', roundId, level: 2 + (i % 3) }));
      await new Promise((r) => setTimeout(r, 10));
    }
    await stopped;
    expect(first.child.exitCode).toBe(0); // drained, not killed by its own timeout
    expect(first.output()).toContain('shutting down');

    // The same server again, on the same port and data: the phones come back by themselves.
    const second = await startNode({ dataDir, port });
    nodes.push(second);
    const answers = await Promise.all(votes);
    expect(answers.filter((ack) => !ack.ok)).toEqual([]);
    for (const client of [host, screen, ...voters]) expect(client.faults).toEqual([]);

    // Every vote stored exactly once, each acknowledged seq holding that vote.
    const store = await openStore({ dataDir, mongodbUri: undefined });
    let stored: RoomEvent[];
    try {
      stored = await store.readEvents(room.roomId, 0);
    } finally {
      await store.close();
    }
    const ballots = stored.filter((e) => e.type === 'consensus.voted');
    expect(new Set(ballots.map((e) => e.actor)).size).toBe(VOTERS);
    expect(ballots).toHaveLength(VOTERS);
    for (const ack of answers) if (ack.ok) expect(stored[ack.seq - 1]?.type).toBe('consensus.voted');
    await until(() => screen.seq() === stored.length, 'the screen to see every vote');

    // A screen that held the room when the server stopped resumes from its seq on the restarted node.
    // It missed the last few events (a resume is answered with the whole room instead when the missed
    // events would weigh more than it: socket/resume.ts; each voter's arrival is an event since issue 30).
    // The seq and time it holds are the stored event's: the screen above may itself have been sent the
    // whole room on reconnecting (when it missed many), so it need not have that event in its list.
    const held = stored[stored.length - 6]!;
    const resumed = await new Promise<Welcome>((resolve, reject) => {
      const socket = io(second.url, {
        auth: {
          protocolVersion: PROTOCOL_VERSION,
          roomId: room.roomId,
          token: room.tokens.observer,
          resume: { seq: held.seq, at: held.at, stateVersion: STATE_VERSION },
        },
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
      });
      opened.push(socket);
      socket.once('welcome', resolve);
      socket.once('connect_error', reject);
    });
    expect(resumed).toMatchObject({ seq: held.seq, resumed: true });
  });
});
