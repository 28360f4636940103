/**
 * The host removes a member, through the real server: the hand comes down, the ballot in the open
 * round is withdrawn without naming anyone in an anonymous round, the member's connections close and
 * their secret no longer admits them, and the record (state, minutes) still names them.
 */
import type { RoomEvent } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { connect, connectError, createRoom, ok, type TestClient, openRoom } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

function disconnected(client: TestClient): Promise<string> {
  return new Promise((resolve) => client.socket.once('disconnect', (reason) => resolve(reason)));
}

describe('member.remove', () => {
  it('lowers the hand, sets the secret ballot aside, disconnects the member and keeps them in the record', async () => {
    const { room, join } = await openRoom(suite.url, 'East lane', 'en');
    const host = await join(room.tokens.host);
    const chair = await join(room.tokens.host, { name: 'Chair' });
    const ana = await join(room.tokens.participant, { name: 'Ana' });
    const bo = await join(room.tokens.participant, { name: 'Bo' });
    const anaId = ana.welcome.you.memberId!;
    const itemId = (await ok(chair, { type: 'agenda.propose', title: 'One-way traffic' }))!;
    await ok(host, { type: 'room.setPhase', phase: 'in_session' });
    await ok(host, { type: 'agenda.activate', itemId });
    await writeDraft(suite.url, room.roomId, room.tokens.participant, itemId, 'The east lane becomes one-way.');
    const roundId = (await ok(host, { type: 'consensus.open', itemId, anonymous: true }))!;
    const anaBallot = await ok(ana, { type: 'consensus.vote', roundId, level: 0, reason: 'Blocks deliveries' });
    await ok(bo, { type: 'consensus.vote', roundId, level: 4 });
    await ok(ana, { type: 'queue.raise' });
    await ok(ana, { type: 'agenda.addFact', itemId, text: '40 vans a day' });

    const fact = await bo.waitForEvent((e) => e.type === 'agenda.factAdded');
    const gone = disconnected(ana);
    expect(await bo.command({ type: 'member.remove', memberId: anaId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await ok(host, { type: 'member.remove', memberId: anaId });
    expect(await gone).toBe('io server disconnect');

    const removed = await bo.waitForEvent((e) => e.type === 'member.removed');
    const batch = bo.received.filter((e) => e.seq > fact.seq && e.seq <= removed.seq);
    // An anonymous round: no ballot moves beside her name (issue 24 §5); the close sets hers aside.
    expect(batch.map((e) => e.type)).toEqual(['queue.lowered', 'member.removed']);
    expect(anaBallot).toBeDefined();

    // Her secret no longer admits her; she could only join anew by name.
    const { memberId, memberSecret } = ana.welcome.you;
    expect(
      await connectError(suite.url, {
        roomId: room.roomId,
        token: room.tokens.participant,
        memberId,
        memberSecret,
        protocolVersion: 1,
      }),
    ).toMatchObject({ code: 'bad_member' });

    // The room goes on; the record keeps her: a late welcome shows her removed, her fact, no ballot.
    await ok(bo, { type: 'queue.raise' });
    const late = await join(room.tokens.observer);
    const state = late.welcome.state;
    expect(state.members[anaId]).toMatchObject({ name: 'Ana', removedAt: expect.any(Number) });
    expect(state.queue.map((e) => e.memberId)).toEqual([bo.welcome.you.memberId]);
    expect(Object.values(state.rounds[roundId]!.ballots)).toEqual([
      expect.objectContaining({ memberId: null, level: 0 }),
      expect.objectContaining({ memberId: null, level: 4 }),
    ]);
    await ok(host, { type: 'consensus.close', roundId });
    expect(await bo.waitForEvent((e) => e.type === 'consensus.closed')).toMatchObject({ counts: [0, 0, 0, 0, 1, 0] });
    expect(state.items[itemId]!.facts.map((f) => f.addedBy)).toEqual([anaId]);
    const minutes = await fetch(`${suite.url}/api/rooms/${room.roomId}/minutes.md`, {
      headers: { authorization: `Bearer ${room.tokens.host}` },
    });
    expect(await minutes.text()).toContain('Ana (removed by the host during the meeting)');
    for (const c of [host, chair, bo, late]) c.close();
  });

  it('a member connected twice loses both connections', async () => {
    const room = await createRoom(suite.url, 'Two tabs', 'en');
    const host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host });
    const first = await connect(suite.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Li' });
    const { memberId, memberSecret } = first.welcome.you;
    const second = await connect(suite.url, {
      roomId: room.roomId,
      token: room.tokens.participant,
      memberId,
      memberSecret,
    });
    const both = Promise.all([disconnected(first), disconnected(second)]);
    await ok(host, { type: 'member.remove', memberId });
    expect(await both).toEqual(['io server disconnect', 'io server disconnect']);
    const events: RoomEvent[] = host.received;
    expect(events.at(-1)).toMatchObject({ type: 'member.removed', memberId });
    host.close();
  });

  it(
    'lets a burst of people join one room at once, then the next waits its turn and gets in (per room, not per address)',
    { timeout: 60_000 },
    async () => {
      const burst = 40;
      const server = await suite.startServer(undefined, 0, { limits: { memberJoins: { burst, perSecond: 2 } } });
      const room = await createRoom(server.url, 'Village hall', 'en');
      const other = await createRoom(server.url, 'Next village', 'en');
      const auth = (roomId: string, token: string, name: string) => ({ roomId, token, name });
      // A whole burst from one address at once; each phone leaves once welcomed.
      const wave = await Promise.all(
        Array.from({ length: burst }, (_, i) =>
          connect(server.url, auth(room.roomId, room.tokens.participant, `R${i}`)),
        ),
      );
      const joined = wave.map((c) => {
        c.close();
        return { memberId: c.welcome.you.memberId!, memberSecret: c.welcome.you.memberSecret! };
      });
      // The allowance is used up: the next one is not refused, it waits for its turn (room/joinQueue.ts).
      const next = await connect(server.url, auth(room.roomId, room.tokens.participant, 'Late'));
      expect(next.welcome.you.memberId).toBeTruthy();
      next.close();
      // The same address joins another room, and a member of the full hall comes back, at once.
      const elsewhere = await connect(server.url, auth(other.roomId, other.tokens.participant, 'Wang'));
      const { memberId, memberSecret } = joined[0]!;
      const back = await connect(server.url, {
        roomId: room.roomId,
        token: room.tokens.participant,
        memberId,
        memberSecret,
      });
      expect(back.welcome.you.memberId).toBe(memberId);
      for (const c of [elsewhere, back]) c.close();
    },
  );
});
