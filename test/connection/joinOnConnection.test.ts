/**
 * Joining by name on a connection that is already open (`auth.waitForName`, then `join`): a phone
 * on a slow network opens the room's connection before the person has typed a name, and keeps it.
 */
import { PROTOCOL_VERSION, type JoinAck, type RoomState, type Welcome } from '@dr/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { connect, connectError, connectRaw, createRoom, ok, type CreatedRoom } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';
import type { Socket } from 'socket.io-client';

const suite = serverSuite();
let room: CreatedRoom;

beforeAll(async () => {
  room = await createRoom(suite.url);
});

/** A connection that waits for a name: resolves once the server says `nameRequired`. */
async function waiting(token = room.tokens.participant): Promise<{ socket: Socket; heard: string[] }> {
  const socket = connectRaw(suite.url, {
    roomId: room.roomId,
    token,
    protocolVersion: PROTOCOL_VERSION,
    waitForName: true,
  });
  const heard: string[] = [];
  socket.onAny((event: string) => heard.push(event));
  await new Promise<void>((resolve, reject) => {
    socket.once('nameRequired', () => resolve());
    socket.once('welcome', () => reject(new Error('welcomed without a name')));
    socket.once('connect_error', reject);
  });
  return { socket, heard };
}

const join = (socket: Socket, request: unknown) =>
  socket.timeout(5000).emitWithAck('join', request) as Promise<JoinAck>;

describe('a connection that waits for a name', () => {
  it('hears nothing of the room and may do nothing until it joins', async () => {
    const { socket, heard } = await waiting();
    const host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Ma' });
    await ok(host, { type: 'agenda.propose', title: 'Parking' });
    await host.waitForEvent((e) => e.type === 'agenda.proposed');
    // A command, and a sync, are refused; the room's broadcasts do not reach it.
    expect(await socket.timeout(5000).emitWithAck('command', { type: 'queue.raise' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', reason: 'access.nameRequired' },
    });
    expect(await socket.timeout(5000).emitWithAck('sync', { afterSeq: 0 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', reason: 'access.nameRequired' },
    });
    expect(heard).toEqual(['nameRequired']);
    host.close();
    socket.close();
  });

  it('refuses a malformed join or a name the room will not take, and keeps waiting', async () => {
    const { socket } = await waiting();
    for (const bad of [
      null,
      'Wang',
      {},
      { name: 7 },
      { name: 'Wang', presence: 'moon' },
      { name: 'Wang', role: 'host' },
    ]) {
      expect(await join(socket, bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid', reason: 'access.joinMalformed' },
      });
    }
    expect(await join(socket, { name: '\u200b  ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid', reason: 'room.nameNeeded' },
    });
    // Still waiting: a good name now joins.
    expect(await join(socket, { name: 'Wang' })).toMatchObject({ ok: true });
    socket.close();
  });

  it('joins by name: the welcome with the secret comes first, then the answer; the secret brings the member back', async () => {
    const { socket, heard } = await waiting();
    let welcome: Welcome<RoomState> | null = null;
    socket.once('welcome', (w: Welcome<RoomState>) => (welcome = w));
    const ack = await join(socket, { name: '  Li Hua ', presence: 'in_room' });
    expect(ack).toEqual({ ok: true, memberId: expect.any(String) });
    const memberId = ack.ok ? ack.memberId : '';
    expect(welcome).not.toBeNull();
    const { you, state } = welcome as unknown as Welcome<RoomState>;
    expect(you).toEqual({ role: 'participant', memberId, memberSecret: expect.any(String) });
    expect(state.members[memberId]).toMatchObject({ name: 'Li Hua', presence: 'in_room', role: 'participant' });
    expect(heard.slice(0, 2)).toEqual(['nameRequired', 'welcome']);

    // The connection is the member's now: its commands are theirs, and a second join is refused.
    expect(await socket.timeout(5000).emitWithAck('command', { type: 'queue.raise' })).toMatchObject({ ok: true });
    expect(await join(socket, { name: 'Again' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'access.joined' },
    });
    socket.close();

    const back = await connect(suite.url, {
      roomId: room.roomId,
      token: room.tokens.participant,
      memberId,
      memberSecret: you.memberSecret,
    });
    expect(back.welcome.you.memberId).toBe(memberId);
    expect(back.welcome.state.queue.some((turn) => turn.memberId === memberId)).toBe(true);
    back.close();
  });

  it('makes one member of two joins sent at once', async () => {
    const { socket } = await waiting();
    const watcher = await connect(suite.url, { roomId: room.roomId, token: room.tokens.observer });
    const answers = await Promise.all([join(socket, { name: 'Zhao' }), join(socket, { name: 'Zhao' })]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.find((a) => !a.ok)).toMatchObject({ error: { code: 'conflict', reason: 'access.joined' } });
    await watcher.waitForEvent((e) => e.type === 'member.joined' && e.name === 'Zhao');
    const { state } = await connect(suite.url, { roomId: room.roomId, token: room.tokens.observer }).then((c) => {
      c.close();
      return c.welcome;
    });
    expect(Object.values(state.members).filter((m) => m.name === 'Zhao')).toHaveLength(1);
    watcher.close();
    socket.close();
  });

  it('still refuses a participant link without a name when the client did not ask to wait', async () => {
    expect(await connectError(suite.url, { roomId: room.roomId, token: room.tokens.participant })).toMatchObject({
      code: 'name_required',
    });
  });

  it('welcomes an observer as before, who cannot join as a member', async () => {
    const observer = await connect(suite.url, { roomId: room.roomId, token: room.tokens.observer, waitForName: true });
    expect(observer.welcome.you).toEqual({ role: 'observer' });
    expect(await join(observer.socket, { name: 'Peeker' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', reason: 'role.observerJoin' },
    });
    observer.close();
  });

  it('lets a host console without a name join on its connection, and welcomes it as the member', async () => {
    const console_ = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host });
    expect(console_.welcome.you).toEqual({ role: 'host' });
    const welcomes: Welcome<RoomState>[] = [];
    console_.socket.on('welcome', (w: Welcome<RoomState>) => welcomes.push(w));
    const ack = await join(console_.socket, { name: 'Chair Chen', presence: 'in_room' });
    expect(ack).toMatchObject({ ok: true });
    const memberId = ack.ok ? ack.memberId : '';
    expect(welcomes).toHaveLength(1);
    expect(welcomes[0]!.you).toEqual({ role: 'host', memberId, memberSecret: expect.any(String) });
    expect(welcomes[0]!.state.members[memberId]).toMatchObject({ name: 'Chair Chen', role: 'host' });
    // A hand of one's own needs a member: the console has one now.
    expect(await console_.command({ type: 'queue.raise' })).toMatchObject({ ok: true });
    console_.close();
  });

  it('is closed when its link is replaced, so a leaked link cannot join on a connection opened before', async () => {
    const fresh = await createRoom(suite.url, 'Rotated council');
    const socket = connectRaw(suite.url, {
      roomId: fresh.roomId,
      token: fresh.tokens.participant,
      protocolVersion: PROTOCOL_VERSION,
      waitForName: true,
    });
    await new Promise((resolve) => socket.once('nameRequired', resolve));
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const res = await fetch(`${suite.url}/api/rooms/${fresh.roomId}/links/participant/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fresh.tokens.host}` },
    });
    expect(res.status).toBe(200);
    expect(await closed).toBe('io server disconnect');
    const { state } = await connect(suite.url, { roomId: fresh.roomId, token: fresh.tokens.host }).then((c) => {
      c.close();
      return c.welcome;
    });
    expect(Object.keys(state.members)).toEqual([]);
  });
});
