import { describe, expect, it } from 'vitest';
import { emptyState, type RoomState } from '../model/state.js';
import type { CouncilActor } from './councilRules.js';
import { seatOf, topicOutcomes } from './councilMeeting.js';
import { CouncilHarness } from '../testing/councilHarness.js';

const host: CouncilActor = { role: 'host', memberId: null };

/** A council with Ana and Bo on its roster, joined through the member link. */
function council() {
  const harness = new CouncilHarness();
  const ana = harness.join('Ana');
  const bo = harness.join('Bo');
  return { harness, ana, bo };
}

describe('council rules', () => {
  it('keeps the expert mark and the roster to the host, and observers out', () => {
    const { harness, ana } = council();
    expect(harness.tryJoin({ role: 'member', memberId: null }, { name: 'X', expert: true })).toMatchObject({
      ok: false,
      error: { reason: 'role.hostOnly' },
    });
    expect(harness.tryJoin({ role: 'observer', memberId: null }, { name: 'X' })).toMatchObject({ ok: false });
    const supervisor = harness.tryJoin({ role: 'supervisor', memberId: null }, { name: 'Wu' });
    expect(supervisor).toMatchObject({ ok: true, events: [{ supervisor: true, expert: false }] });
    expect(harness.run(ana, { type: 'roster.update', memberId: ana.memberId!, expert: true }).decision).toMatchObject({
      ok: false,
      error: { reason: 'role.hostOnly' },
    });
    expect(harness.run(host, { type: 'roster.update', memberId: 'constructor', expert: true }).decision).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(
      harness.run({ role: 'observer', memberId: null }, { type: 'topic.propose', title: 'x' }).decision,
    ).toMatchObject({ ok: false, error: { reason: 'role.observer' } });
  });

  it('keeps the disclosure settings to the host: a field left out stays, null goes back to 7, no change refused', () => {
    const { harness, ana } = council();
    const set = (actor: CouncilActor, fields: Record<string, number | null>) =>
      harness.run(actor, { type: 'settings.set', ...fields }).decision;
    expect(set(ana, { disclosureDueDays: 3 })).toMatchObject({ ok: false, error: { reason: 'role.hostOnly' } });
    expect(set(host, { disclosureDueDays: 3 })).toMatchObject({ ok: true });
    expect(set(host, { disclosurePeriodDays: 10 })).toMatchObject({ ok: true });
    expect(harness.state).toMatchObject({ disclosureDueDays: 3, disclosurePeriodDays: 10 });
    expect(set(host, { disclosureDueDays: 3 })).toMatchObject({ ok: false, error: { reason: 'council.unchanged' } });
    expect(set(host, { disclosureDueDays: null })).toMatchObject({ ok: true });
    expect(harness.state).toMatchObject({ disclosureDueDays: null, disclosurePeriodDays: 10 });
  });

  it('keeps a roster member’s household and seats them with it (户)', () => {
    const { harness, ana } = council();
    const joined = harness.tryJoin({ role: 'member', memberId: null }, { name: 'Cai', household: 'No. 5' });
    if (!joined.ok) throw new Error('join refused');
    expect(joined.events).toMatchObject([{ household: 'No. 5' }]);
    harness.must(host, { type: 'roster.update', memberId: ana.memberId!, household: 'No. 3' });
    expect(harness.state.members[ana.memberId!]).toMatchObject({ household: 'No. 3', group: null });
    expect(seatOf(harness.state.members[ana.memberId!]!)).toMatchObject({ household: 'No. 3', seated: true });
    expect(harness.refusal(host, { type: 'roster.update', memberId: ana.memberId!, household: 'No. 3' })).toBe(
      'council.unchanged',
    );
  });

  it('counts support once per person and folds it', () => {
    const { harness, ana, bo } = council();
    const topicId = harness.must(ana, { type: 'topic.propose', title: 'Parking' });
    expect(harness.state.topics[topicId]).toMatchObject({
      supporters: [ana.memberId],
      status: 'pool',
      proposedBy: ana.memberId,
    });
    expect(harness.refusal({ role: 'member', memberId: null }, { type: 'topic.support', topicId })).toBe(
      'council.joinFirst',
    );
    expect(harness.refusal(ana, { type: 'topic.support', topicId })).toBe('topic.supportedAlready');
    harness.must(bo, { type: 'topic.support', topicId });
    expect(harness.state.topics[topicId]!.supporters).toEqual([ana.memberId, bo.memberId]);
  });

  it('seeds a meeting with the roster, the review first, and each topic with its supporters', () => {
    const { harness, ana } = council();
    const topicId = harness.must(ana, { type: 'topic.propose', title: 'Parking' });
    const called = harness.callMeeting({ title: 'M1', scheduledAt: 5, topicIds: [topicId] });
    if (!called.ok) throw new Error('call refused');
    const joined = called.seed
      .filter((e) => e.type === 'member.joined')
      .map((e) => (e as { memberId: string }).memberId);
    expect(joined).toEqual(Object.keys(harness.state.members));
    const proposed = called.seed.filter((e) => e.type === 'agenda.proposed');
    expect(proposed.map((e) => (e as { itemId: string }).itemId)).toEqual([
      called.reviewItemId,
      called.topics[0]!.itemId,
    ]);
    // Ids follow the seqs the events get after room.created (seq 1).
    const reviewAt = called.seed.findIndex((e) => e.type === 'agenda.proposed') + 2;
    expect(called.reviewItemId).toBe(`i${reviewAt}`);
  });

  it('seats whoever joined through the host link as a host of every meeting, not an expert the host adds', () => {
    const harness = new CouncilHarness();
    harness.join('Ana');
    harness.join('Bo');
    const joins: [string, CouncilActor, Parameters<CouncilHarness['tryJoin']>[1]][] = [
      ['chair', host, { name: 'Chair' }],
      ['expert', host, { name: 'Dr Li', expert: true }],
      ['added', host, { name: 'Cy', host: false }],
    ];
    const ids: Record<string, string> = {};
    for (const [who, actor, join] of joins) {
      const ruling = harness.tryJoin(actor, join, 'h');
      if (!ruling.ok) throw new Error('join refused');
      ids[who] = ruling.id!;
    }
    expect(harness.tryJoin({ role: 'member', memberId: null }, { name: 'X', host: true }, 'h')).toMatchObject({
      ok: false,
      error: { reason: 'role.hostOnly' },
    });
    const state = harness.state;
    expect(state.members[ids.chair!]).toMatchObject({ host: true, expert: false });
    expect(state.members[ids.expert!]).toMatchObject({ host: false, expert: true });
    expect(state.members[ids.added!]).toMatchObject({ host: false });
    expect(Object.values(state.members).filter((m) => m.host)).toHaveLength(1);

    const called = harness.callMeeting({ title: 'M1', scheduledAt: 5, topicIds: [] });
    if (!called.ok) throw new Error('call refused');
    const seats = Object.fromEntries(called.seed.flatMap((e) => (e.type === 'member.joined' ? [[e.memberId, e]] : [])));
    expect(seats[ids.chair!]).toMatchObject({ role: 'host', seated: true, name: 'Chair' });
    expect(seats[ids.expert!]).toMatchObject({ role: 'participant', group: 'expert' });
    expect(seats[ids.added!]).toMatchObject({ role: 'participant' });
    // One seat, however the member enters: a meeting called before they joined seats them the same.
    expect(seatOf(state.members[ids.chair!]!)).toEqual(seats[ids.chair!]);
  });

  it('folds a roster member stored before the host mark as no host', () => {
    const { harness } = council();
    // As stored before `host` existed: the field is absent.
    harness.fold(null, [
      {
        type: 'council.memberJoined',
        memberId: 'cm9',
        name: 'Old',
        group: null,
        expert: false,
        supervisor: false,
        secretHash: 'h',
      },
    ]);
    expect(harness.state.members.cm9).toMatchObject({ host: false });
  });

  it('folds a replaced link as the credentials it carries, and nothing else', () => {
    const { harness } = council();
    const before = harness.state;
    const credentials = {
      tokenHashes: { host: 'h', member: 'm2', observer: 'o', supervisor: 's' },
      sealedLinks: 'sealed2',
      sealedForSupervisor: 'sup2',
    };
    harness.fold(null, [{ type: 'council.linkReplaced', role: 'member', credentials }]);
    const after = harness.state;
    expect(after.credentials).toEqual(credentials);
    expect({ ...after, credentials: before.credentials, seq: before.seq }).toEqual(before);
  });

  it('settles a topic its meeting decided and carries one it did not', () => {
    const { harness } = council();
    const tA = harness.must(host, { type: 'topic.propose', title: 'A' });
    const tB = harness.must(host, { type: 'topic.propose', title: 'B' });
    const called = harness.callMeeting({ title: 'M1', scheduledAt: 1, topicIds: [tA, tB] }, [], 'r1');
    if (!called.ok) throw new Error('call refused');
    const room: RoomState = {
      ...emptyState('r1'),
      decisions: { d1: { itemId: called.topics[0]!.itemId } as RoomState['decisions'][string] },
    };
    expect(topicOutcomes(harness.state, [{ roomId: 'r1', title: 'M1', state: room }])).toEqual({
      settled: [tA],
      carried: [tB],
    });
  });
});
