/**
 * A reconnecting client that holds the room's state is not sent the whole room again: it resumes
 * (`auth.resume`), gets a welcome without state, and syncs what it missed.
 */
import { applyAll, PROTOCOL_VERSION, STATE_VERSION, type RoomEvent, type RoomState, type SyncAck } from '@dr/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_BYTES } from '@dr/server';
import { connect, connectError, connectRaw, createRoom, ok, type CreatedRoom } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
let room: CreatedRoom;

beforeAll(async () => {
  room = await createRoom(suite.url);
});

/** The first welcome on a connection with `auth`, whatever its kind. */
async function welcomeOf(auth: Record<string, unknown>) {
  const socket = connectRaw(suite.url, { roomId: room.roomId, protocolVersion: PROTOCOL_VERSION, ...auth });
  const welcome = await new Promise<Record<string, unknown>>((resolve, reject) => {
    socket.once('welcome', resolve);
    socket.once('connect_error', reject);
  });
  return { socket, welcome };
}

describe('resuming a connection', () => {
  it('welcomes without the room, and one sync brings the client’s state to the room’s', async () => {
    const member = await connect(suite.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Ana' });
    const held: RoomState = { ...member.welcome.state, seq: member.welcome.seq };
    member.close();
    // While Ana is away: a topic, a hand, another member.
    const other = await connect(suite.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Bo' });
    await ok(other, { type: 'agenda.propose', title: 'Bins' });
    await ok(other, { type: 'queue.raise' });

    const { socket, welcome } = await welcomeOf({
      token: room.tokens.participant,
      memberId: member.welcome.you.memberId,
      memberSecret: member.welcome.you.memberSecret,
      resume: { seq: held.seq, at: held.updatedAt, stateVersion: STATE_VERSION },
    });
    expect(welcome).toEqual({
      you: { role: 'participant', memberId: member.welcome.you.memberId },
      seq: held.seq,
      resumed: true,
      serverTime: expect.any(Number),
    });
    const ack = (await socket.timeout(5000).emitWithAck('sync', { afterSeq: held.seq })) as SyncAck;
    expect(ack).toMatchObject({ ok: true, hasMore: false });
    const caughtUp = applyAll(held, (ack as { events: RoomEvent[] }).events);

    const fresh = await connect(suite.url, { roomId: room.roomId, token: room.tokens.observer });
    expect(caughtUp).toEqual({ ...fresh.welcome.state, seq: fresh.welcome.seq });
    for (const c of [socket, other.socket, fresh.socket]) c.close();
  });

  it('sends the whole room to a state folded by other rules, ahead of the room, or from another history', async () => {
    const observer = await connect(suite.url, { roomId: room.roomId, token: room.tokens.observer });
    const seq = observer.welcome.seq;
    const at = observer.welcome.state.updatedAt;
    observer.close();
    for (const resume of [
      { seq, at, stateVersion: STATE_VERSION - 1 },
      { seq: seq + 1, at, stateVersion: STATE_VERSION },
      // The same seq in another history (a store restored from a backup): its last event is another.
      { seq, at: at - 1, stateVersion: STATE_VERSION },
    ]) {
      const { socket, welcome } = await welcomeOf({ token: room.tokens.observer, resume });
      expect(welcome, JSON.stringify(resume)).toMatchObject({ seq, state: { roomId: room.roomId } });
      expect(welcome).not.toHaveProperty('resumed');
      socket.close();
    }
  });

  it('sends the whole room when what was missed would weigh more than the room', async () => {
    const small = await createRoom(suite.url, 'Small council');
    const ana = await connect(suite.url, { roomId: small.roomId, token: small.tokens.participant, name: 'Ana' });
    const seq = ana.welcome.seq;
    const at = ana.welcome.state.updatedAt;
    const stateBytes = JSON.stringify(ana.welcome.state).length;
    // A long meeting since: more events than the room's state is worth in bytes.
    const missed = Math.ceil(stateBytes / EVENT_BYTES) + 2;
    for (let i = 0; i < missed; i += 2) {
      await ok(ana, { type: 'queue.raise' });
      await ok(ana, { type: 'queue.lower' });
    }
    const { socket, welcome } = await welcomeOf({
      roomId: small.roomId,
      token: small.tokens.observer,
      resume: { seq, at, stateVersion: STATE_VERSION },
    });
    expect(welcome).toHaveProperty('state');
    expect(welcome).not.toHaveProperty('resumed');
    socket.close();
    ana.close();
  });

  it('refuses a malformed resume at the handshake', async () => {
    for (const resume of [
      { seq: -1, at: 1, stateVersion: STATE_VERSION },
      { seq: 0, at: 1, stateVersion: STATE_VERSION },
      { seq: 1, stateVersion: STATE_VERSION },
      { seq: 1, at: 1 },
      { seq: 1, at: 1, stateVersion: 6, x: 1 },
      'all',
    ]) {
      expect(await connectError(suite.url, { roomId: room.roomId, token: room.tokens.observer, resume })).toMatchObject(
        {
          code: 'invalid',
        },
      );
    }
  });
});
