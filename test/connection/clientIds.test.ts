/**
 * A client id that names a built-in (`constructor`, `__proto__` …) cannot break a room: through the
 * real server it is an unknown thing like any other, later commands still work, and the room opens
 * after a restart. A store that already holds such events (rooms broken before the fix) opens too.
 */
import type { RoomEvent } from '@dr/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, createRoom, ok, type TestClient } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';
import type { TestServer } from '../support/testServer.js';

const BUILT_INS = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

// Servers started by a test are stopped, newest first, after the file's tests.
const suite = serverSuite({ server: false });
const clients: TestClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

const serve = (dataDir?: string): Promise<TestServer> => suite.startServer(dataDir);

async function join(url: string, auth: Record<string, unknown>): Promise<TestClient> {
  const client = await connect(url, auth);
  clients.push(client);
  return client;
}

describe('ids that name built-ins', () => {
  it('are refused not_found, change nothing, and the room works on and reopens after a restart', async () => {
    const first = await serve();
    const room = await createRoom(first.url, 'Lane council', 'en');
    const host = await join(first.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
    const ana = await join(first.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Ana' });
    const itemId = await ok(host, { type: 'agenda.propose', title: 'Bus stop' });
    const seqBefore = (await ok(host, { type: 'room.setPhase', phase: 'in_session' }), host.received.at(-1)!.seq);

    for (const id of BUILT_INS) {
      for (const [client, command] of [
        [ana, { type: 'agenda.addFact', itemId: id, text: 'x' }],
        [ana, { type: 'agenda.support', itemId: id }],
        [ana, { type: 'consensus.vote', roundId: id, level: 3 }],
        [ana, { type: 'action.update', actionId: id, progress: 10 }],
        [host, { type: 'agenda.activate', itemId: id }],
        [host, { type: 'queue.raise', memberId: id }],
        [host, { type: 'member.setGroup', memberId: id, group: 'x' }],
        [host, { type: 'decision.record', roundId: id, statement: 'x' }],
      ] as const) {
        const ack = await client.command(command);
        expect(ack, `${command.type} ${id}`).toMatchObject({ ok: false, error: { code: 'not_found' } });
        expect(ack.ok || ack.error.reason, `${command.type} ${id}`).toMatch(/\.unknown$/);
      }
    }

    // The host's next command still works, and nothing was stored for the refused ones.
    const factId = await ok(host, { type: 'agenda.addFact', itemId, text: 'Buses come every 20 minutes' });
    const fact = await ana.waitForEvent((e) => e.type === 'agenda.factAdded');
    expect(fact).toMatchObject({ itemId, factId, seq: seqBefore + 1 });
    await first.stop();

    const second = await serve(first.dataDir);
    const summary = await fetch(`${second.url}/api/rooms/${room.roomId}`);
    expect(summary.status).toBe(200);
    expect(await summary.json()).toMatchObject({ title: 'Lane council', phase: 'in_session' });
    const back = await join(second.url, { roomId: room.roomId, token: room.tokens.host });
    expect(back.welcome.state.items[itemId!]?.facts.map((f) => f.text)).toEqual(['Buses come every 20 minutes']);
    await ok(back, { type: 'agenda.activate', itemId });
  });

  it('a store already holding events that name built-ins or cannot be folded opens and serves commands', async () => {
    const server = await serve();
    const room = await createRoom(server.url, 'Broken before the fix', 'en');
    // Written straight into the store, as the old write path stored them before failing to fold.
    const broken = [
      {
        type: 'agenda.factAdded',
        itemId: 'constructor',
        factId: 'f2',
        text: 'x',
        source: '',
        seq: 2,
        at: 2,
        actor: null,
      },
      { type: 'agenda.supported', itemId: '__proto__', memberId: 'm9', seq: 3, at: 3, actor: null },
      { type: 'agenda.exploded', seq: 4, at: 4, actor: null },
    ] as unknown as RoomEvent[];
    await server.store.appendEvents(room.roomId, 1, broken);

    const summary = await fetch(`${server.url}/api/rooms/${room.roomId}`);
    expect(summary.status).toBe(200);
    const host = await join(server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
    // Joining by name is event 5, after the damaged ones.
    expect(host.welcome.seq).toBe(5);
    const itemId = await ok(host, { type: 'agenda.propose', title: 'Street lights' });
    expect(await host.waitForEvent((e) => e.type === 'agenda.proposed')).toMatchObject({ itemId, seq: 6 });
    // A client that asks for the whole history gets it, the damaged records included, and folds past them.
    const sync = await host.socket.timeout(5000).emitWithAck('sync', { afterSeq: 0 });
    expect(sync).toMatchObject({ ok: true, hasMore: false });
    expect((sync as { events: RoomEvent[] }).events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
