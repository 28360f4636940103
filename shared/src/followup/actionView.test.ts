import { describe, expect, it } from 'vitest';
import { decidedMeeting } from '../testing/decidedMeeting.js';
import { isDoneLate, presentAction } from './actionView.js';
import { presentDecision } from './decisionView.js';

const DAY = 24 * 3600 * 1000;

describe('an action item as shown', () => {
  it('names people, never ids, and flags overdue and done late in the meeting’s time zone', () => {
    const { room, host, ana, decisionId } = decidedMeeting();
    const actionId = room.must(host, {
      type: 'action.create',
      decisionId,
      title: 'Signs',
      owner: 'Ana',
      ownerMemberId: ana.memberId!,
      tier: 'residents',
      dueDate: '1970-01-02',
    });
    room.must(ana, { type: 'action.update', actionId, progress: 50, note: 'Ordered' });
    room.must({ role: 'host', memberId: null }, { type: 'action.update', actionId, note: 'Checked' });
    const dueTomorrow = presentAction(room.state, room.state.actions[actionId]!, room.now);
    expect(dueTomorrow.overdue).toBe(false);
    room.tick(2 * DAY);
    const shown = presentAction(room.state, room.state.actions[actionId]!, room.now);
    expect(shown).toMatchObject({ id: actionId, title: 'Signs', owner: 'Ana', progress: 50, overdue: true });
    expect(shown.timeline.map((e) => e.author)).toEqual(['Ana', null]);
    expect(JSON.stringify(shown)).not.toContain(ana.memberId!);
    expect(isDoneLate(shown)).toBe(false);

    room.must(ana, { type: 'action.update', actionId, status: 'done' });
    const done = presentAction(room.state, room.state.actions[actionId]!, room.now);
    expect(done).toMatchObject({ status: 'done', progress: 100, overdue: false, doneOnTime: false });
    expect(isDoneLate(done)).toBe(true);
  });

  it('is the same inside a decision as shown', () => {
    const { room, host, decisionId } = decidedMeeting();
    const actionId = room.must(host, {
      type: 'action.create',
      decisionId,
      title: 'Paint',
      owner: 'Committee',
      tier: 'committee',
      dueDate: '2100-01-01',
    });
    const decision = presentDecision(room.state, room.state.decisions[decisionId]!, room.now);
    expect(decision.actions).toEqual([presentAction(room.state, room.state.actions[actionId]!, room.now)]);
    expect(decision).toMatchObject({ itemTitle: 'East lane', statement: 'One-way from May', responses: 2 });
  });
});
