import { describe, expect, it } from 'vitest';
import { chairAnaBo } from '../testing/roomHarness.js';

const setup = () => chairAnaBo();

describe('agenda', () => {
  it('toggles support once per member', () => {
    const { room, ana, bo } = setup();
    const itemId = room.must(ana, { type: 'agenda.propose', title: 'Fees' });
    room.must(bo, { type: 'agenda.support', itemId });
    room.must(ana, { type: 'agenda.support', itemId });
    expect(room.state.items[itemId]!.supporters).toEqual([bo.memberId, ana.memberId]);
    room.must(bo, { type: 'agenda.support', itemId });
    expect(room.state.items[itemId]!.supporters).toEqual([ana.memberId]);
  });

  it('schedules, reorders and unschedules items on the agenda', () => {
    const { room, host, ana } = setup();
    const a = room.must(ana, { type: 'agenda.propose', title: 'A' });
    const b = room.must(ana, { type: 'agenda.propose', title: 'B' });
    const c = room.must(ana, { type: 'agenda.propose', title: 'C' });
    room.must(host, { type: 'agenda.schedule', itemId: a });
    room.must(host, { type: 'agenda.schedule', itemId: b });
    room.must(host, { type: 'agenda.schedule', itemId: c, position: 0 });
    expect(room.state.agenda).toEqual([c, a, b]);
    room.must(host, { type: 'agenda.reorder', itemId: c, position: 99 });
    expect(room.state.agenda).toEqual([a, b, c]);
    room.must(host, { type: 'agenda.unschedule', itemId: a });
    expect(room.state.agenda).toEqual([b, c]);
    expect(room.state.items[a]!.status).toBe('proposed');
  });

  it('activates one item at a time and moves it on to deliberating', () => {
    const { room, host, ana } = setup();
    const a = room.must(ana, { type: 'agenda.propose', title: 'A' });
    const b = room.must(ana, { type: 'agenda.propose', title: 'B' });
    room.must(host, { type: 'agenda.activate', itemId: a });
    expect(room.state).toMatchObject({ activeItemId: a, agenda: [a] });
    expect(room.state.items[a]).toMatchObject({ step: 'deliberating', status: 'scheduled' });
    const { events } = room.run(host, { type: 'agenda.activate', itemId: b });
    expect(events.map((e) => e.type)).toContain('agenda.deactivated');
    expect(room.state.activeItemId).toBe(b);
  });

  it('rejects an item with a reason and takes it off the agenda', () => {
    const { room, host, ana } = setup();
    const a = room.must(ana, { type: 'agenda.propose', title: 'A' });
    room.must(host, { type: 'agenda.activate', itemId: a });
    room.must(host, { type: 'agenda.reject', itemId: a, reason: 'Handled by the township' });
    expect(room.state.items[a]).toMatchObject({ status: 'rejected', rejectReason: 'Handled by the township' });
    expect(room.state).toMatchObject({ activeItemId: null, agenda: [] });
    expect(room.refusal(ana, { type: 'agenda.support', itemId: a })).toBe('conflict');
  });

  it('records facts with their source and moves a collecting item to investigating', () => {
    const { room, ana, bo } = setup();
    const a = room.must(ana, { type: 'agenda.propose', title: 'A' });
    const factId = room.must(bo, {
      type: 'agenda.addFact',
      itemId: a,
      text: '42 cars, 30 spaces',
      source: 'Survey, May',
    });
    expect(room.state.items[a]).toMatchObject({
      step: 'investigating',
      facts: [{ id: factId, text: '42 cars, 30 spaces', source: 'Survey, May', addedBy: bo.memberId }],
    });
  });

  it('lets the host retract a wrong fact, keeping it in the record with who, when and why', () => {
    const { room, host, ana, bo } = setup();
    const a = room.must(ana, { type: 'agenda.propose', title: 'A' });
    const factId = room.must(bo, { type: 'agenda.addFact', itemId: a, text: 'The lane is 3 m wide' });
    const retract = { type: 'agenda.retractFact', itemId: a, factId, reason: 'Measured 4 m' } as const;
    expect(room.refusal(bo, retract)).toBe('forbidden');
    expect(room.refusal(host, { ...retract, factId: 'f999' })).toBe('not_found');
    expect(room.refusal(host, { ...retract, factId: 'constructor' })).toBe('not_found');
    room.tick(5000);
    room.must(host, retract);
    expect(room.state.items[a]!.facts).toEqual([
      expect.objectContaining({
        id: factId,
        text: 'The lane is 3 m wide',
        addedBy: bo.memberId,
        retracted: { reason: 'Measured 4 m', by: host.memberId, at: room.now },
      }),
    ]);
    expect(room.refusal(host, retract)).toBe('conflict');
  });

  it('lets the proposer edit their own proposal, and only the host edit others', () => {
    const { room, host, ana, bo } = setup();
    const a = room.must(ana, { type: 'agenda.propose', title: 'A' });
    room.must(ana, { type: 'agenda.edit', itemId: a, title: 'A, clearer' });
    expect(room.refusal(bo, { type: 'agenda.edit', itemId: a, title: 'Mine now' })).toBe('forbidden');
    room.must(host, { type: 'agenda.edit', itemId: a, timeboxSec: 900 });
    expect(room.state.items[a]).toMatchObject({ title: 'A, clearer', timeboxSec: 900 });
  });

  it('refuses unknown items and host-only actions by participants', () => {
    const { room, host, ana } = setup();
    expect(room.refusal(host, { type: 'agenda.activate', itemId: 'i404' })).toBe('not_found');
    expect(room.refusal(ana, { type: 'agenda.support', itemId: 'i404' })).toBe('not_found');
    const a = room.must(ana, { type: 'agenda.propose', title: 'A' });
    for (const command of [
      { type: 'agenda.schedule', itemId: a },
      { type: 'agenda.activate', itemId: a },
      { type: 'agenda.reject', itemId: a, reason: 'no' },
      { type: 'room.setPhase', phase: 'in_session' },
      { type: 'rules.set', queuePolicy: 'alternate' },
    ] as const) {
      expect(room.refusal(ana, command)).toBe('forbidden');
    }
  });
});

describe('room phases and rules', () => {
  it('moves forward through the phases, resumes an adjourned meeting, and never reopens a closed one', () => {
    const { room, host } = setup();
    expect(room.state.phase).toBe('preparing');
    room.must(host, { type: 'room.setPhase', phase: 'in_session' });
    room.must(host, { type: 'room.setPhase', phase: 'adjourned' });
    room.must(host, { type: 'room.setPhase', phase: 'in_session' });
    expect(room.refusal(host, { type: 'room.setPhase', phase: 'preparing' })).toBe('conflict');
    room.must(host, { type: 'room.setPhase', phase: 'closed' });
    expect(room.refusal(host, { type: 'room.setPhase', phase: 'in_session' })).toBe('conflict');
  });

  it('merges rule changes and refuses an empty change', () => {
    const { room, host } = setup();
    room.must(host, { type: 'rules.set', speakingLimitSec: 90, maxTurnsPerItem: 2 });
    room.must(host, { type: 'rules.set', queuePolicy: 'alternate' });
    expect(room.state.rules).toEqual({
      speakingLimitSec: 90,
      maxTurnsPerItem: 2,
      queuePolicy: 'alternate',
      pointsOfOrder: true,
      decisionRule: 'consensus',
      eligibleCount: null,
      quorum: null,
      interestedMayVote: false,
      quorumOf: 'responses',
      majorityOf: 'responses',
      preset: 'consent',
    });
    expect(room.refusal(host, { type: 'rules.set' })).toBe('invalid');
  });
});

describe('members', () => {
  it('lets the host add someone without a phone and raise their hand', () => {
    const { room, host } = setup();
    const elder = room.must(host, { type: 'member.addInRoom', name: 'Grandpa Liu', group: '村民' });
    expect(room.state.members[elder]).toMatchObject({
      name: 'Grandpa Liu',
      presence: 'in_room',
      proxy: true,
      group: '村民',
    });
    room.must(host, { type: 'queue.raise', memberId: elder });
    expect(room.state.queue.map((e) => e.memberId)).toEqual([elder]);
  });

  it('lets members set their own group and only the host set others', () => {
    const { room, host, ana, bo } = setup();
    room.must(ana, { type: 'member.setGroup', group: '党员' });
    expect(room.refusal(ana, { type: 'member.setGroup', memberId: bo.memberId!, group: '专家' })).toBe('forbidden');
    room.must(host, { type: 'member.setGroup', memberId: bo.memberId!, group: '专家' });
    expect([room.state.members[ana.memberId!]!.group, room.state.members[bo.memberId!]!.group]).toEqual([
      '党员',
      '专家',
    ]);
    expect(room.refusal(host, { type: 'member.setGroup', memberId: 'm404', group: 'x' })).toBe('not_found');
  });
});
