import { presentState, type Actor } from '@dr/shared';
import { RoomHarness } from '@dr/shared/testing';
import { describe, expect, it } from 'vitest';
import { currentRound, presentCount, responses, resultsHidden, shownCounts } from './rounds';

/** A host console (not a member), Ana and Bo on phones, Li in the room without one, and one item. */
function meeting() {
  const room = new RoomHarness();
  const host: Actor = { role: 'host', memberId: null };
  const ana = room.join('Ana');
  room.join('Bo');
  room.must(host, { type: 'member.addInRoom', name: 'Li' });
  const itemId = room.must(ana, { type: 'agenda.propose', title: 'Path' });
  const open = (visibility: 'live' | 'afterClose' = 'live') =>
    room.must(
      host,
      { type: 'consensus.open', itemId, visibility },
      { frozenDraft: { text: 'Repair it', textHash: 'abc' } },
    );
  return { room, host, ana, itemId, open };
}

describe('rounds', () => {
  it('counts every phone ballot and the room, even while levels are hidden', () => {
    const { room, host, ana, itemId, open } = meeting();
    const roundId = open('afterClose');
    room.must(ana, { type: 'consensus.vote', roundId, level: 4 });
    room.must(host, { type: 'consensus.tally', roundId, counts: { '3': 2, '4': 1 }, confirm: true });
    // What a phone sees: the state as sent to others, with the hidden levels redacted.
    const round = currentRound(presentState(room.state), itemId)!;
    expect(resultsHidden(round)).toBe(true);
    expect(responses(round)).toEqual({ phones: 1, room: 3, total: 4 });
    expect(shownCounts(round)).toEqual([0, 0, 0, 2, 1, 0]);
  });

  it('shows the closing totals once closed, and nothing after a void round', () => {
    const { room, host, ana, itemId, open } = meeting();
    const first = open();
    room.must(ana, { type: 'consensus.vote', roundId: first, level: 4 });
    room.must(host, { type: 'consensus.close', roundId: first });
    const closed = room.state;
    expect(shownCounts(currentRound(closed, itemId)!)).toEqual([0, 0, 0, 0, 1, 0]);
    expect(responses(currentRound(closed, itemId)!)).toEqual({ phones: 1, room: 0, total: 1 });
    open();
    room.must(host, { type: 'draft.unlock', itemId }); // unlocking the frozen text voids the round
    const voided = room.state;
    expect(currentRound(voided, itemId)).toBeUndefined();
  });

  it('counts as present the members online and those without a phone', () => {
    const { room, ana } = meeting();
    const base = room.state;
    expect(presentCount(base, { online: [ana.memberId!], observers: 2 })).toBe(2);
    expect(presentCount(base, null)).toBeNull();
  });
});
