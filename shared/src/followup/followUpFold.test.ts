import { describe, expect, it } from 'vitest';
import { apply } from '../room/apply.js';
import { nextSittings } from '../meeting/meetingFold.js';
import { decidedMeeting } from '../testing/decidedMeeting.js';
import { emptyState } from '../model/state.js';

describe('sittings', () => {
  it('open on entering the session and close on adjourning or closing, once each', () => {
    const one = nextSittings([], 'in_session', 10);
    expect(one).toEqual([{ startedAt: 10, endedAt: null }]);
    expect(nextSittings(one, 'in_session', 20)).toEqual(one);
    const closed = nextSittings(one, 'adjourned', 30);
    expect(closed).toEqual([{ startedAt: 10, endedAt: 30 }]);
    expect(nextSittings(closed, 'closed', 40)).toEqual(closed);
    expect(nextSittings(closed, 'in_session', 50)).toEqual([...closed, { startedAt: 50, endedAt: null }]);
  });
});

describe('apply: follow-up events', () => {
  it('never mutates the state it is given', () => {
    const { room, decisionId } = decidedMeeting();
    const before = room.state;
    const frozen = JSON.stringify(before);
    const created = apply(before, {
      type: 'action.created',
      actionId: 'a99',
      decisionId,
      title: 'Signs',
      owner: 'Bo',
      ownerMemberId: null,
      tier: 'residents',
      dueDate: '2025-05-01',
      category: null,
      seq: before.seq + 1,
      at: 5,
      actor: null,
    });
    apply(created, {
      type: 'action.updated',
      actionId: 'a99',
      status: 'done',
      progress: 100,
      note: null,
      seq: created.seq + 1,
      at: 6,
      actor: null,
    });
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('ignores an action for an unknown decision, and an update of an unknown action', () => {
    const state = emptyState('r');
    const meta = { seq: 1, at: 1, actor: null };
    const body = { actionId: 'a1', decisionId: 'd404', title: 'x', owner: 'y', ownerMemberId: null, category: null };
    const created = apply(state, {
      type: 'action.created',
      ...body,
      tier: 'residents',
      dueDate: '2025-01-01',
      ...meta,
    });
    expect(created.actions).toEqual({});
    const updated = apply(state, {
      type: 'action.updated',
      actionId: 'a1',
      status: 'done',
      progress: null,
      note: null,
      ...meta,
    });
    expect(updated.actions).toEqual({});
  });
});
