/**
 * Locking joining (issue 30), through the real server: while the host has locked it, a new name
 * waits on the host's list (the join is answered `access.waitingForHost` with the id and secret that
 * will admit it), a phone coming back with them is told to wait, then comes in once let in; one
 * turned away is told to join again; the roster's members come back as ever.
 */
import { PROTOCOL_VERSION, type JoinAck } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { connectError, connectRaw, ok, openRoom, type Auth } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

/** A name given on an open connection (as the web app joins); the answer. */
function joinOnConnection(roomId: string, token: string, name: string): Promise<JoinAck> {
  const socket = connectRaw(suite.url, { roomId, token, protocolVersion: PROTOCOL_VERSION, waitForName: true });
  return new Promise((resolve) =>
    socket.once(
      'nameRequired',
      () =>
        void socket.emitWithAck('join', { name }).then((ack: JoinAck) => {
          socket.close();
          resolve(ack);
        }),
    ),
  );
}

describe('joining locked by the host', () => {
  it('puts new names on a waiting list the host lets in from, and keeps the roster coming back', async () => {
    const { room, join } = await openRoom(suite.url, 'Hall', 'en');
    const auth = (extra: Auth) => ({ roomId: room.roomId, token: room.tokens.participant, ...extra });
    const host = await join(room.tokens.host);
    const ana = await join(room.tokens.participant, { name: 'Ana' });
    const anaBack = { memberId: ana.welcome.you.memberId, memberSecret: ana.welcome.you.memberSecret };
    ana.close();
    await ok(host, { type: 'joining.lock', locked: true });

    const bo = await joinOnConnection(room.roomId, room.tokens.participant, 'Bo');
    expect(bo).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'access.waitingForHost' } });
    const boBack = (bo as Extract<JoinAck, { ok: false }>).waiting!;
    const cy = await connectError(suite.url, auth({ name: 'Cy' }));
    expect(cy).toMatchObject({ code: 'waiting', reason: 'access.waitingForHost' });
    const waiting = await host.waitForEvent((e) => e.type === 'joining.requested' && e.name === 'Cy');
    const cyId = waiting.type === 'joining.requested' ? waiting.waitingId : '';

    // Not in yet: told to wait. The roster comes back as ever.
    expect(await connectError(suite.url, auth(boBack))).toMatchObject({ code: 'waiting' });
    const anaAgain = await join(room.tokens.participant, anaBack);
    expect(anaAgain.welcome.you.memberId).toBe(anaBack.memberId);

    await ok(host, { type: 'joining.admit', waitingId: boBack.memberId });
    await ok(host, { type: 'joining.turnAway', waitingId: cyId });
    const boIn = await join(room.tokens.participant, boBack);
    expect(boIn.welcome.you.memberId).toBe(boBack.memberId);
    expect(boIn.welcome.state.members[boBack.memberId]).toMatchObject({ name: 'Bo' });
    expect(boIn.welcome.state.joining.waiting).toEqual({});
    for (const c of [host, anaAgain, boIn]) c.close();
  });
});
