import { describe, expect, it } from 'vitest';
import { countableInRoom } from './handCount.js';
import { roundResponses } from './quorum.js';
import { RoomHarness } from '../testing/roomHarness.js';

const frozenDraft = { text: 'A bench by the pond.', textHash: 'b'.repeat(64) };

/** Chair (in the room, by phone), Ana (remote), Li (in the room, by phone), and Grandpa Wu without a phone. */
function meeting() {
  const room = new RoomHarness();
  const host = room.join('Chair', 'host', 'in_room');
  const ana = room.join('Ana');
  const li = room.join('Li', 'participant', 'in_room');
  room.must(host, { type: 'member.addInRoom', name: 'Grandpa Wu' });
  const itemId = room.must(host, { type: 'agenda.propose', title: 'Bench' });
  const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
  const round = () => room.state.rounds[roundId]!;
  return { room, host, ana, li, roundId, round };
}

describe('hand counts that add up', () => {
  it('the room count may cover the people marked in the room who have not voted by phone', () => {
    const { room, li, ana, roundId, round } = meeting();
    expect(countableInRoom(room.state, round())).toBe(3); // Chair, Li, Grandpa Wu
    room.must(ana, { type: 'consensus.vote', roundId, level: 4 }); // remote: changes nothing
    expect(countableInRoom(room.state, round())).toBe(3);
    room.must(li, { type: 'consensus.vote', roundId, level: 4 }); // voted by phone: not countable by hand
    expect(countableInRoom(room.state, round())).toBe(2);
  });

  it('a count up to exactly that number needs no confirmation; one more needs it', () => {
    const { room, host, li, roundId, round } = meeting();
    room.must(li, { type: 'consensus.vote', roundId, level: 4 });
    room.must(host, { type: 'consensus.tally', roundId, counts: { '3': 1, '5': 1 } }); // 2 of 2
    expect(round().roomCountConfirmedAbove).toBeNull();
    const refused = room.run(host, { type: 'consensus.tally', roundId, counts: { '3': 2, '5': 1 } });
    expect(refused.decision).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'round.tallyAbovePresent', params: { count: 3, present: 2 } },
    });
    expect(round().roomCounts).toEqual([0, 0, 0, 1, 0, 1]); // unchanged
    room.must(host, { type: 'consensus.tally', roundId, counts: { '3': 2, '5': 1 }, confirm: true });
    expect(round()).toMatchObject({ roomCounts: [0, 0, 0, 2, 0, 1], roomCountConfirmedAbove: 2 });
    // Digital and counted responses stay apart.
    expect(roundResponses(round())).toEqual({ digital: 1, counted: 3, total: 4 });
    // A later count that fits clears the mark.
    room.must(host, { type: 'consensus.tally', roundId, counts: { '3': 1 } });
    expect(round().roomCountConfirmedAbove).toBeNull();
  });

  it('removed members are not counted as present', () => {
    const { room, host, li, round } = meeting();
    room.must(host, { type: 'member.remove', memberId: li.memberId! });
    expect(countableInRoom(room.state, round())).toBe(2);
  });
});
