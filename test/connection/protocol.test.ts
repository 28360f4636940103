/** The Socket.IO and HTTP contract, driven by real clients against the real server. */
import { LIMITS, PROTOCOL_VERSION } from '@dr/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { connectError, createRoom, joiner, type CreatedRoom } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
let room: CreatedRoom;
let join: ReturnType<typeof joiner>;

beforeAll(async () => {
  room = await createRoom(suite.url);
  join = joiner(suite.url, room);
});

describe('HTTP', () => {
  it('reports health when the store answers', async () => {
    const res = await fetch(`${suite.url}/healthz`);
    expect(res.status).toBe(200);
  });

  it('creates a room with three distinct links carrying tokens in the fragment', () => {
    expect(room.roomId).toMatch(/^[\w-]+$/);
    const { host, participant, observer } = room.tokens;
    expect(new Set([host, participant, observer]).size).toBe(3);
    expect(room.links.participant).toBe(`${suite.url}/r/${room.roomId}#t=${participant}`);
  });

  it('refuses a room without a title', async () => {
    const res = await fetch(`${suite.url}/api/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: '   ' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid' } });
  });

  it('shows a public summary without any secret, and 404 for an unknown room', async () => {
    const res = await fetch(`${suite.url}/api/rooms/${room.roomId}`);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      roomId: room.roomId,
      title: 'Courtyard council',
      phase: 'preparing',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
    });
    for (const token of Object.values(room.tokens)) expect(text).not.toContain(token);
    expect((await fetch(`${suite.url}/api/rooms/nope`)).status).toBe(404);
  });
});

describe('handshake', () => {
  it('refuses a wrong token, an unknown room, and an outdated tab with clear messages', async () => {
    expect(await connectError(suite.url, { roomId: room.roomId, token: 'wrong', name: 'X' })).toMatchObject({
      code: 'bad_token',
      message: expect.stringMatching(/not valid/),
    });
    expect(await connectError(suite.url, { roomId: 'missing', token: room.tokens.host })).toMatchObject({
      code: 'not_found',
    });
    const outdated = await connectError(suite.url, {
      roomId: room.roomId,
      token: room.tokens.participant,
      protocolVersion: PROTOCOL_VERSION - 1,
    });
    expect(outdated).toMatchObject({ code: 'outdated', message: expect.stringMatching(/reload/) });
  });

  it('asks a participant for a name, but lets an observer watch without one', async () => {
    expect(await connectError(suite.url, { roomId: room.roomId, token: room.tokens.participant })).toMatchObject({
      code: 'name_required',
    });
    const observer = await join(room.tokens.observer);
    expect(observer.welcome.you).toEqual({ role: 'observer' });
    expect(observer.welcome.state.title).toBe('Courtyard council');
    observer.close();
  });

  it('serves a client that does not send a protocol version', async () => {
    const observer = await join(room.tokens.observer, { protocolVersion: undefined });
    expect(observer.welcome.you.role).toBe('observer');
    observer.close();
  });

  it('creates a member from a name and brings them back with their secret', async () => {
    const first = await join(room.tokens.participant, { name: 'Wang', presence: 'in_room' });
    const { memberId, memberSecret } = first.welcome.you;
    expect(memberId).toBeTruthy();
    expect(memberSecret).toBeTruthy();
    expect(first.welcome.state.members[memberId!]).toMatchObject({
      name: 'Wang',
      presence: 'in_room',
      role: 'participant',
    });
    first.close();

    const again = await join(room.tokens.participant, { memberId, memberSecret });
    expect(again.welcome.you).toEqual({ role: 'participant', memberId });
    again.close();

    expect(
      await connectError(suite.url, {
        roomId: room.roomId,
        token: room.tokens.participant,
        memberId,
        memberSecret: 'guess',
      }),
    ).toMatchObject({ code: 'bad_member' });
  });

  it('never sends a member secret to anyone else', async () => {
    const watcher = await join(room.tokens.observer);
    const joiner = await join(room.tokens.participant, { name: 'Zhao' });
    const joined = await watcher.waitForEvent(
      (e) => e.type === 'member.joined' && e.memberId === joiner.welcome.you.memberId,
    );
    expect(JSON.stringify(joined)).not.toContain(joiner.welcome.you.memberSecret!);
    expect(JSON.stringify(watcher.welcome)).not.toMatch(/secret|tokenHash/i);
    watcher.close();
    joiner.close();
  });
});

describe('commands', () => {
  it('broadcasts a proposal to everyone and acks its id', async () => {
    const ana = await join(room.tokens.participant, { name: 'Ana' });
    const observer = await join(room.tokens.observer);
    const ack = await ana.command({
      type: 'agenda.propose',
      title: 'Repair the east road',
      description: 'Before the rains',
    });
    expect(ack).toMatchObject({ ok: true, seq: expect.any(Number), id: expect.any(String) });
    const seen = await observer.waitForEvent((e) => e.type === 'agenda.proposed');
    expect(seen).toMatchObject({
      type: 'agenda.proposed',
      itemId: ack.ok ? ack.id : '',
      title: 'Repair the east road',
      actor: ana.welcome.you.memberId,
      seq: ack.ok ? ack.seq : 0,
      at: expect.any(Number),
    });
    ana.close();
    observer.close();
  });

  it('runs the speaking queue: raise, lower, and the host calls the next speaker', async () => {
    const host = await join(room.tokens.host, { name: 'Chair' });
    const ana = await join(room.tokens.participant, { name: 'Ana' });
    const bo = await join(room.tokens.participant, { name: 'Bo' });
    expect(await ana.command({ type: 'queue.raise' })).toMatchObject({ ok: true });
    expect(await ana.command({ type: 'queue.raise' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await bo.command({ type: 'queue.raise' })).toMatchObject({ ok: true });
    expect(await bo.command({ type: 'queue.lower' })).toMatchObject({ ok: true });
    expect(await bo.command({ type: 'queue.raise' })).toMatchObject({ ok: true });
    expect(await ana.command({ type: 'queue.next' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    expect(await host.command({ type: 'queue.next' })).toMatchObject({ ok: true });
    const started = await bo.waitForEvent((e) => e.type === 'speaker.started');
    expect(started).toMatchObject({ memberId: ana.welcome.you.memberId });
    expect(await host.command({ type: 'queue.next' })).toMatchObject({ ok: true });
    expect(await host.command({ type: 'queue.next' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    for (const c of [host, ana, bo]) c.close();
  });

  it('lets a client that missed events catch up with sync', async () => {
    const observer = await join(room.tokens.observer);
    const from = observer.welcome.seq;
    const ana = await join(room.tokens.participant, { name: 'Ana' });
    await ana.command({ type: 'agenda.propose', title: 'Courtyard lights' });
    const ack = await observer.socket.emitWithAck('sync', { afterSeq: from });
    expect(ack.ok).toBe(true);
    expect(ack.events.map((e: { seq: number }) => e.seq)).toEqual(
      Array.from({ length: ack.events.length }, (_, i) => from + 1 + i),
    );
    expect(ack.events.at(-1)).toMatchObject({ type: 'agenda.proposed', title: 'Courtyard lights' });
    expect(await observer.socket.emitWithAck('sync', { afterSeq: -1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    ana.close();
    observer.close();
  });
});

describe('bad input', () => {
  it('answers malformed commands with typed errors, writes nothing, and keeps the socket', async () => {
    const ana = await join(room.tokens.participant, { name: 'Ana' });
    const observer = await join(room.tokens.observer);
    const before = (await fetch(`${suite.url}/api/rooms/${room.roomId}`)).status;
    const seqBefore = observer.welcome.seq;

    const cases: [unknown, string][] = [
      ['queue.raise', 'invalid'],
      [null, 'invalid'],
      [[1, 2, 3], 'invalid'],
      [{ type: 'room.delete' }, 'invalid'],
      [{ type: 'agenda.propose' }, 'invalid'],
      [{ type: 'agenda.propose', title: { $gt: '' } }, 'invalid'],
      [{ type: 'agenda.propose', title: 'x'.repeat(LIMITS.title + 1) }, 'invalid'],
      [{ type: 'agenda.propose', title: 'ok', description: 'x'.repeat(100 * 1024) }, 'too_large'],
    ];
    for (const [payload, code] of cases) {
      const ack = await ana.socket.timeout(5000).emitWithAck('command', payload);
      expect(ack, JSON.stringify(payload).slice(0, 60)).toMatchObject({
        ok: false,
        error: { code, message: expect.any(String) },
      });
    }
    expect(await observer.command({ type: 'agenda.propose', title: 'Sneaky' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(ana.socket.connected && observer.socket.connected).toBe(true);

    // Nothing was written: the next accepted command follows straight on from the last known seq
    // (Ana's first: her arrival, then the hand).
    const ack = await ana.command({ type: 'queue.raise' });
    expect(ack).toMatchObject({ ok: true, seq: seqBefore + 2 });
    expect(before).toBe(200);
    await ana.command({ type: 'queue.lower' });
    ana.close();
    observer.close();
  });

  it('rate-limits a flood of commands without disconnecting', async () => {
    const ana = await join(room.tokens.participant, { name: 'Flood' });
    const acks = await Promise.all(
      Array.from({ length: LIMITS.commandBurst * 5 }, () => ana.command({ type: 'queue.lower' })),
    );
    expect(acks.some((a) => !a.ok && a.error.code === 'rate_limited')).toBe(true);
    expect(ana.socket.connected).toBe(true);
    ana.close();
  });
});
