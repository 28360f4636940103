import { describe, expect, it } from 'vitest';
import { joined, stateFrom } from '../testState';
import { currentRound, presentCount, responses, resultsHidden, shownCounts } from './rounds';

const base = stateFrom([
  joined('ana'),
  joined('bo'),
  {
    type: 'member.joined',
    memberId: 'li',
    name: 'Li',
    role: 'participant',
    presence: 'in_room',
    group: null,
    proxy: true,
  },
  { type: 'agenda.proposed', itemId: 'i1', title: 'Path', description: '', proposedBy: null },
]);
const opened = (roundId: string, visibility: 'live' | 'afterClose' = 'live') =>
  ({
    type: 'consensus.opened',
    roundId,
    itemId: 'i1',
    text: 'Repair it',
    textHash: 'abc',
    anonymous: false,
    visibility,
    rule: 'consensus',
  }) as const;

describe('rounds', () => {
  it('counts every phone ballot and the room, even while levels are hidden', () => {
    const state = stateFrom(
      [
        opened('r1', 'afterClose'),
        { type: 'consensus.voted', roundId: 'r1', ballotId: 'b1', memberId: 'ana', level: null, reason: null },
        { type: 'consensus.tallied', roundId: 'r1', counts: [0, 0, 0, 2, 1, 0] },
      ],
      base,
    );
    const round = currentRound(state, 'i1')!;
    expect(resultsHidden(round)).toBe(true);
    expect(responses(round)).toEqual({ phones: 1, room: 3, total: 4 });
    expect(shownCounts(round)).toEqual([0, 0, 0, 2, 1, 0]);
  });

  it('shows the closing totals once closed, and nothing after a void round', () => {
    const closed = stateFrom(
      [
        opened('r1'),
        { type: 'consensus.voted', roundId: 'r1', ballotId: 'b1', memberId: 'ana', level: 4, reason: null },
        { type: 'consensus.closed', roundId: 'r1', outcome: 'adopted', counts: [0, 0, 0, 0, 1, 0], reasons: [] },
      ],
      base,
    );
    expect(shownCounts(currentRound(closed, 'i1')!)).toEqual([0, 0, 0, 0, 1, 0]);
    expect(responses(currentRound(closed, 'i1')!)).toEqual({ phones: 1, room: 0, total: 1 });
    const voided = stateFrom([opened('r2'), { type: 'consensus.voided', roundId: 'r2' }], closed);
    expect(currentRound(voided, 'i1')).toBeUndefined();
  });

  it('counts as present the members online and those without a phone', () => {
    expect(presentCount(base, { online: ['ana'], observers: 2 })).toBe(2);
    expect(presentCount(base, null)).toBeNull();
  });
});
