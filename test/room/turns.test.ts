/**
 * Two host consoles on the floor at the same moment: each command names the turn its console saw,
 * so only the first one counts and the other is refused as stale (`queue.stale`), changing nothing.
 */
import { describe, expect, it } from 'vitest';
import { connect, createRoom, ok, type TestClient } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite({ server: false });

async function hallWithTwoConsoles() {
  const server = await suite.startServer();
  const room = await createRoom(server.url, 'Village road meeting', 'en');
  const host = { roomId: room.roomId, token: room.tokens.host };
  const left = await connect(server.url, host);
  const right = await connect(server.url, host);
  const ana = await connect(server.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Ana' });
  const bo = await connect(server.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Bo' });
  await ok(left, { type: 'rules.set', maxTurnsPerItem: 1 });
  await ok(ana, { type: 'queue.raise' });
  await ok(bo, { type: 'queue.raise' });
  const close = async () => {
    for (const client of [left, right, ana, bo]) client.close();
    await server.stop({ removeData: true });
  };
  return { left, right, ana, bo, close };
}

/** The turn a console sees now: the speaker's turn id in its folded state, from the events it received. */
async function turnSeenBy(client: TestClient, seq: number): Promise<number | null> {
  await client.waitForEvent((e) => e.seq === seq);
  const started = client.received.filter((e) => e.type === 'speaker.started' && e.seq <= seq).at(-1);
  const ended = client.received.filter((e) => e.type === 'speaker.ended' && e.seq <= seq).at(-1);
  return started && (!ended || ended.seq < started.seq) && started.type === 'speaker.started'
    ? (started.turnId ?? null)
    : null;
}

describe('turn-bound host actions', () => {
  it('gives the floor once when two consoles press "Next speaker" together', async () => {
    const { left, right, ana, bo, close } = await hallWithTwoConsoles();
    const first = await left.command({ type: 'queue.next', turnId: null });
    if (!first.ok) throw new Error(first.error.message);
    const anasTurn = await turnSeenBy(right, first.seq);
    expect(anasTurn).toBe(first.seq);

    // Both consoles see Ana speaking and press "Next" at the same moment.
    const acks = await Promise.all([
      left.command({ type: 'queue.next', turnId: anasTurn }),
      right.command({ type: 'queue.next', turnId: anasTurn }),
    ]);
    expect(acks.filter((a) => a.ok)).toHaveLength(1);
    expect(acks.find((a) => !a.ok)).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'queue.stale' } });

    // Bo has the floor (his turn not cut to nothing), and nobody was recorded as speaking twice.
    const winner = acks.find((a) => a.ok)!;
    await ana.waitForEvent((e) => e.seq === (winner.ok ? winner.seq : 0));
    const started = ana.received.filter((e) => e.type === 'speaker.started');
    expect(started.map((e) => e.type === 'speaker.started' && e.memberId)).toEqual([
      ana.welcome.you.memberId,
      bo.welcome.you.memberId,
    ]);
    await close();
  });

  it('never leaves the floor empty when "Next" races "End turn" from another console', async () => {
    const { left, right, bo, close } = await hallWithTwoConsoles();
    const first = await left.command({ type: 'queue.next', turnId: null });
    if (!first.ok) throw new Error(first.error.message);
    const anasTurn = await turnSeenBy(right, first.seq);

    const [next, end] = await Promise.all([
      left.command({ type: 'queue.next', turnId: anasTurn }),
      right.command({ type: 'speaker.end', turnId: anasTurn }),
    ]);
    // Whichever came first ran; the other was refused as stale: either Bo speaks (Next won), or
    // nobody does because End won and the host has not pressed Next yet; never Bo's turn ended at once.
    expect([next.ok, end.ok].filter(Boolean)).toHaveLength(1);
    const last = Math.max(next.ok ? next.seq : 0, end.ok ? end.seq : 0);
    await bo.waitForEvent((e) => e.seq === last);
    const types = bo.received.map((e) => e.type);
    if (next.ok) {
      expect(end).toMatchObject({ ok: false, error: { reason: 'queue.stale' } });
      expect(types.slice(-2)).toEqual(['speaker.ended', 'speaker.started']);
      expect(bo.received.at(-1)).toMatchObject({ type: 'speaker.started', memberId: bo.welcome.you.memberId });
    } else {
      expect(next).toMatchObject({ ok: false, error: { reason: 'queue.stale' } });
      expect(types.at(-1)).toBe('speaker.ended');
    }
    await close();
  });
});
