import { describe, expect, it } from 'vitest';
import { placeInQueue, servingOrder } from './queuePolicy.js';
import { RoomHarness } from '../testing/roomHarness.js';
import type { QueuePolicy } from '../core/vocabulary.js';

function meeting(policy: QueuePolicy) {
  const room = new RoomHarness();
  const host = room.join('Chair', 'host', 'in_room');
  room.must(host, { type: 'rules.set', queuePolicy: policy });
  const item = room.must(host, { type: 'agenda.propose', title: 'Courtyard parking' });
  room.must(host, { type: 'agenda.activate', itemId: item });
  return { room, host };
}

const order = (room: RoomHarness) => servingOrder(room.state).map((e) => room.state.members[e.memberId]!.name);

describe('queue policies', () => {
  it('fifo serves hands in the order they were raised', () => {
    const { room, host } = meeting('fifo');
    for (const name of ['Ana', 'Bo', 'Cai']) room.must(room.join(name), { type: 'queue.raise' });
    expect(order(room)).toEqual(['Ana', 'Bo', 'Cai']);
    room.must(host, { type: 'queue.next' });
    expect(room.state.members[room.state.speaker!.memberId]!.name).toBe('Ana');
    expect(order(room)).toEqual(['Bo', 'Cai']);
  });

  it('firstTimeFirst puts people who have not spoken on this item before those who have', () => {
    const { room, host } = meeting('firstTimeFirst');
    const ana = room.join('Ana');
    const bo = room.join('Bo');
    room.must(ana, { type: 'queue.raise' });
    room.must(host, { type: 'queue.next' }); // Ana speaks once
    room.must(host, { type: 'speaker.end' });
    room.must(ana, { type: 'queue.raise' });
    room.must(bo, { type: 'queue.raise' });
    expect(order(room)).toEqual(['Bo', 'Ana']);
    expect(placeInQueue(room.state, ana.memberId!)).toBe(2);
  });

  it('firstTimeFirst counts turns per item: a new item starts everyone afresh', () => {
    const { room, host } = meeting('firstTimeFirst');
    const ana = room.join('Ana');
    const bo = room.join('Bo');
    room.must(ana, { type: 'queue.raise' });
    room.must(host, { type: 'queue.next' });
    room.must(host, { type: 'speaker.end' });
    const second = room.must(host, { type: 'agenda.propose', title: 'Lights' });
    room.must(host, { type: 'agenda.activate', itemId: second });
    room.must(ana, { type: 'queue.raise' });
    room.must(bo, { type: 'queue.raise' });
    expect(order(room)).toEqual(['Ana', 'Bo']);
  });

  it('alternate switches between in-room and remote speakers', () => {
    const { room, host } = meeting('alternate');
    const remote1 = room.join('R1', 'participant', 'remote');
    const remote2 = room.join('R2', 'participant', 'remote');
    const inRoom1 = room.join('H1', 'participant', 'in_room');
    const inRoom2 = room.join('H2', 'participant', 'in_room');
    for (const m of [remote1, remote2, inRoom1, inRoom2]) room.must(m, { type: 'queue.raise' });
    expect(order(room)).toEqual(['R1', 'H1', 'R2', 'H2']);
    room.must(host, { type: 'queue.next' }); // R1 speaks: an in-room speaker is next
    expect(order(room)).toEqual(['H1', 'R2', 'H2']);
  });

  it('alternate lets one side go on when the other has nobody waiting', () => {
    const { room } = meeting('alternate');
    for (const name of ['A', 'B']) room.must(room.join(name, 'participant', 'in_room'), { type: 'queue.raise' });
    expect(order(room)).toEqual(['A', 'B']);
  });

  it('puts points of order first and direct replies before other speakers', () => {
    const { room } = meeting('fifo');
    room.must(room.join('Ana'), { type: 'queue.raise' });
    room.must(room.join('Bo'), { type: 'queue.raise', kind: 'reply' });
    room.must(room.join('Cai'), { type: 'queue.raise', kind: 'pointOfOrder' });
    expect(order(room)).toEqual(['Cai', 'Bo', 'Ana']);
  });

  it('lets the host reorder hands within a policy', () => {
    const { room, host } = meeting('fifo');
    const ana = room.join('Ana');
    room.must(ana, { type: 'queue.raise' });
    const bo = room.join('Bo');
    room.must(bo, { type: 'queue.raise' });
    room.must(host, { type: 'queue.move', memberId: bo.memberId!, position: 0 });
    expect(order(room)).toEqual(['Bo', 'Ana']);
  });
});
