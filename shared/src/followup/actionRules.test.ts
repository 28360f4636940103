import { describe, expect, it } from 'vitest';
import { decidedMeeting } from '../testing/decidedMeeting.js';
import { parseCommand } from '../protocol/parseCommand.js';

const DAY = 24 * 3600 * 1000;
const lane = { title: 'Paint the one-way signs', owner: 'Village committee', tier: 'committee', dueDate: '1970-01-05' };

describe('action.create', () => {
  it('gives a decision an action item with owner, tier and due date', () => {
    const { room, host, decisionId, itemId } = decidedMeeting();
    const actionId = room.must(host, {
      type: 'action.create',
      decisionId,
      ...lane,
      tier: 'committee',
      category: '交通',
    });
    expect(room.state.actions[actionId]).toMatchObject({
      decisionId,
      itemId,
      title: 'Paint the one-way signs',
      owner: 'Village committee',
      ownerMemberId: null,
      tier: 'committee',
      category: '交通',
      dueDate: '1970-01-05',
      status: 'planned',
      progress: 0,
      completedAt: null,
      timeline: [],
      createdBy: host.memberId,
    });
    expect(room.state.actionOrder).toEqual([actionId]);
  });

  it('is the host’s: participants and observers are refused', () => {
    const { room, ana, decisionId } = decidedMeeting();
    expect(room.refusal(ana, { type: 'action.create', decisionId, ...lane, tier: 'committee' })).toBe('forbidden');
    const observer = { role: 'observer' as const, memberId: null };
    expect(room.refusal(observer, { type: 'action.create', decisionId, ...lane, tier: 'committee' })).toBe('forbidden');
  });

  it('refuses an unknown decision or owner', () => {
    const { room, host, decisionId } = decidedMeeting();
    expect(room.refusal(host, { type: 'action.create', decisionId: 'd404', ...lane, tier: 'residents' })).toBe(
      'not_found',
    );
    expect(
      room.refusal(host, { type: 'action.create', decisionId, ...lane, tier: 'residents', ownerMemberId: 'm404' }),
    ).toBe('not_found');
  });

  it('refuses at the boundary an unknown tier, a date that is not a date, and missing fields', () => {
    const valid = { type: 'action.create', decisionId: 'd1', ...lane };
    expect(parseCommand(valid).ok).toBe(true);
    for (const bad of [
      { ...valid, tier: 'province' },
      { ...valid, dueDate: '2025-02-30' },
      { ...valid, dueDate: '2025-13-01' },
      { ...valid, dueDate: 'next Friday' },
      { ...valid, dueDate: '2025-5-1' },
      { ...valid, owner: '  ' },
      { ...valid, title: undefined },
    ]) {
      expect(parseCommand(bad)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(parseCommand({ ...valid, dueDate: '2024-02-29' }).ok).toBe(true);
  });
});

describe('action.update', () => {
  function withAction() {
    const meeting = decidedMeeting();
    const { room, host, ana, decisionId } = meeting;
    const actionId = room.must(host, {
      type: 'action.create',
      decisionId,
      ...lane,
      tier: 'residents',
      owner: 'Ana',
      ownerMemberId: ana.memberId!,
    });
    return { ...meeting, actionId };
  }

  it('keeps every update as a timeline entry with its time and author', () => {
    const { room, host, ana, actionId } = withAction();
    room.must(ana, { type: 'action.update', actionId, status: 'in_progress', progress: 30, note: 'Paint bought' });
    room.tick(DAY);
    room.must(host, { type: 'action.update', actionId, note: 'Checked on site' });
    const action = room.state.actions[actionId]!;
    expect(action).toMatchObject({ status: 'in_progress', progress: 30 });
    expect(action.timeline).toEqual([
      { at: 1_000 + 80_000, by: ana.memberId, status: 'in_progress', progress: 30, note: 'Paint bought' },
      { at: 1_000 + 80_000 + DAY, by: host.memberId, status: null, progress: null, note: 'Checked on site' },
    ]);
  });

  it('lets the owner and the host update, and nobody else', () => {
    const { room, bo, actionId } = withAction();
    expect(room.refusal(bo, { type: 'action.update', actionId, progress: 50 })).toBe('forbidden');
    const hostConsole = { role: 'host' as const, memberId: null };
    room.must(hostConsole, { type: 'action.update', actionId, progress: 50 });
    expect(room.state.actions[actionId]!.timeline.at(-1)).toMatchObject({ by: null, progress: 50 });
  });

  it('completes an item marked done, and reopening clears its completion', () => {
    const { room, ana, actionId } = withAction();
    room.must(ana, { type: 'action.update', actionId, status: 'done' });
    const done = room.state.actions[actionId]!;
    expect(done).toMatchObject({ status: 'done', progress: 100, completedAt: room.state.updatedAt });
    expect(room.refusal(ana, { type: 'action.update', actionId, status: 'done', progress: 60 })).toBe('invalid');
    room.must(ana, { type: 'action.update', actionId, status: 'blocked', note: 'The paint peeled' });
    expect(room.state.actions[actionId]).toMatchObject({ status: 'blocked', completedAt: null, progress: 100 });
  });

  it('refuses an empty update, one that changes nothing, and an unknown item', () => {
    const { room, host, actionId } = withAction();
    expect(room.refusal(host, { type: 'action.update', actionId })).toBe('invalid');
    expect(room.refusal(host, { type: 'action.update', actionId, status: 'planned', progress: 0 })).toBe('conflict');
    expect(room.refusal(host, { type: 'action.update', actionId: 'a404', progress: 5 })).toBe('not_found');
  });

  it('refuses at the boundary an unknown status and progress outside 0–100', () => {
    const base = { type: 'action.update', actionId: 'a1' };
    expect(parseCommand({ ...base, progress: 100 }).ok).toBe(true);
    for (const bad of [
      { ...base, status: 'finished' },
      { ...base, progress: 101 },
      { ...base, progress: -1 },
      { ...base, progress: 12.5 },
    ]) {
      expect(parseCommand(bad)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
  });
});
