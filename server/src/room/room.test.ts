import {
  applyPresence,
  LIMITS,
  type PresenceChange,
  type PresenceMessage,
  type RoomEvent,
  type RoomState,
} from '@dr/shared';
import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { createRoom } from './createRoom.js';
import { Room, SNAPSHOT_EVERY } from './room.js';
import type { RoomBroadcaster } from './session.js';
import { SqliteStore } from '../store/sqliteStore.js';
import type { Store } from '../store/store.js';

/** Records what the room broadcasts, in place of Socket.IO. */
function fakeBroadcaster() {
  const events: RoomEvent[] = [];
  // What was sent, and the list a socket there from the start holds after each message.
  const sent: (PresenceMessage | PresenceChange)[] = [];
  const presence: PresenceMessage[] = [];
  const removed: string[] = [];
  const broadcaster: RoomBroadcaster = {
    events: (_roomId, batch) => events.push(...batch),
    presence: (_roomId, message) => {
      sent.push(message);
      presence.push(applyPresence(presence.at(-1) ?? null, message)!);
    },
    revoke: () => undefined,
    removeMember: (_roomId, memberId) => removed.push(memberId),
  };
  return { broadcaster, events, presence, sent, removed };
}

async function liveRoom(store: Store = new SqliteStore(':memory:'), presenceWindowMs?: number) {
  const { roomId } = await createRoom(store, { title: 'Bench council', locale: 'zh-CN' });
  const fake = fakeBroadcaster();
  const room = (await Room.load(roomId, {
    store,
    broadcaster: fake.broadcaster,
    logger: pino({ level: 'silent' }),
    ...(presenceWindowMs === undefined ? {} : { presenceWindowMs }),
  }))!;
  return { room, store, roomId, ...fake };
}

describe('Room', () => {
  it('stores events before it broadcasts and acknowledges them', async () => {
    const { room, store, roomId, events } = await liveRoom();
    const joined = await room.join('participant', 'Li', 'in_room');
    if (!joined.ok) throw new Error(joined.error.message);
    const ack = await room.dispatch({ role: 'participant', memberId: joined.memberId }, { type: 'queue.raise' });
    // A participant's first command is also their arrival (issue 30: joined is not yet present).
    expect(ack).toEqual({ ok: true, seq: 4 });
    expect(events.map((e) => e.type)).toEqual(['member.joined', 'member.arrived', 'queue.raised']);
    expect((await store.readEvents(roomId, 0)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it('serialises the welcome state once per state, as the presented state', async () => {
    const { room } = await liveRoom();
    const joined = await room.join('participant', 'Li', 'in_room');
    if (!joined.ok) throw new Error(joined.error.message);
    const first = room.welcomeView(joined.memberId);
    expect(room.welcomeView(null).stateJson).toBe(first.stateJson); // the same string, not made again
    expect(JSON.parse(first.stateJson)).toEqual(room.current);
    expect(first.seq).toBe(room.current.seq);
    await room.dispatch({ role: 'participant', memberId: joined.memberId }, { type: 'queue.raise' });
    const after = room.welcomeView(joined.memberId);
    expect(after.seq).toBe(first.seq + 2); // the raised hand, and before it the arrival it implies
    expect(JSON.parse(after.stateJson)).toEqual(room.current);
  });

  it('answers internal and changes nothing when the store fails', async () => {
    const store = new SqliteStore(':memory:');
    const { room, events } = await liveRoom(store);
    const joined = await room.join('participant', 'Li', undefined);
    if (!joined.ok) throw new Error(joined.error.message);
    const before = room.current;
    store.appendEvents = () => Promise.reject(new Error('disk full'));
    const ack = await room.dispatch({ role: 'participant', memberId: joined.memberId }, { type: 'queue.raise' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(room.current).toBe(before);
    expect(events.map((e) => e.type)).toEqual(['member.joined']);
  });

  it('refuses with internal, stores nothing and broadcasts nothing when an event cannot be folded', async () => {
    const { room: first, store, roomId } = await liveRoom();
    const joined = await first.join('participant', 'Li', undefined);
    const li = { role: 'participant' as const, memberId: joined.ok ? joined.memberId : null };
    const itemAck = await first.dispatch(li, { type: 'agenda.propose', title: 'Bus stop' });
    const itemId = itemAck.ok ? itemAck.id! : '';
    // A damaged cache: the item lost its list of facts, so folding a new fact throws.
    const { facts: _facts, ...damagedItem } = first.current.items[itemId]!;
    const damaged = { ...first.current, items: { [itemId]: damagedItem } } as unknown as RoomState;
    await store.saveSnapshot(roomId, { seq: first.current.seq, state: damaged });
    const fake = fakeBroadcaster();
    const logger = pino({ level: 'silent' });
    const logged = vi.spyOn(logger, 'error');
    const room = (await Room.load(roomId, { store, broadcaster: fake.broadcaster, logger }))!;
    const before = room.current;
    const storedBefore = (await store.readEvents(roomId, 0)).length;

    const ack = await room.dispatch(li, { type: 'agenda.addFact', itemId, text: '12 buses a day' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'internal', reason: 'server.foldFailed' } });
    expect(room.current).toBe(before);
    expect(fake.events).toEqual([]);
    expect(await store.readEvents(roomId, 0)).toHaveLength(storedBefore);
    expect(logged).toHaveBeenCalled();
    // The room is not stuck: the next command is decided, stored and folded as usual.
    expect(await room.dispatch(li, { type: 'queue.raise' })).toEqual({ ok: true, seq: before.seq + 1 });
  });

  it('opens a stored history holding events it cannot fold, logs them, and serves commands after them', async () => {
    const { room: first, store, roomId } = await liveRoom();
    const joined = await first.join('participant', 'Li', undefined);
    const seq = first.current.seq;
    // What rooms broken before the write path folded first hold: an event naming a built-in, and
    // one of a type this version cannot fold.
    const broken = [
      {
        type: 'agenda.factAdded',
        itemId: 'constructor',
        factId: 'f9',
        text: 'x',
        source: '',
        seq: seq + 1,
        at: 5,
        actor: null,
      },
      { type: 'agenda.exploded', seq: seq + 2, at: 6, actor: null },
    ] as unknown as RoomEvent[];
    await store.appendEvents(roomId, seq, broken);
    const logger = pino({ level: 'silent' });
    const logged = vi.spyOn(logger, 'error');
    const room = (await Room.load(roomId, { store, broadcaster: fakeBroadcaster().broadcaster, logger }))!;
    expect(room.current.seq).toBe(seq + 2);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]?.[0]).toMatchObject({ seq: seq + 2, type: 'agenda.exploded' });
    const li = { role: 'participant' as const, memberId: joined.ok ? joined.memberId : null };
    // Li's first command, with the arrival it implies.
    expect(await room.dispatch(li, { type: 'queue.raise' })).toEqual({ ok: true, seq: seq + 4 });
    expect(room.current.queue.map((e) => e.memberId)).toEqual([li.memberId]);
  });

  it('disconnects a member the host removed', async () => {
    const { room, removed } = await liveRoom();
    const joined = await room.join('participant', 'Li', undefined);
    const memberId = joined.ok ? joined.memberId : '';
    const ack = await room.dispatch({ role: 'host', memberId: null }, { type: 'member.remove', memberId });
    expect(ack).toMatchObject({ ok: true });
    expect(removed).toEqual([memberId]);
    expect(room.current.members[memberId]?.removedAt).not.toBeNull();
  });

  it('lets a hall join at once, then new members wait their turn, counting only joins that succeed', async () => {
    const store = new SqliteStore(':memory:');
    const { roomId } = await createRoom(store, { title: 'Hall', locale: 'en' });
    let now = 1_000_000;
    const deps = {
      store,
      broadcaster: fakeBroadcaster().broadcaster,
      logger: pino({ level: 'silent' }),
      clock: () => now,
    };
    const room = (await Room.load(roomId, deps))!;
    // A name with nothing visible is refused and uses up nothing.
    expect(await room.join('participant', '\u200B', undefined)).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    const burst = await Promise.all(
      Array.from({ length: LIMITS.memberJoinBurst }, (_, i) => room.join('participant', `P${i}`, 'in_room')),
    );
    expect(burst.every((j) => j.ok)).toBe(true);
    const seq = room.current.seq;
    // The allowance is used up: the next join waits its turn (joinQueue.ts) instead of being refused.
    const waiting = room.join('participant', 'Waits', undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(room.current.seq).toBe(seq);
    // A returning member does not join again, and others' commands are not limited by joins.
    const first = burst[0]!;
    expect(
      await room.dispatch({ role: 'participant', memberId: first.ok ? first.memberId : null }, { type: 'queue.raise' }),
    ).toMatchObject({ ok: true });
    now += 1000;
    expect(await waiting).toMatchObject({ ok: true });
  });

  it('runs concurrent commands one at a time with consecutive seqs', async () => {
    const { room } = await liveRoom();
    const names = ['A', 'B', 'C', 'D', 'E'];
    const joins = await Promise.all(names.map((n) => room.join('participant', n, 'remote')));
    const acks = await Promise.all(
      joins.map((j) =>
        room.dispatch({ role: 'participant', memberId: j.ok ? j.memberId : null }, { type: 'queue.raise' }),
      ),
    );
    // Each a first command: its member's arrival, then the hand.
    expect(acks.map((a) => (a.ok ? a.seq : 0))).toEqual([8, 10, 12, 14, 16]);
    expect(room.current.queue).toHaveLength(5);
  });

  it('catches up and decides again when another writer appended first', async () => {
    const store = new SqliteStore(':memory:');
    const { room, roomId, events } = await liveRoom(store);
    const a = await room.join('participant', 'A', undefined);
    // Another server node appends a join for B behind this room's back.
    const other = (await Room.load(roomId, {
      store,
      broadcaster: fakeBroadcaster().broadcaster,
      logger: pino({ level: 'silent' }),
    }))!;
    const b = await other.join('participant', 'B', undefined);
    const ack = await room.dispatch(
      { role: 'participant', memberId: a.ok ? a.memberId : null },
      { type: 'queue.raise' },
    );
    expect(ack).toEqual({ ok: true, seq: 5 }); // A's arrival, then the hand
    expect(room.current.members[b.ok ? b.memberId : '']?.name).toBe('B');
    expect(events.map((e) => e.seq)).toEqual([2, 3, 4, 5]);
  });

  it('writes a snapshot so that loading does not replay the whole history', async () => {
    const { room, store, roomId } = await liveRoom();
    const joined = await room.join('participant', 'Li', undefined);
    const actor = { role: 'participant' as const, memberId: joined.ok ? joined.memberId : null };
    for (let i = 0; i < SNAPSHOT_EVERY; i += 1)
      await room.dispatch(actor, { type: i % 2 ? 'queue.lower' : 'queue.raise' });
    await room.flush();
    const snapshot = await store.loadSnapshot(roomId);
    expect(snapshot?.seq).toBe(room.current.seq);
    const reloaded = await Room.load(roomId, {
      store,
      broadcaster: fakeBroadcaster().broadcaster,
      logger: pino({ level: 'silent' }),
    });
    expect(reloaded?.current).toEqual(room.current);
  });

  it('ignores a snapshot of an older state shape and replays the events instead', async () => {
    const { room, store, roomId } = await liveRoom();
    const joined = await room.join('participant', 'Li', undefined);
    await room.flush();
    const stale = { ...room.current, version: 0, title: 'Stale cache' };
    await store.saveSnapshot(roomId, { seq: room.current.seq + 1, state: stale });
    const reloaded = await Room.load(roomId, {
      store,
      broadcaster: fakeBroadcaster().broadcaster,
      logger: pino({ level: 'silent' }),
    });
    expect(reloaded?.current.title).toBe('Bench council');
    expect(reloaded?.current.members[joined.ok ? joined.memberId : '']?.name).toBe('Li');
  });

  it('reports who is online, once per member, and counts observers', async () => {
    const { room, presence } = await liveRoom(undefined, 0);
    room.attach({ id: 's1', role: 'participant', memberId: 'm2' });
    room.attach({ id: 's2', role: 'participant', memberId: 'm2' });
    room.attach({ id: 's3', role: 'observer', memberId: null });
    expect(presence.at(-1)).toEqual({ online: ['m2'], observers: 1 });
    room.detach('s1');
    room.detach('s3');
    expect(presence.at(-1)).toEqual({ online: ['m2'], observers: 0 });
  });

  it('sends presence whole once, then what changed; a session arriving first hears the last list sent', async () => {
    const { room, sent } = await liveRoom(undefined, 0);
    const heard: PresenceMessage[] = [];
    room.attach({ id: 's1', role: 'participant', memberId: 'm2' }, (p) => heard.push(p));
    expect(heard).toEqual([]); // nothing sent yet: its first message is the whole list
    room.attach({ id: 's2', role: 'participant', memberId: 'm3' }, (p) => heard.push(p));
    room.attach({ id: 's3', role: 'observer', memberId: null });
    room.detach('s1');
    room.attach({ id: 's4', role: 'participant', memberId: 'm3' }); // m3 again: nothing changes
    expect(heard).toEqual([{ online: ['m2'], observers: 0 }]);
    expect(sent).toEqual([
      { online: ['m2'], observers: 0 },
      { joined: ['m3'], left: [], observers: 0 },
      { joined: [], left: [], observers: 1 },
      { joined: [], left: ['m2'], observers: 1 },
    ]);
  });

  it('sends a burst of arrivals as one presence message after the first', async () => {
    vi.useFakeTimers();
    try {
      const { room, presence } = await liveRoom(undefined, 50);
      for (let i = 0; i < 50; i += 1) room.attach({ id: `s${i}`, role: 'participant', memberId: `m${i}` });
      expect(presence).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(50);
      expect(presence).toHaveLength(2);
      expect(presence.at(-1)!.online).toHaveLength(50);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stores the commands that arrive together in one commit, each decided on what the ones before left', async () => {
    const store = new SqliteStore(':memory:');
    const appends: number[] = [];
    const counting = new Proxy(store, {
      get(target, key, receiver) {
        if (key === 'appendEvents') {
          return (roomId: string, expectedSeq: number, events: RoomEvent[]) => {
            appends.push(events.length);
            return target.appendEvents(roomId, expectedSeq, events);
          };
        }
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const { room, roomId, events } = await liveRoom(counting, 0);
    const joined = await room.join('participant', 'Li', 'in_room');
    if (!joined.ok) throw new Error(joined.error.message);
    const li = { role: 'participant' as const, memberId: joined.memberId };
    await room.arrive(joined.memberId, undefined); // the phone stayed: present before the commands
    appends.length = 0;
    const acks = await Promise.all([
      room.dispatch(li, { type: 'agenda.propose', title: 'Dig a well' }),
      room.dispatch(li, { type: 'agenda.propose', title: 'Fix the gate' }),
      room.dispatch(li, { type: 'queue.raise', kind: 'speak' }),
      room.dispatch(li, { type: 'queue.raise', kind: 'speak' }), // refused: the hand is up already
    ]);
    expect(acks.map((ack) => ack.ok)).toEqual([true, true, true, false]);
    // All four were waiting when the room began to write: one transaction holds the three accepted ones.
    expect(appends).toEqual([3]);
    const seqs = acks.flatMap((ack) => (ack.ok ? [ack.seq] : []));
    expect(seqs).toEqual([seqs[0], seqs[0]! + 1, seqs[0]! + 2]);
    const stored = await store.readEvents(roomId, 0);
    expect(stored.map((e) => e.seq)).toEqual(stored.map((_, i) => i + 1));
    // Everything after the room's creation went out, in order, once.
    expect(events.map((e) => e.seq)).toEqual(stored.slice(1).map((e) => e.seq));
  });
});
