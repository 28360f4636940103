/**
 * Nothing a client sends can crash the server or corrupt a room: seeded random commands (valid,
 * half-valid and nonsense) from every role, then the room must still answer, and its state must be
 * exactly what replaying its stored events gives.
 */
import { applyAll, COMMAND_TYPES, emptyState, ERROR_CODES, PROTOCOL_VERSION, type RoomEvent } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { connect, connectRaw, createRoom, type TestClient } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

/** mulberry32: a tiny seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261126);
const next = random(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

function junk(depth = 0): unknown {
  const kinds = ['string', 'number', 'bool', 'null', 'array', 'object', 'long', 'id', 'level'];
  switch (pick(depth > 1 ? kinds.slice(0, 4) : kinds)) {
    case 'string':
      return pick(['', ' ', 'x', '议题', '<script>', '\u0000', '\u202E', '\u200B', 'm2', 'i5', 'r7']);
    case 'number':
      return pick([0, -1, 1, 2.5, 5, 6, 1e9, Number.MAX_SAFE_INTEGER]);
    case 'bool':
      return next() < 0.5;
    case 'null':
      return null;
    case 'array':
      return [junk(depth + 1), junk(depth + 1)];
    case 'object':
      return { a: junk(depth + 1), __proto__: { polluted: true } };
    case 'long':
      return 'y'.repeat(Math.floor(next() * 70_000));
    case 'id':
      // Real ids, and ids that name built-ins of a plain object (they once broke a room for good).
      return pick(['m2', 'm3', 'm4', 'i5', 'i6', 'r9', 'b1', 'd1', 'constructor', '__proto__', 'toString']);
    default:
      return Math.floor(next() * 7);
  }
}

const FIELDS = [
  'itemId',
  'memberId',
  'roundId',
  'title',
  'name',
  'reason',
  'level',
  'phase',
  'position',
  'kind',
  'counts',
  'statement',
  'text',
  'group',
  'seconds',
  'queuePolicy',
  'payload',
  'step',
  'description',
  'quorum',
  'eligibleCount',
  'interestedMayVote',
];

/** Commands that are often valid, with ids the room is likely to have (ids follow the event seq). */
function plausible(): Record<string, unknown> {
  const id = (prefix: string) => `${prefix}${2 + Math.floor(next() * 60)}`;
  return pick([
    () => ({ type: 'agenda.propose', title: pick(['Road', '道路维修', 'Lights']) }),
    () => ({ type: 'agenda.support', itemId: id('i') }),
    () => ({ type: 'agenda.activate', itemId: id('i') }),
    () => ({ type: 'agenda.schedule', itemId: id('i'), position: Math.floor(next() * 3) }),
    () => ({ type: 'agenda.addFact', itemId: id('i'), text: 'A fact', source: 'Survey' }),
    () => ({ type: 'queue.raise', kind: pick(['speak', 'reply', 'pointOfOrder']) }),
    () => ({ type: 'queue.lower' }),
    () => ({ type: 'queue.next' }),
    () => ({ type: 'speaker.pause' }),
    () => ({ type: 'speaker.extend', seconds: 30 }),
    () => ({ type: 'room.setPhase', phase: pick(['in_session', 'adjourned']) }),
    () => ({ type: 'rules.set', queuePolicy: pick(['fifo', 'firstTimeFirst', 'alternate']) }),
    () => ({
      type: 'rules.set',
      eligibleCount: pick([null, 3, 40]),
      quorum: pick([null, { count: 2 }, { share: 0.5, moreThan: true }]),
    }),
    () => ({ type: 'member.addInRoom', name: 'Elder' }),
    () => ({ type: 'consensus.vote', roundId: id('r'), level: Math.floor(next() * 6), reason: 'Because' }),
  ])();
}

function randomCommand(): unknown {
  if (next() < 0.05) return junk();
  if (next() < 0.5) return plausible();
  const command: Record<string, unknown> = { type: next() < 0.9 ? pick(COMMAND_TYPES) : junk() };
  const fieldCount = Math.floor(next() * 4);
  for (let i = 0; i < fieldCount; i += 1) command[pick(FIELDS)] = junk();
  return command;
}

const suite = serverSuite();

describe('fuzzing the command boundary', () => {
  it(`survives random commands from every role (seed ${SEED}) and stays consistent`, { timeout: 60_000 }, async () => {
    const room = await createRoom(suite.url);
    const clients: TestClient[] = [];
    for (let i = 0; i < 6; i += 1) {
      const role = (['host', 'participant', 'observer'] as const)[i % 3]!;
      const auth = role === 'observer' ? {} : { name: `Fuzzer ${i}` };
      clients.push(await connect(suite.url, { roomId: room.roomId, token: room.tokens[role], ...auth }));
    }

    const codes = new Set<string>(ERROR_CODES);
    let accepted = 0;
    // Each connection stays within its burst allowance, so what is measured is the rules, not the limiter.
    for (let round = 0; round < 25; round += 1) {
      const acks = await Promise.all(
        clients.map((c) => c.socket.timeout(10_000).emitWithAck('command', randomCommand())),
      );
      for (const ack of acks) {
        if (ack.ok) accepted += 1;
        else expect(codes.has(ack.error.code), JSON.stringify(ack)).toBe(true);
      }
    }
    expect(clients.every((c) => c.socket.connected)).toBe(true);
    expect(accepted).toBeGreaterThan(0);

    // The room still serves, and its state is exactly the fold of its stored events.
    const fresh = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host });
    const stored: RoomEvent[] = await suite.server.store.readEvents(room.roomId, 0);
    expect(stored.map((e) => e.seq)).toEqual(stored.map((_, i) => i + 1));
    expect(fresh.welcome.state).toEqual(applyAll(emptyState(room.roomId), stored));
    expect(await fetch(`${suite.url}/healthz`).then((r) => r.status)).toBe(200);
    for (const c of [...clients, fresh]) c.close();
  });

  it(`survives random joins on connections waiting for a name (seed ${SEED})`, { timeout: 60_000 }, async () => {
    const room = await createRoom(suite.url);
    const sockets = await Promise.all(
      [0, 1, 2].map(async () => {
        const socket = connectRaw(suite.url, {
          roomId: room.roomId,
          token: room.tokens.participant,
          protocolVersion: PROTOCOL_VERSION,
          waitForName: true,
        });
        await new Promise((resolve) => socket.once('nameRequired', resolve));
        return socket;
      }),
    );
    const codes = new Set<string>(ERROR_CODES);
    const randomJoin = () => {
      if (next() < 0.3) return junk();
      const request: Record<string, unknown> = { name: next() < 0.6 ? junk() : `Joiner ${next()}` };
      if (next() < 0.5) request['presence'] = next() < 0.5 ? junk() : pick(['in_room', 'remote']);
      if (next() < 0.2) request[pick(FIELDS)] = junk();
      return request;
    };
    let joined = 0;
    for (let round = 0; round < 20; round += 1) {
      const acks = await Promise.all(sockets.map((s) => s.timeout(10_000).emitWithAck('join', randomJoin())));
      for (const ack of acks) {
        if (ack.ok) joined += 1;
        else expect(codes.has(ack.error.code), JSON.stringify(ack)).toBe(true);
      }
    }
    // Each connection joins at most once; the rest of its joins are refused.
    expect(joined).toBeGreaterThan(0);
    expect(joined).toBeLessThanOrEqual(sockets.length);
    expect(sockets.every((s) => s.connected)).toBe(true);
    const fresh = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host });
    const stored: RoomEvent[] = await suite.server.store.readEvents(room.roomId, 0);
    expect(fresh.welcome.state).toEqual(applyAll(emptyState(room.roomId), stored));
    for (const s of sockets) s.close();
    fresh.close();
  });
});
