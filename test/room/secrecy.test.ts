/**
 * Secret ballots stay secret (issue 24 §5), with real clients: in an anonymous round, nothing any
 * screen receives (a participant, an observer, the host, the board) ties a member to a ballot when
 * a member declares an interest, is removed or merged, or a proxy is revoked or taken back; the
 * live count never drops at such a moment; the closing count leaves the set-aside ballots out.
 */
import { applyAll, roundCounts, type RoomEvent, type RoomState } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { ok, type TestClient, openRoom } from '../support/clients.js';
import { roundOn } from '../support/rounds.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

/** What a screen holds now: its welcome with every event since folded in, as the web app does. */
const stateOf = (client: TestClient): RoomState => applyAll(client.welcome.state, client.received);

describe('an anonymous round', () => {
  it('moves no ballot on any screen as members recuse, leave the record or take their vote back', async () => {
    const { room, join } = await openRoom(suite.url, 'Lane', 'en');
    const host = await join(room.tokens.host, { name: 'Chair' });
    const ana = await join(room.tokens.participant, { name: 'Ana' });
    const bo = await join(room.tokens.participant, { name: 'Bo' });
    const observer = await join(room.tokens.observer);
    const board = await join(room.tokens.host); // the projector: a host link, no name
    const boId = bo.welcome.you.memberId!;

    await ok(host, { type: 'rules.set', proxies: true });
    const daiId = (await ok(host, { type: 'member.addInRoom', name: 'Dai' }))!;
    await ok(host, { type: 'attendance.markDeparted', memberId: daiId });
    await ok(host, { type: 'proxy.grant', principalId: daiId, holderId: boId, reference: 'No. 7' });
    const { itemId, roundId } = await roundOn(suite.url, room, host, 'East lane', 'The east lane becomes one-way.', {
      anonymous: true,
    });
    await ok(ana, { type: 'consensus.vote', roundId, level: 0, reason: 'Blocks the fire lane' });
    await ok(bo, { type: 'consensus.vote', roundId, level: 4 });
    const forDai = await bo.command({ type: 'consensus.vote', roundId, level: 2, forMemberId: daiId });
    expect(forDai).toMatchObject({ ok: true });

    const screens = { ana, bo, host, observer, board };
    /** Every screen has every event so far: a last command's event has reached each of them. */
    const settle = async () => {
      await ok(host, { type: 'attendance.setHeadcount', count: 0 });
      const mark = host.received.at(-1)!.seq;
      await Promise.all(Object.values(screens).map((s) => s.waitForEvent((e) => e.seq >= mark)));
    };
    await settle();
    const live = () => Object.values(screens).map((s) => roundCounts(stateOf(s).rounds[roundId]!));
    const before = live();
    expect(before[0]).toEqual([1, 0, 1, 0, 1, 0]);
    const marks = Object.fromEntries(Object.entries(screens).map(([k, s]) => [k, s.received.length]));

    // Ana declares an interest; a second membership of Bo votes and is merged into Bo; Dai's proxy is revoked.
    await ok(ana, { type: 'interest.declare', itemId, note: 'My brother’s shop' });
    const bo2 = await join(room.tokens.participant, { name: 'Bo' });
    await ok(bo2, { type: 'consensus.vote', roundId, level: 5 });
    await ok(host, { type: 'member.merge', memberId: bo2.welcome.you.memberId!, intoMemberId: boId });
    await ok(host, { type: 'proxy.revoke', principalId: daiId });
    await settle();

    for (const [name, screen] of Object.entries(screens)) {
      const since: RoomEvent[] = screen.received.slice(marks[name]);
      expect(
        since.map((e) => e.type),
        name,
      ).not.toContain('consensus.ballotWithdrawn');
      for (const e of screen.received.filter((e) => e.type === 'consensus.voted')) {
        expect(e, name).toMatchObject({ memberId: null, actor: null, castBy: null });
      }
      // The live count only grew (Bo's second phone): nothing was taken away at a named moment.
      expect(roundCounts(stateOf(screen).rounds[roundId]!), name).toEqual([1, 0, 1, 0, 1, 1]);
    }
    // A screen that connects now sees the same ballots, none with a member.
    const late = await join(room.tokens.observer);
    const ballots = Object.values(late.welcome.state.rounds[roundId]!.ballots);
    expect(ballots).toHaveLength(4);
    for (const b of ballots) expect(b).toMatchObject({ memberId: null, castBy: null });

    await ok(host, { type: 'consensus.close', roundId });
    const closed = await observer.waitForEvent((e) => e.type === 'consensus.closed');
    // Ana's block (recused), Dai's (revoked proxy) and Bo's earlier (merged) are set aside.
    expect(closed).toMatchObject({ counts: [0, 0, 0, 0, 0, 1], reasons: [] });
    for (const c of [host, ana, bo, bo2, observer, board, late]) c.close();
  });
});
