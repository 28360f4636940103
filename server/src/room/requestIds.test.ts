/** Exactly once: a command sent again with its request id is re-answered from the store, never run twice. */
import { LIMITS, type Actor, type RoomEvent } from '@dr/shared';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createRoom } from './createRoom.js';
import { Room } from './room.js';
import type { RoomBroadcaster } from './session.js';
import { SqliteStore } from '../store/sqliteStore.js';
import type { Store } from '../store/store.js';

async function setUp() {
  const store: Store = new SqliteStore(':memory:');
  const { roomId } = await createRoom(store, { title: 'Courtyard council', locale: 'en' });
  const broadcast: RoomEvent[] = [];
  let now = Date.now();
  const clock = { now: () => now, advance: (ms: number) => (now += ms) };
  const broadcaster: RoomBroadcaster = {
    events: (_roomId, batch) => broadcast.push(...batch),
    presence: () => undefined,
    revoke: () => undefined,
    removeMember: () => undefined,
  };
  const load = async () =>
    (await Room.load(roomId, { store, broadcaster, logger: pino({ level: 'silent' }), clock: clock.now }))!;
  const room = await load();
  const member = async (name: string): Promise<Actor> => {
    const joined = await room.join('participant', name, 'in_room');
    if (!joined.ok) throw new Error(joined.error.message);
    return { role: 'participant', memberId: joined.memberId };
  };
  return { store, roomId, room, load, member, broadcast, clock };
}

describe('request ids', () => {
  it('re-answers a repeated request with its first ack, marked replayed, and runs nothing', async () => {
    const { room, member, broadcast } = await setUp();
    const ana = await member('Ana');
    const first = await room.dispatch(ana, { type: 'agenda.propose', title: 'Bike shed' }, 'req-propose-1');
    expect(first).toMatchObject({ ok: true, id: expect.any(String) });
    const seq = room.current.seq;
    const events = broadcast.length;

    const again = await room.dispatch(ana, { type: 'agenda.propose', title: 'Bike shed' }, 'req-propose-1');
    expect(again).toEqual({ ...first, replayed: true });
    expect(room.current.seq).toBe(seq);
    expect(broadcast).toHaveLength(events);
    expect(Object.values(room.current.items)).toHaveLength(1);
  });

  it('runs a repeat sent while the first is still running once, and answers both', async () => {
    const { room, member } = await setUp();
    const ana = await member('Ana');
    const [a, b] = await Promise.all([
      room.dispatch(ana, { type: 'queue.raise' }, 'req-raise-01'),
      room.dispatch(ana, { type: 'queue.raise' }, 'req-raise-01'),
    ]);
    expect(a).toMatchObject({ ok: true });
    expect(b).toEqual({ ...a, replayed: true });
    expect(room.current.queue).toHaveLength(1);
  });

  it('re-answers a refusal the same way, even after its cause went away', async () => {
    const { room, member } = await setUp();
    const ana = await member('Ana');
    const refused = await room.dispatch(ana, { type: 'queue.lower' }, 'req-lower-01');
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'queue.notRaised' } });
    await room.dispatch(ana, { type: 'queue.raise' });
    expect(await room.dispatch(ana, { type: 'queue.lower' }, 'req-lower-01')).toEqual({ ...refused, replayed: true });
    expect(room.current.queue.map((e) => e.memberId)).toEqual([ana.memberId]);
  });

  it('keeps request ids per sender, and refuses one reused for another command', async () => {
    const { room, member } = await setUp();
    const ana = await member('Ana');
    const bo = await member('Bo');
    await room.dispatch(ana, { type: 'queue.raise' }, 'same-id-0001');
    const bos = await room.dispatch(bo, { type: 'queue.raise' }, 'same-id-0001');
    expect(bos).toMatchObject({ ok: true });
    expect(bos).not.toHaveProperty('replayed');
    expect(room.current.queue).toHaveLength(2);

    const reused = await room.dispatch(ana, { type: 'queue.lower' }, 'same-id-0001');
    expect(reused).toMatchObject({ ok: false, error: { code: 'invalid', reason: 'command.requestReused' } });
    expect(room.current.queue).toHaveLength(2);
  });

  it('remembers answers across a reload for the retention, and forgets them after it', async () => {
    const { room, load, member, clock } = await setUp();
    const ana = await member('Ana');
    const first = await room.dispatch(ana, { type: 'agenda.propose', title: 'Lamp posts' }, 'req-lamps-01');
    await room.unload();

    clock.advance(LIMITS.requestIdRetentionMs - 1000);
    const reloaded = await load();
    const command = { type: 'agenda.propose', title: 'Lamp posts' } as const;
    expect(await reloaded.dispatch(ana, command, 'req-lamps-01')).toEqual({ ...first, replayed: true });
    await reloaded.unload();

    clock.advance(2000);
    const later = await load();
    const fresh = await later.dispatch(ana, command, 'req-lamps-01');
    expect(fresh).toMatchObject({ ok: true });
    expect(fresh).not.toHaveProperty('replayed');
    expect(Object.values(later.current.items)).toHaveLength(2);
  });

  it('does not remember a command the store failed to save, so its retry runs', async () => {
    const { room, store, member } = await setUp();
    const ana = await member('Ana');
    const append = store.appendEvents.bind(store);
    store.appendEvents = () => Promise.reject(new Error('disk full'));
    expect(await room.dispatch(ana, { type: 'queue.raise' }, 'req-raise-02')).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    store.appendEvents = append;
    const retried = await room.dispatch(ana, { type: 'queue.raise' }, 'req-raise-02');
    expect(retried).toMatchObject({ ok: true });
    expect(retried).not.toHaveProperty('replayed');
    expect(room.current.queue).toHaveLength(1);
  });
});
