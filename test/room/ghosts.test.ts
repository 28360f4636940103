/**
 * A name joined and dropped is no attendance (issue 30): a participant who joins by a link counts
 * as present once they take part (a command, coming back with their secret, or their connection
 * staying `presentAfterMs`), through the real server.
 */
import { attendanceNow, type RoomState } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { ok, openRoom, type Auth } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite({ server: { limits: { presentAfterMs: 300 } } });

describe('ghost members', () => {
  it('never count as present until they take part', async () => {
    const { room, join } = await openRoom(suite.url, 'Hall', 'en');
    const participant = (extra: Auth) => join(room.tokens.participant, extra);
    const host = await join(room.tokens.host);
    const present = async () => {
      const look = await join(room.tokens.host);
      look.close();
      return attendanceNow(look.welcome.state as RoomState).present;
    };
    // Ten names joined and dropped at once.
    const ghosts = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const ghost = await participant({ name: `Ghost ${i}` });
        ghost.close();
        return ghost.welcome.you;
      }),
    );
    // One who raises a hand at once, then one who stays. In this order: the stayer's 300 ms start at
    // its welcome, and a join and a command after it could take longer on a busy machine, so the
    // arrivals came the other way round (a race of the test's with the server's timer).
    const acts = await participant({ name: 'Acts' });
    await ok(acts, { type: 'queue.raise' });
    const stays = await participant({ name: 'Stays', presence: 'in_room' });
    await expect.poll(present, { timeout: 10_000 }).toBe(2);
    expect(host.received.filter((e) => e.type === 'member.arrived').map((e) => e.memberId)).toEqual([
      acts.welcome.you.memberId,
      stays.welcome.you.memberId,
    ]);
    // A ghost's phone that comes back with its secret has taken part.
    const back = await participant({ memberId: ghosts[0]!.memberId, memberSecret: ghosts[0]!.memberSecret });
    await expect.poll(present).toBe(3);
    for (const c of [host, stays, acts, back]) c.close();
  });
});
