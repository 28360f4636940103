/** Supervision (行难管): naming a supervisor, confirming, and the checks made again when they act. */
import { describe, expect, it } from 'vitest';
import { mayAttempt } from '../room/mayAttempt.js';
import { decidedMeeting } from '../testing/decidedMeeting.js';

const lane = { title: 'Paint the one-way signs', owner: 'Ana', tier: 'residents', dueDate: '1970-01-05' } as const;

function supervised() {
  const meeting = decidedMeeting();
  const { room, host, ana, bo, decisionId } = meeting;
  const actionId = room.must(host, {
    type: 'action.create',
    decisionId,
    ...lane,
    ownerMemberId: ana.memberId!,
    supervisorMemberId: bo.memberId!,
  });
  return { ...meeting, actionId };
}

const reason = (
  room: ReturnType<typeof decidedMeeting>['room'],
  actor: Parameters<typeof room.run>[0],
  command: Parameters<typeof room.run>[1],
) => {
  const { decision } = room.run(actor, command);
  return decision.ok ? 'accepted' : decision.error.reason;
};

describe('supervision', () => {
  it('names a supervisor at creation: not the owner, nobody who declared an interest', () => {
    const { room, host, ana, bo, itemId, decisionId } = decidedMeeting();
    const create = (supervisorMemberId: string) =>
      ({ type: 'action.create', decisionId, ...lane, ownerMemberId: ana.memberId!, supervisorMemberId }) as const;
    expect(reason(room, host, create(ana.memberId!))).toBe('action.supervisorIsOwner');
    room.must(bo, { type: 'interest.declare', itemId, note: 'My shop is on the lane' });
    expect(reason(room, host, create(bo.memberId!))).toBe('action.supervisorInterested');
    expect(reason(room, host, create('m404'))).toBe('member.unknown');
  });

  it('the supervisor confirms with a note, in the timeline; nobody else can', () => {
    const { room, host, ana, bo, actionId } = supervised();
    expect(reason(room, ana, { type: 'action.update', actionId, status: 'done' })).toBe('action.needsConfirmation');
    expect(reason(room, host, { type: 'action.confirm', actionId })).toBe('role.actionSupervisor');
    expect(mayAttempt(room.state, ana, { type: 'action.confirm', actionId })).toBe(false);
    expect(mayAttempt(room.state, bo, { type: 'action.confirm', actionId })).toBe(true);
    room.must(bo, { type: 'action.confirm', actionId, note: 'Signs checked on the lane' });
    expect(room.state.actions[actionId]).toMatchObject({ status: 'done', progress: 100, confirmedBy: bo.memberId });
    expect(room.state.actions[actionId]!.timeline.at(-1)).toMatchObject({
      by: bo.memberId,
      status: 'done',
      note: 'Signs checked on the lane',
    });
    expect(reason(room, bo, { type: 'action.confirm', actionId })).toBe('action.unchanged');
  });

  it('a supervisor who declared an interest after being named cannot confirm, with the reason creation gives', () => {
    const { room, bo, itemId, actionId } = supervised();
    room.must(bo, { type: 'interest.declare', itemId, note: 'My brother got the painting job' });
    expect(mayAttempt(room.state, bo, { type: 'action.confirm', actionId })).toBe(false);
    expect(reason(room, bo, { type: 'action.confirm', actionId })).toBe('action.supervisorInterested');
    expect(room.state.actions[actionId]!.confirmedBy).toBeNull();
    // Withdrawn, the bar is gone: the check reads the interests as they are when they act.
    room.must(bo, { type: 'interest.withdraw', itemId });
    expect(reason(room, bo, { type: 'action.confirm', actionId })).toBe('accepted');
  });

  it('the host names another supervisor (the way on), with the same checks, until it is confirmed', () => {
    const { room, host, ana, bo, itemId, actionId } = supervised();
    const carl = room.join('Carl');
    room.must(bo, { type: 'interest.declare', itemId, note: 'Related to the painter' });
    expect(reason(room, bo, { type: 'action.supervise', actionId, supervisorMemberId: carl.memberId! })).toBe(
      'role.hostOnly',
    );
    expect(reason(room, host, { type: 'action.supervise', actionId, supervisorMemberId: ana.memberId! })).toBe(
      'action.supervisorIsOwner',
    );
    expect(reason(room, host, { type: 'action.supervise', actionId, supervisorMemberId: bo.memberId! })).toBe(
      'action.supervisorUnchanged',
    );
    room.must(host, { type: 'action.supervise', actionId, supervisorMemberId: carl.memberId! });
    expect(room.state.actions[actionId]!.supervisorMemberId).toBe(carl.memberId);
    expect(reason(room, bo, { type: 'action.confirm', actionId })).toBe('role.actionSupervisor');
    room.must(carl, { type: 'action.confirm', actionId });
    expect(reason(room, host, { type: 'action.supervise', actionId, supervisorMemberId: null })).toBe(
      'action.confirmedAlready',
    );
  });

  it('without a supervisor, the owner completes it; clearing one is the host’s', () => {
    const { room, host, ana, actionId } = supervised();
    room.must(host, { type: 'action.supervise', actionId, supervisorMemberId: null });
    room.must(ana, { type: 'action.update', actionId, status: 'done' });
    expect(room.state.actions[actionId]!.status).toBe('done');
  });

  it('a merge moves supervision to the kept member; one who became the owner cannot confirm', () => {
    const { room, host, ana, bo, actionId } = supervised();
    // Bo's second phone was named supervisor; merging it into Bo keeps the supervision.
    const boAgain = room.join('Bo W');
    room.must(host, { type: 'action.supervise', actionId, supervisorMemberId: boAgain.memberId! });
    room.must(host, { type: 'member.merge', memberId: boAgain.memberId!, intoMemberId: bo.memberId! });
    expect(room.state.actions[actionId]!.supervisorMemberId).toBe(bo.memberId);
    expect(mayAttempt(room.state, bo, { type: 'action.confirm', actionId })).toBe(true);
    // Bo turns out to be Ana's second phone: the owner would confirm her own item.
    room.must(host, { type: 'member.merge', memberId: bo.memberId!, intoMemberId: ana.memberId! });
    expect(room.state.actions[actionId]).toMatchObject({
      ownerMemberId: ana.memberId,
      supervisorMemberId: ana.memberId,
    });
    expect(reason(room, ana, { type: 'action.confirm', actionId })).toBe('action.supervisorIsOwner');
  });
});
