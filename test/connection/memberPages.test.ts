/**
 * A big room's welcome is small: it carries some members (hosts, the queue, the speaker) and
 * `memberCount`; `members` pages on the same connection bring the others, at the room's seq.
 */
import {
  LIMITS,
  PROTOCOL_VERSION,
  STATE_VERSION,
  membersInOrder,
  type Member,
  type MembersAck,
  type RoomState,
} from '@dr/shared';
import type { Socket } from 'socket.io-client';
import { beforeAll, describe, expect, it } from 'vitest';
import { connect, connectRaw, createRoom, ok, type CreatedRoom } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
const MEMBERS = LIMITS.membersPage * 2 + 10;
let room: CreatedRoom;

beforeAll(async () => {
  room = await createRoom(suite.url);
  // Straight into the room's write path (the joins' allowance would make this slow).
  const live = (await suite.server.app.registry.get(room.roomId))!;
  for (let i = 0; i < MEMBERS; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, MEMBERS - i) }, (_, k) =>
        live.dispatch({ role: 'host', memberId: null }, { type: 'member.addInRoom', name: `居民 ${i + k + 1}` }),
      ),
    );
  }
});

/** Every page from the first, as a client asks for them. */
async function allPages(socket: Socket): Promise<{ seqs: number[]; members: Member[] }> {
  const seqs: number[] = [];
  const members: Member[] = [];
  let from: number | null = 0;
  while (from !== null) {
    const ack = (await socket.timeout(5000).emitWithAck('members', { from })) as MembersAck;
    if (!ack.ok) throw new Error(ack.error.message);
    expect(ack.members.length).toBeLessThanOrEqual(LIMITS.membersPage);
    seqs.push(ack.seq);
    members.push(...ack.members);
    from = ack.next;
  }
  return { seqs, members };
}

describe('a big room’s members in pages', () => {
  it('welcomes with the host, the queue and your own member, and the pages bring every member', async () => {
    const ana = await connect(suite.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Ana' });
    await ok(ana, { type: 'queue.raise' });
    const host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
    const bo = await connect(suite.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Bo' });
    const welcome = bo.welcome as typeof bo.welcome & { memberCount?: number; you: { member?: Member } };
    const full = (await suite.server.app.registry.get(room.roomId))!.current;

    expect(welcome.memberCount).toBe(MEMBERS + 3);
    expect(welcome.you.member).toEqual(full.members[bo.welcome.you.memberId!]);
    const names = Object.values(welcome.state.members).map((m) => m.name);
    expect(names.sort()).toEqual(['Ana', 'Chair']);
    expect(JSON.stringify(welcome).length).toBeLessThan(JSON.stringify(full).length / 10);

    const { seqs, members } = await allPages(bo.socket);
    expect(new Set(seqs)).toEqual(new Set([full.seq]));
    expect(members).toEqual(membersInOrder(full));
    const held: RoomState = { ...welcome.state, members: Object.fromEntries(members.map((m) => [m.id, m])) };
    expect(held).toEqual(full);
    for (const c of [ana, host, bo]) c.close();
  });

  it('tells a resumed connection how many members the room has', async () => {
    const observer = await connect(suite.url, { roomId: room.roomId, token: room.tokens.observer });
    const { seq, state } = observer.welcome;
    observer.close();
    const socket = connectRaw(suite.url, {
      roomId: room.roomId,
      token: room.tokens.observer,
      protocolVersion: PROTOCOL_VERSION,
      resume: { seq, at: state.updatedAt, stateVersion: STATE_VERSION },
    });
    const welcome = await new Promise<Record<string, unknown>>((resolve) => socket.once('welcome', resolve));
    expect(welcome).toMatchObject({ resumed: true, seq, memberCount: MEMBERS + 3 });
    socket.close();
  });

  it('refuses a malformed page request and answers an empty last page past the end', async () => {
    const observer = await connect(suite.url, { roomId: room.roomId, token: room.tokens.observer });
    for (const bad of [{ from: -1 }, { from: 1.5 }, { from: '0' }, { from: 0, extra: 1 }, null]) {
      const ack = (await observer.socket.timeout(5000).emitWithAck('members', bad)) as MembersAck;
      expect(ack).toMatchObject({ ok: false, error: { code: 'invalid', reason: 'members.invalid' } });
    }
    const past = (await observer.socket.timeout(5000).emitWithAck('members', { from: 1_000_000 })) as MembersAck;
    expect(past).toEqual({ ok: true, seq: observer.welcome.seq, members: [], next: null });
    observer.close();
  });
});
