import { RoomHarness } from '@dr/shared/testing';
import { describe, expect, it } from 'vitest';
import { proposalsBySupport } from './proposalsBySupport';

describe('the proposed topics', () => {
  it('come most supported first, ties in the order proposed, without scheduled or rejected ones', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host');
    const m1 = room.join('Ana');
    const m2 = room.join('Bo');
    const [lights, parking, festival, school, bins] = ['lights', 'parking', 'festival', 'school', 'bins'].map((title) =>
      room.must(m1, { type: 'agenda.propose', title }),
    );
    room.must(m1, { type: 'agenda.support', itemId: festival! });
    room.must(m2, { type: 'agenda.support', itemId: festival! });
    room.must(m1, { type: 'agenda.support', itemId: parking! });
    room.must(host, { type: 'agenda.schedule', itemId: bins!, position: 0 });
    room.must(host, { type: 'agenda.reject', itemId: school!, reason: 'Not ours' });
    expect(proposalsBySupport(room.state).map((i) => i.id)).toEqual([festival, parking, lights]);
  });
});
