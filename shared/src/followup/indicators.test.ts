import { describe, expect, it } from 'vitest';
import { decidedMeeting } from '../testing/decidedMeeting.js';
import { gini, meetingIndicators } from './indicators.js';

describe('gini', () => {
  it('is 0 for an even split, (n − 1) / n for one voice, and null with nothing to compare', () => {
    expect(gini([5, 5, 5, 5])).toBe(0);
    expect(gini([0, 0, 0, 12])).toBeCloseTo(3 / 4, 12);
    expect(gini([1, 3])).toBeCloseTo(0.25, 12); // |1 − 3| · 2 / (2 · 2² · 2)
    expect(gini([])).toBeNull();
    expect(gini([0, 0])).toBeNull();
  });
});

describe('meetingIndicators', () => {
  it('figures attendance, speaking balance, decisions and follow-through from the record', () => {
    const { room, host, ana, bo, decisionId } = decidedMeeting();
    room.must(host, { type: 'member.setGroup', memberId: ana.memberId!, group: '村民' });
    room.must(host, { type: 'member.setGroup', memberId: bo.memberId!, group: '村民' });
    const create = (dueDate: string) =>
      room.must(host, { type: 'action.create', decisionId, title: 'Signs', owner: 'Bo', tier: 'residents', dueDate });
    const onTime = create('1970-01-05');
    create('1970-01-02'); // never done: overdue on 3 January
    create('1970-02-01'); // not due yet
    room.must(host, { type: 'action.update', actionId: onTime, status: 'done' });

    const now = Date.parse('1970-01-03T12:00:00Z');
    const figures = meetingIndicators(room.state, now);
    expect(figures.attendance).toEqual({ total: 3, inRoom: 2, remote: 1 });
    // Ana 60 s, Bo 20 s, the chair silent: per member [0, 20, 60] s.
    expect(figures.speaking).toMatchObject({
      distinctSpeakers: 2,
      speakerShare: 2 / 3,
      turns: 2,
      spokenMs: 80_000,
      topSpeakerShare: 0.75,
    });
    expect(figures.speaking.memberGini).toBeCloseTo(gini([0, 20, 60])!, 12);
    expect(figures.speaking.byGroup).toEqual([
      { group: '', members: 1, spokenMs: 0, share: 0 },
      { group: '村民', members: 2, spokenMs: 80_000, share: 1 },
    ]);
    expect(figures.speaking.groupGini).toBeCloseTo(gini([0, 40_000])!, 12);
    expect(figures.speaking.byPresence).toEqual({
      in_room: { members: 2, spokenMs: 20_000, share: 0.25 },
      remote: { members: 1, spokenMs: 60_000, share: 0.75 },
    });
    expect(figures.decisions).toEqual({ recorded: 1, adopted: 1, adoptedShare: 1 });
    expect(figures.actions).toEqual({
      total: 3,
      adoptedWithActions: 1,
      adoptedWithActionsShare: 1,
      done: 1,
      overdue: 1,
      due: 2,
      doneOnTime: 1,
      doneOnTimeShare: 0.5,
    });
  });

  it('has nothing to divide by in an empty room', () => {
    const { room } = decidedMeeting();
    const empty = meetingIndicators({ ...room.state, decisionOrder: [], actionOrder: [], turns: [] }, 0);
    expect(empty.speaking).toMatchObject({ topSpeakerShare: null, memberGini: null });
    expect(empty.decisions.adoptedShare).toBeNull();
    expect(empty.actions).toMatchObject({ adoptedWithActionsShare: null, doneOnTimeShare: null });
  });
});
