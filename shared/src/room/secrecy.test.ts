/**
 * Secret ballots stay secret (issue 24 §5): in an anonymous round nothing a client receives ties a
 * member to a ballot. Every client (participant, observer, host, board) gets the same presented
 * events and state; these tests read exactly those, and the live count the board computes from them.
 */
import { describe, expect, it } from 'vitest';
import { roundCounts } from '../consensus/verdict.js';
import { countableInRoom } from '../consensus/handCount.js';
import type { RoomEvent } from '../model/events.js';
import type { Actor } from '../model/ruling.js';
import type { Command } from '../model/commands.js';
import { RoomHarness } from '../testing/roomHarness.js';
import { presentEvents, presentState } from './redaction.js';

const frozenDraft = { text: 'The east lane becomes one-way from May.', textHash: 'f'.repeat(64) };

/** An anonymous live round in which Ana blocked, Bo supports, and Bo cast Dai's vote by proxy. */
function secretRound() {
  const room = new RoomHarness();
  const host = room.join('Chair', 'host', 'in_room');
  const ana = room.join('Ana');
  const bo = room.join('Bo');
  const dai = room.seat('m90', 'Dai');
  room.must(host, { type: 'rules.set', proxies: true });
  room.must(host, { type: 'proxy.grant', principalId: dai.memberId!, holderId: bo.memberId!, reference: 'No. 7' });
  const itemId = room.must(host, { type: 'agenda.propose', title: 'East lane' });
  room.must(host, { type: 'room.setPhase', phase: 'in_session' });
  const roundId = room.must(host, { type: 'consensus.open', itemId, anonymous: true }, { frozenDraft });
  room.must(ana, { type: 'consensus.vote', roundId, level: 0, reason: 'Blocks the fire lane' });
  room.must(bo, { type: 'consensus.vote', roundId, level: 4 });
  room.must(bo, { type: 'consensus.vote', roundId, level: 2, forMemberId: dai.memberId! });
  return { room, host, ana, bo, dai, itemId, roundId };
}

/** What every screen sees of the round now, and the live count it shows. */
function seen(room: RoomHarness, roundId: string) {
  const round = presentState(room.state).rounds[roundId]!;
  return { ballots: round.ballots, live: roundCounts(round) };
}

/** No presented event moves a ballot or names whose ballot anything is. */
function expectNothingTies(events: RoomEvent[], room: RoomHarness) {
  const shown = presentEvents(events, room.state);
  expect(shown.map((e) => e.type)).not.toContain('consensus.ballotWithdrawn');
  for (const e of shown.filter((e) => e.type === 'consensus.voted')) {
    expect(e).toMatchObject({ memberId: null, actor: null, castBy: null });
  }
}

function step(room: RoomHarness, actor: Actor, command: Command) {
  const { decision, events } = room.run(actor, command);
  if (!decision.ok) throw new Error(decision.error.message);
  expectNothingTies(events, room);
}

describe('an anonymous round', () => {
  it('shows no member and no proxy on any ballot, in events or state', () => {
    const { room, roundId } = secretRound();
    for (const b of Object.values(seen(room, roundId).ballots))
      expect(b).toMatchObject({ memberId: null, castBy: null });
    expect(seen(room, roundId).live).toEqual([1, 0, 1, 0, 1, 0]);
  });

  const cases: [string, (m: ReturnType<typeof secretRound>) => void, number[]][] = [
    [
      'a member declaring an interest mid-round',
      ({ room, ana, itemId }) => step(room, ana, { type: 'interest.declare', itemId, note: 'My brother’s shop' }),
      [0, 0, 1, 0, 1, 0],
    ],
    [
      'the host declaring it for them',
      ({ room, host, ana, itemId }) =>
        step(room, host, { type: 'interest.declare', itemId, memberId: ana.memberId!, note: 'Her shop' }),
      [0, 0, 1, 0, 1, 0],
    ],
    [
      'the host removing a member',
      ({ room, host, ana }) => step(room, host, { type: 'member.remove', memberId: ana.memberId! }),
      [0, 0, 1, 0, 1, 0],
    ],
    [
      'the host merging two memberships (the later ballot stands)',
      ({ room, host, ana, roundId }) => {
        const again = room.join('Ana');
        room.tick(1_000);
        step(room, again, { type: 'consensus.vote', roundId, level: 5 });
        step(room, host, { type: 'member.merge', memberId: again.memberId!, intoMemberId: ana.memberId! });
      },
      [0, 0, 1, 0, 1, 1],
    ],
    [
      'the proxy revoked',
      ({ room, host, dai }) => step(room, host, { type: 'proxy.revoke', principalId: dai.memberId! }),
      [1, 0, 0, 0, 1, 0],
    ],
    [
      'the principal arriving and voting in person',
      ({ room, dai, roundId }) => {
        room.arrive(dai.memberId!);
        step(room, dai, { type: 'consensus.vote', roundId, level: 5 });
      },
      [1, 0, 0, 0, 1, 1],
    ],
    [
      'the rules barring interested members after a declaration',
      ({ room, host, ana, itemId }) => {
        step(room, host, { type: 'rules.set', interestedMayVote: true });
        step(room, ana, { type: 'interest.declare', itemId, note: 'Her shop' });
        step(room, host, { type: 'rules.set', interestedMayVote: false });
      },
      [0, 0, 1, 0, 1, 0],
    ],
  ];

  for (const [what, act, closing] of cases) {
    it(`moves no ballot on ${what}: the live count does not drop, the closing count sets it aside`, () => {
      const m = secretRound();
      const before = seen(m.room, m.roundId);
      act(m);
      const after = seen(m.room, m.roundId);
      // Every ballot every screen had is still there, unchanged: nothing says which one was whose.
      for (const [id, ballot] of Object.entries(before.ballots)) expect(after.ballots[id]).toEqual(ballot);
      const { events } = m.room.run(m.host, { type: 'consensus.close', roundId: m.roundId });
      expectNothingTies(events, m.room);
      expect(m.room.state.rounds[m.roundId]!.result!.counts).toEqual(closing);
    });
  }

  it('a departed member’s ballot is not announced with their return', () => {
    const { room, host, ana, roundId } = secretRound();
    room.must(host, { type: 'attendance.markDeparted', memberId: ana.memberId! });
    const { events } = room.run(ana, { type: 'consensus.vote', roundId, level: 5 });
    expect(events.map((e) => e.type)).toEqual(['consensus.voted']);
    expectNothingTies(events, room);
  });

  it('the hall’s hand-count cap leaves out members in the room who may not vote', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host', 'in_room');
    const elder = room.must(host, { type: 'member.addInRoom', name: 'Grandpa Liu' });
    room.join('Wu', 'participant', 'in_room');
    const itemId = room.must(host, { type: 'agenda.propose', title: 'The well' });
    const roundId = room.must(host, { type: 'consensus.open', itemId, anonymous: true }, { frozenDraft });
    // The host (in the room, no ballot), the elder and Wu.
    expect(countableInRoom(room.state, room.state.rounds[roundId]!)).toBe(3);
    room.must(host, { type: 'interest.declare', itemId, memberId: elder, note: 'His field' });
    expect(countableInRoom(room.state, room.state.rounds[roundId]!)).toBe(2);
    expect(room.run(host, { type: 'consensus.tally', roundId, counts: { 4: 3 } }).decision).toMatchObject({
      error: { reason: 'round.tallyAbovePresent', params: { present: 2 } },
    });
  });
});
