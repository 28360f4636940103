/**
 * Two `Room`s of one room on one store, as two server nodes hold it (room/cluster.ts): each sends
 * its own sockets every event once, in seq order, whichever node committed it; a node that missed a
 * notice folds the store before it decides.
 */
import type { PresenceMessage, RoomEvent } from '@dr/shared';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from '../store/sqliteStore.js';
import type { RoomCluster } from './cluster.js';
import { createRoom } from './createRoom.js';
import { Room } from './room.js';
import type { RoomBroadcaster } from './session.js';

/** A node: its room and what its sockets were sent. */
interface Node {
  room: Room;
  sent: RoomEvent[];
  /** Whether the other node's notices reach this one (off: as if lost while Redis reconnected). */
  hears: boolean;
}

async function twoNodes() {
  const store = new SqliteStore(':memory:');
  const { roomId } = await createRoom(store, { title: 'Two nodes', locale: 'en' });
  const nodes: Node[] = [];
  const clusterFor = (self: number): RoomCluster => ({
    committed: (_roomId, seq) => {
      const other = nodes[1 - self]!;
      if (other.hears) void other.room.followOthers(seq);
    },
    publishPresence: () => undefined,
    otherNodesPresence: (): PresenceMessage[] => [],
    lease: async () => ({ release: async () => undefined }),
    docRelay: () => ({ update: () => undefined, awareness: () => undefined, askForMissing: async () => [] }),
    joins: { take: async () => true, giveBack: async () => undefined },
    roomLoaded: () => undefined,
  });
  for (const self of [0, 1]) {
    const sent: RoomEvent[] = [];
    const broadcaster: RoomBroadcaster = {
      events: (_roomId, batch) => sent.push(...batch),
      presence: () => undefined,
      revoke: () => undefined,
      removeMember: () => undefined,
    };
    const room = (await Room.load(roomId, {
      store,
      broadcaster,
      logger: pino({ level: 'silent' }),
      cluster: clusterFor(self),
    }))!;
    nodes.push({ room, sent, hears: true });
  }
  const joined = await nodes[0]!.room.join('host', 'Chair', undefined);
  if (!joined.ok) throw new Error(joined.error.message);
  await nodes[1]!.room.caughtUp();
  for (const node of nodes) node.sent.length = 0;
  const host = { role: 'host' as const, memberId: joined.memberId };
  return { store, roomId, host, nodes: nodes as [Node, Node] };
}

const seqs = (events: readonly RoomEvent[]) => events.map((e) => e.seq);

describe('one room on two nodes', () => {
  it('sends each node’s sockets every event once and in order, whichever node took the command', async () => {
    const { store, roomId, host, nodes } = await twoNodes();
    const [a, b] = nodes;
    const acks = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? a : b).room.dispatch(host, { type: 'agenda.propose', title: `Item ${i}` }),
      ),
    );
    expect(acks.filter((ack) => !ack.ok)).toEqual([]);
    const stored = await store.readEvents(roomId, 0);
    expect(seqs(stored)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    await a.room.caughtUp();
    await b.room.caughtUp();
    for (const node of nodes) expect(seqs(node.sent)).toEqual(seqs(stored.slice(2)));
    expect(a.room.current).toEqual(b.room.current);
  });

  it('folds what it missed before it decides, and sends it before its own events', async () => {
    const { host, nodes } = await twoNodes();
    const [a, b] = nodes;
    b.hears = false; // b misses a's notices
    const first = await a.room.dispatch(host, { type: 'agenda.propose', title: 'Lights' });
    expect(b.sent).toEqual([]);
    // b decides against the state a left: the item a proposed can be activated on b at once.
    const itemId = first.ok ? first.id! : '';
    const ack = await b.room.dispatch(host, { type: 'agenda.activate', itemId });
    if (!ack.ok) throw new Error(ack.error.message);
    expect(seqs(b.sent)).toEqual(Array.from({ length: ack.seq - 2 }, (_, i) => i + 3));
    expect(b.sent[0]?.type).toBe('agenda.proposed');
    expect(b.sent.map((e) => e.type)).toContain('agenda.activated');
  });

  it('tells every event alike, the roll included, when a node catches up on several at once', async () => {
    const { host, nodes } = await twoNodes();
    const [a, b] = nodes;
    b.hears = false; // b learns of a's three arrivals together
    for (const name of ['Grandpa Liu', 'Aunt Zhao', 'Uncle Wu']) {
      const ack = await a.room.dispatch(host, { type: 'member.addInRoom', name });
      if (!ack.ok) throw new Error(ack.error.message);
    }
    await b.room.caughtUp();
    // Each arrival carries the roll it left (one, two, three more present), on both nodes.
    const people = (sent: readonly RoomEvent[]) => sent.flatMap((e) => (e.roll ? [e.roll.people] : []));
    expect(people(a.sent)).toEqual([2, 3, 4]);
    expect(b.sent).toEqual(a.sent);
  });
});

describe('a secret round beside arrivals, on two nodes', () => {
  it('sends the same ballot, hidden alike, and the same rolls from the committing node and the one catching up', async () => {
    const { host, nodes } = await twoNodes();
    const [a, b] = nodes;
    const ok = async (command: Parameters<Room['dispatch']>[1]) => {
      const ack = await a.room.dispatch(host, command);
      if (!ack.ok) throw new Error(ack.error.message);
      return ack.id;
    };
    const itemId = (await ok({ type: 'agenda.propose', title: 'Fire lane' }))!;
    await ok({ type: 'agenda.activate', itemId });
    const draft = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Keep the fire lane clear.')]);
    draft.getXmlFragment(`draft:${itemId}`).push([paragraph]);
    (await a.room.doc()).applyFromOtherNode(Y.encodeStateAsUpdate(draft));
    const roundId = (await ok({ type: 'consensus.open', itemId, anonymous: true, visibility: 'afterClose' }))!;
    await b.room.caughtUp();
    for (const node of nodes) node.sent.length = 0;
    b.hears = false; // b learns of the arrivals and the ballot together
    await ok({ type: 'member.addInRoom', name: 'Grandpa Liu' });
    await ok({ type: 'consensus.vote', roundId, level: 4, reason: 'Keep it clear' });
    await ok({ type: 'member.addInRoom', name: 'Aunt Zhao' });
    await b.room.caughtUp();
    const vote = a.sent.find((e) => e.type === 'consensus.voted');
    expect(vote).toMatchObject({ memberId: null, actor: null, level: null, reason: null });
    expect(b.sent).toEqual(a.sent);
  });
});
