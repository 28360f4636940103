/**
 * Joining that a stranger cannot starve (issue 30), through the real server at a small scale: the
 * room's allowance is used up by 20 join loops from the hall's own address, and residents joining as
 * the web app does (page load, then a name on the open connection) all get in, without one refusal,
 * while the loops get no more than their share of turns. Also: a device's cap, and its refusal.
 */
import { LIMITS, refusalText } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { connect, createRoom } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';
import { joinOnConnection, pageLoad, type WebJoin } from '../support/webJoin.js';

const RATE = { burst: 20, perSecond: 10 };
const LOOPS = 20;
const RESIDENTS = 30;

const suite = serverSuite({ server: { limits: { memberJoins: RATE } } });

/** 20 loops joining by name as fast as answers come, each with a fresh device pass when `freshPasses`. */
function attack(roomId: string, token: string, freshPasses: boolean) {
  let stop = false;
  let joined = 0;
  let n = 0;
  const loops = Array.from({ length: LOOPS }, async () => {
    while (!stop) {
      const cookie = freshPasses ? await pageLoad(suite.url, roomId) : null;
      const result = await joinOnConnection(suite.url, { roomId, token }, `Ghost ${(n += 1)}`, cookie);
      if (result.ok) joined += 1;
    }
  });
  return {
    get joined() {
      return joined;
    },
    async stop() {
      stop = true;
      await Promise.all(loops);
    },
  };
}

describe('joining a hall with a stranger running join loops', () => {
  for (const freshPasses of [false, true]) {
    it(
      `lets every resident in ${freshPasses ? '(the loops fetch a new device pass each time)' : '(the loops send no device pass)'}`,
      { timeout: 120_000 },
      async () => {
        const room = await createRoom(suite.url, 'Hall', 'en');
        const attacker = attack(room.roomId, room.tokens.participant, freshPasses);
        // The loops have used up the burst before the hall arrives.
        await expect.poll(() => attacker.joined, { timeout: 30_000 }).toBeGreaterThanOrEqual(RATE.burst);
        const before = attacker.joined;
        const residents: WebJoin[] = await Promise.all(
          Array.from({ length: RESIDENTS }, async (_, i) => {
            const cookie = await pageLoad(suite.url, room.roomId);
            expect(cookie).toMatch(/^dr_device=/);
            return joinOnConnection(
              suite.url,
              { roomId: room.roomId, token: room.tokens.participant },
              `Resident ${i}`,
              cookie,
            );
          }),
        );
        const during = attacker.joined - before;
        await attacker.stop();
        expect(residents.filter((r) => !r.ok)).toEqual([]);
        // Turns go round the sources waiting: the loops got a turn per source of theirs per round, not
        // the 20 in 21 turns first come, first served gives them (a margin for turns while no resident waited).
        expect(during).toBeLessThanOrEqual(freshPasses ? 3 * RESIDENTS : 2 * RESIDENTS);
      },
    );
  }

  it('caps the members one device adds, and says what to do in both languages', async () => {
    const room = await createRoom(suite.url, 'Small hall', 'en');
    const auth = { roomId: room.roomId, token: room.tokens.participant };
    const cookie = await pageLoad(suite.url, room.roomId);
    // The page load again keeps the pass it has.
    expect(await pageLoad(suite.url, room.roomId, cookie!)).toBe(cookie);
    const joins: WebJoin[] = [];
    for (let i = 0; i <= LIMITS.membersPerDevice; i += 1)
      joins.push(await joinOnConnection(suite.url, auth, `Family ${i}`, cookie));
    expect(joins.filter((j) => j.ok)).toHaveLength(LIMITS.membersPerDevice);
    expect(joins.at(-1)).toEqual({ ok: false, reason: 'rate.deviceJoins' });
    for (const locale of ['en', 'zh-CN'] as const)
      expect(refusalText('rate.deviceJoins', locale, { max: LIMITS.membersPerDevice })).toContain(
        String(LIMITS.membersPerDevice),
      );
    // Another phone in the same hall is not held back by it.
    const other = await joinOnConnection(suite.url, auth, 'Neighbour', await pageLoad(suite.url, room.roomId));
    expect(other.ok).toBe(true);
    const host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host });
    expect(Object.keys(host.welcome.state.members)).toHaveLength(LIMITS.membersPerDevice + 1);
    host.close();
  });

  it("keeps a device's count across a restart: the cap is the store's, not one node's memory", async () => {
    const first = await suite.startServer();
    const room = await createRoom(first.url, 'Hall', 'en');
    const auth = { roomId: room.roomId, token: room.tokens.participant };
    const cookie = await pageLoad(first.url, room.roomId);
    for (let i = 0; i < LIMITS.membersPerDevice - 1; i += 1)
      expect(await joinOnConnection(first.url, auth, `Family ${i}`, cookie)).toMatchObject({ ok: true });
    await first.stop();
    const second = await suite.startServer(first.dataDir);
    expect(await joinOnConnection(second.url, auth, 'Last of the family', cookie)).toMatchObject({ ok: true });
    expect(await joinOnConnection(second.url, auth, 'One too many', cookie)).toEqual({
      ok: false,
      reason: 'rate.deviceJoins',
    });
    // Another device in the hall still joins.
    const other = await joinOnConnection(second.url, auth, 'Neighbour', await pageLoad(second.url, room.roomId));
    expect(other.ok).toBe(true);
  });
});
