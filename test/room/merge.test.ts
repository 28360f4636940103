/** One person, one voice: the same person joins from two phones; the host is alerted and merges them. */
import type { EventOf } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { connectError, ok, openRoom } from '../support/clients.js';
import { roundOn } from '../support/rounds.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

describe('merging two phones of one person', () => {
  it('flags the second join at once, keeps the latest ballot, moves the hand, and closes the merged phone', async () => {
    const { room, join } = await openRoom(suite.url, 'Willow Lane', 'en');
    const host = await join(room.tokens.host, { name: 'Chair' });
    const phone1 = await join(room.tokens.participant, { name: 'Ana Wu' });
    const { roundId } = await roundOn(suite.url, room, host, 'Trees', 'Plant plane trees on Willow Lane.');
    await ok(phone1, { type: 'consensus.vote', roundId, level: 2 });

    // The second phone, the same name typed another way: the phone knows the host was alerted.
    const phone2 = await join(room.tokens.participant, { name: '  ana   WU ' });
    const id1 = phone1.welcome.you.memberId!;
    const id2 = phone2.welcome.you.memberId!;
    expect(phone2.welcome.state.members[id2]).toMatchObject({ name: 'ana WU', sameNameAs: id1 });
    const joined = (await host.waitForEvent(
      (e) => e.type === 'member.joined' && e.memberId === id2,
    )) as EventOf<'member.joined'>;
    expect(joined.sameNameAs).toBe(id1);

    await ok(phone2, { type: 'queue.raise' });
    await ok(phone2, { type: 'consensus.vote', roundId, level: 5 });
    const closed = new Promise<void>((resolve) => phone2.socket.once('disconnect', () => resolve()));
    await ok(host, { type: 'member.merge', memberId: id2, intoMemberId: id1 });
    await closed;

    const merged = (await phone1.waitForEvent((e) => e.type === 'member.merged')) as EventOf<'member.merged'>;
    expect(merged).toMatchObject({ memberId: id2, intoMemberId: id1 });
    const { state } = (await join(room.tokens.observer)).welcome;
    expect(Object.values(state.rounds[roundId]!.ballots)).toEqual([
      expect.objectContaining({ memberId: id1, level: 5 }),
    ]);
    expect(state.queue.map((e) => e.memberId)).toEqual([id1]);
    expect(state.members[id2]).toMatchObject({ mergedInto: id1, removedAt: expect.any(Number) });

    // The merged phone's saved place no longer admits it; the first phone still votes, once.
    const { memberSecret } = phone2.welcome.you;
    const back = await connectError(suite.url, {
      roomId: room.roomId,
      token: room.tokens.participant,
      memberId: id2,
      memberSecret,
    });
    expect(back.reason).toBe('access.rejoin');
    await ok(phone1, { type: 'consensus.vote', roundId, level: 4 });
    await ok(host, { type: 'consensus.close', roundId });
    const result = (await host.waitForEvent((e) => e.type === 'consensus.closed')) as EventOf<'consensus.closed'>;
    expect(result.counts).toEqual([0, 0, 0, 0, 1, 0]);
    host.close();
    phone1.close();
  });
});
