import type { Command, CommandAck, RoomState } from '@dr/shared';
import { RoomHarness } from '@dr/shared/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from './memoryStorage';
import { FakeSocket } from './fakeSocket';
import type { MemberCredentials } from './memberStore';
import { AUTO_RETRY_MS } from './connectionView';
import { createRoomConnection, type Opened } from './roomConnection';
import { SendError } from './roomTypes';

const ana: MemberCredentials = { memberId: 'm1', memberSecret: 'secret-1' };
const raise: Command = { type: 'queue.raise', kind: 'speak' };
let storage: ReturnType<typeof memoryStorage>;
let room: RoomState;

beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('localStorage', storage);
  room = new RoomHarness({ roomId: 'r1' }).state;
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A connection over a fake socket, started; `opened` overrides what it runs over. */
function connect(opened: Partial<Opened> = {}, nameless = false) {
  const socket = new FakeSocket();
  const connection = createRoomConnection('r1', 'tok', nameless, () => ({
    socket: socket.typed,
    stored: null,
    offered: null,
    heard: null,
    ...opened,
  }));
  const close = connection.start();
  return { socket, connection, close, status: () => connection.read().status };
}

const welcome = (you: object = { role: 'participant', ...ana }) => ({ you, seq: room.seq, state: room, serverTime: 0 });
const accepted: CommandAck = { ok: true, seq: 2 };

describe('the room connection', () => {
  it('connects, is connected on the welcome as the member it names, and keeps that member', () => {
    const { socket, connection, status } = connect();
    expect(status()).toBe('connecting');
    expect(socket.connects).toBe(1);
    expect(socket.handshake()).toMatchObject({ roomId: 'r1', token: 'tok', waitForName: true });
    socket.open('welcome', welcome());
    expect(connection.read()).toMatchObject({ status: 'connected', state: { roomId: 'r1', seq: room.seq } });
    expect(connection.read().you).toEqual({ role: 'participant', memberId: 'm1', ballots: {} });
    expect(JSON.parse(storage.getItem('dr:member:r1')!)).toEqual(ana);
    // The next handshake is as that member, and resumes from the state it holds.
    expect(socket.handshake()).toMatchObject({ memberId: 'm1', resume: { seq: room.seq } });
  });

  it('is reconnecting while the connection is lost, and resumes with a sync on the next welcome', () => {
    const { socket, status } = connect();
    socket.open('welcome', welcome());
    socket.drop();
    expect(status()).toBe('reconnecting');
    // A transport error while Socket.IO tries again is not a refusal.
    socket.fire('connect_error', new Error('xhr poll error'));
    expect(status()).toBe('reconnecting');
    socket.open('welcome', { you: { role: 'participant', ...ana }, seq: room.seq, resumed: true, serverTime: 0 });
    expect(status()).toBe('connected');
    expect(socket.sent('sync').map((e) => e.payload)).toEqual([{ afterSeq: room.seq }]);
  });

  it('resumes a page load from the saved state it was offered', () => {
    const { socket, connection } = connect({ stored: ana, offered: room });
    expect(connection.read().state?.seq).toBe(room.seq);
    expect(socket.handshake()).toMatchObject({ memberId: 'm1', resume: { seq: room.seq, at: room.updatedAt } });
  });

  it('asks for a name, sends it on the open connection (joining), and shows a refusal on the join screen', async () => {
    const { socket, connection, status } = connect();
    socket.open('nameRequired');
    expect(status()).toBe('join');
    connection.join('Ana', 'remote');
    expect(status()).toBe('joining');
    const join = socket.sent('join')[0]!;
    expect(join.payload).toEqual({ name: 'Ana', presence: 'remote' });
    const error = { code: 'invalid' as const, message: 'A name is needed.' };
    join.answer({ ok: false, error });
    await vi.waitFor(() => expect(status()).toBe('join'));
    expect(connection.read().joinError).toEqual(error);
    connection.join('Ana', 'remote');
    socket.fire('welcome', welcome());
    expect(connection.read()).toMatchObject({ status: 'connected', joinError: null });
  });

  it('keeps the join screen while the connection comes and goes under it', () => {
    const { socket, status } = connect();
    socket.open('nameRequired');
    socket.drop();
    expect(status()).toBe('join');
  });

  it('gives the name in the handshake when not connected, and shows its refusal', () => {
    const { socket, connection, status } = connect();
    socket.refuse('name_required');
    expect(status()).toBe('join');
    connection.join('Bo', 'in_room');
    expect(socket.handshake()).toMatchObject({ name: 'Bo', presence: 'in_room' });
    expect(socket.connects).toBe(2);
    socket.refuse('invalid', { reason: 'name_taken' });
    expect(connection.read()).toMatchObject({ status: 'join', joinError: { code: 'invalid', reason: 'name_taken' } });
  });

  it('forgets a member the room no longer knows and asks for a name', () => {
    storage.setItem('dr:member:r1', JSON.stringify(ana));
    const { socket, status } = connect({ stored: ana });
    socket.refuse('bad_member');
    expect(status()).toBe('join');
    expect(storage.getItem('dr:member:r1')).toBeNull();
    expect(socket.handshake()).toMatchObject({ waitForName: true });
  });

  it.each([['bad_token'], ['not_found'], ['invalid']])('is an invalid link when refused with %s', (code) => {
    const { socket, status } = connect();
    socket.refuse(code);
    expect(status()).toBe('invalid_link');
  });

  it('is outdated when the server speaks a newer protocol', () => {
    const { socket, status } = connect();
    socket.refuse('outdated');
    expect(status()).toBe('outdated');
  });

  it('stops with the reason of a refusal, and tries again by itself', () => {
    vi.useFakeTimers();
    const { socket, connection, status } = connect();
    socket.refuse('rate_limited', { reason: 'too_many_guesses' });
    expect(connection.read()).toMatchObject({ status: 'stopped', refusal: { code: 'rate_limited' } });
    vi.advanceTimersByTime(AUTO_RETRY_MS);
    expect(status()).toBe('connecting');
    expect(socket.connects).toBe(2);
  });

  it('stops when the server ends the connection; retry reconnects', () => {
    const { socket, connection, status } = connect();
    socket.open('welcome', welcome());
    socket.drop('io server disconnect');
    expect(status()).toBe('stopped');
    connection.retry();
    expect(status()).toBe('reconnecting');
    expect(socket.connects).toBe(2);
  });

  it('lets a host without a name ask for the join screen and come back', () => {
    const { socket, connection, status } = connect();
    socket.open('welcome', welcome({ role: 'host' }));
    connection.askToJoin();
    expect(status()).toBe('join');
    connection.cancelJoin();
    expect(status()).toBe('connected');
  });

  it('sends what was issued offline on the welcome, and again with the same request id when its answer was lost', async () => {
    const { socket, connection } = connect({ stored: ana });
    const answered = connection.send(raise);
    expect(connection.read().outbox).toMatchObject([{ command: raise, status: 'waiting', deferred: true }]);
    expect(JSON.parse(storage.getItem('dr:outbox:r1:m1') ?? '[]')).toHaveLength(1);
    socket.open('welcome', welcome());
    const first = socket.sent('command')[0]!;
    socket.drop();
    socket.open('welcome', welcome());
    const again = socket.sent('command')[1]!;
    expect(again.payload).toEqual(first.payload);
    again.answer(accepted);
    await expect(answered).resolves.toEqual(accepted);
    expect(connection.read().outbox).toEqual([]);
  });

  it('reconnects when a command gets no answer on a connection that says it is up', async () => {
    const { socket, connection, status } = connect();
    socket.open('welcome', welcome());
    void connection.send(raise);
    socket.sent('command')[0]!.silence();
    await vi.waitFor(() => expect(status()).toBe('reconnecting'));
    expect(socket.connects).toBe(2);
  });

  it('records your ballot from a vote’s answer', async () => {
    const { socket, connection } = connect();
    socket.open('welcome', welcome());
    const voted = connection.send({ type: 'consensus.vote', roundId: 'round1', level: 4 });
    socket.sent('command')[0]!.answer({ ok: true, seq: 2, id: 'ballot1' });
    await voted;
    expect(connection.read().you?.ballots).toEqual({ round1: 'ballot1' });
  });

  it('plays back what a preconnected socket heard, in order, without connecting again', () => {
    const heard = [{ event: 'nameRequired', args: [] }];
    const { socket, status } = connect({ heard });
    expect(status()).toBe('join');
    expect(socket.connects).toBe(0);
  });

  it('a board keeps nothing and sends as nobody', () => {
    const { socket, connection } = connect({}, true);
    void connection.send(raise);
    expect(storage.items.size).toBe(0);
    socket.open('welcome', welcome({ role: 'observer' }));
    expect(connection.read().you?.memberId).toBeNull();
  });

  it('once closed, refuses to send and hangs up', async () => {
    const { socket, connection, close } = connect();
    socket.open('welcome', welcome());
    close();
    expect(socket.connected).toBe(false);
    await expect(connection.send(raise)).rejects.toBeInstanceOf(SendError);
  });
});
