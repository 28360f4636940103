import { describe, expect, it } from 'vitest';
import { emptyState, type RoomState } from '../model/state.js';
import { decideCouncil, decideJoinCouncil, type CouncilActor } from './councilRules.js';
import { applyCouncil, foldCouncil } from './councilFold.js';
import type { CouncilEvent, CouncilEventBody } from './councilEvents.js';
import { emptyCouncil, type CouncilState } from './councilState.js';
import { meetingSeed, seatOf, topicOutcomes } from './councilMeeting.js';

const host: CouncilActor = { role: 'host', memberId: null };

function run(state: CouncilState, bodies: CouncilEventBody[]): CouncilState {
  return foldCouncil(
    state,
    bodies.map((b, i): CouncilEvent => ({ ...b, seq: state.seq + 1 + i, at: 1000 + i, actor: null })),
  );
}

function council(): CouncilState {
  let state = run(emptyCouncil('c1'), [
    {
      type: 'council.created',
      councilId: 'c1',
      name: 'East Lane',
      locale: 'en',
      timeZone: 'UTC',
      place: 'Yard',
      meetingPattern: null,
      officeId: null,
      credentials: {
        tokenHashes: { host: 'h', member: 'm', observer: 'o', supervisor: 's' },
        sealedLinks: '',
        sealedForSupervisor: '',
      },
    },
  ]);
  for (const name of ['Ana', 'Bo']) {
    const ruling = decideJoinCouncil(state, { role: 'member', memberId: null }, { name }, 'hash');
    if (!ruling.ok) throw new Error('join refused');
    state = run(state, ruling.events);
  }
  return state;
}

describe('council rules', () => {
  it('keeps the expert mark and the roster to the host, and observers out', () => {
    const state = council();
    expect(
      decideJoinCouncil(state, { role: 'member', memberId: null }, { name: 'X', expert: true }, 'h'),
    ).toMatchObject({ ok: false, error: { reason: 'role.hostOnly' } });
    expect(decideJoinCouncil(state, { role: 'observer', memberId: null }, { name: 'X' }, 'h')).toMatchObject({
      ok: false,
    });
    const supervisor = decideJoinCouncil(state, { role: 'supervisor', memberId: null }, { name: 'Wu' }, 'h');
    expect(supervisor).toMatchObject({ ok: true, events: [{ supervisor: true, expert: false }] });
    const [ana] = Object.keys(state.members);
    expect(
      decideCouncil(state, { role: 'member', memberId: ana! }, { type: 'roster.update', memberId: ana!, expert: true }),
    ).toMatchObject({ ok: false, error: { reason: 'role.hostOnly' } });
    expect(decideCouncil(state, host, { type: 'roster.update', memberId: 'constructor', expert: true })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(
      decideCouncil(state, { role: 'observer', memberId: null }, { type: 'topic.propose', title: 'x' }),
    ).toMatchObject({ ok: false, error: { reason: 'role.observer' } });
  });

  it('keeps a roster member’s household and seats them with it (户)', () => {
    let state = council();
    const joined = decideJoinCouncil(
      state,
      { role: 'member', memberId: null },
      { name: 'Cai', household: 'No. 5' },
      'h',
    );
    if (!joined.ok) throw new Error('join refused');
    state = run(state, joined.events);
    expect(seatOf(state.members[joined.id!]!)).toMatchObject({ household: 'No. 5', seated: true });
    const [ana] = Object.keys(state.members);
    const set = decideCouncil(state, host, { type: 'roster.update', memberId: ana!, household: 'No. 3' });
    if (!set.ok) throw new Error('update refused');
    state = run(state, set.events);
    expect(state.members[ana!]).toMatchObject({ household: 'No. 3', group: null });
    expect(decideCouncil(state, host, { type: 'roster.update', memberId: ana!, household: 'No. 3' })).toMatchObject({
      ok: false,
      error: { reason: 'council.unchanged' },
    });
  });

  it('counts support once per person and folds it', () => {
    let state = council();
    const [ana, bo] = Object.keys(state.members) as [string, string];
    const proposed = decideCouncil(
      state,
      { role: 'member', memberId: ana },
      { type: 'topic.propose', title: 'Parking' },
    );
    if (!proposed.ok) throw new Error('refused');
    state = run(state, proposed.events);
    const topicId = proposed.id!;
    expect(state.topics[topicId]).toMatchObject({ supporters: [ana], status: 'pool', proposedBy: ana });
    expect(decideCouncil(state, { role: 'member', memberId: null }, { type: 'topic.support', topicId })).toMatchObject({
      ok: false,
      error: { reason: 'council.joinFirst' },
    });
    expect(decideCouncil(state, { role: 'member', memberId: ana }, { type: 'topic.support', topicId })).toMatchObject({
      ok: false,
      error: { reason: 'topic.supportedAlready' },
    });
    const supported = decideCouncil(state, { role: 'member', memberId: bo }, { type: 'topic.support', topicId });
    if (!supported.ok) throw new Error('refused');
    state = applyCouncil(state, { ...supported.events[0]!, seq: state.seq + 1, at: 2000, actor: bo });
    expect(state.topics[topicId]!.supporters).toEqual([ana, bo]);
  });

  it('seeds a meeting with the roster, the review first, and each topic with its supporters', () => {
    let state = council();
    const [ana] = Object.keys(state.members) as [string];
    state = run(state, [{ type: 'topic.proposed', topicId: 't9', title: 'Parking', description: '', proposedBy: ana }]);
    const seed = meetingSeed({
      council: state,
      roomId: 'r1',
      scheduledAt: 5,
      rules: null,
      reviewed: [],
      topics: [{ topicId: 't9', carried: false }],
    });
    const joined = seed.events
      .filter((e) => e.type === 'member.joined')
      .map((e) => (e as { memberId: string }).memberId);
    expect(joined).toEqual(Object.keys(state.members));
    const proposed = seed.events.filter((e) => e.type === 'agenda.proposed');
    expect(proposed.map((e) => (e as { itemId: string }).itemId)).toEqual([seed.reviewItemId, seed.topics[0]!.itemId]);
    // Ids follow the seqs the events get after room.created (seq 1).
    const reviewAt = seed.events.findIndex((e) => e.type === 'agenda.proposed') + 2;
    expect(seed.reviewItemId).toBe(`i${reviewAt}`);
  });

  it('seats whoever joined through the host link as a host of every meeting, not an expert the host adds', () => {
    let state = council();
    const joins: [string, CouncilActor, Parameters<typeof decideJoinCouncil>[2]][] = [
      ['chair', host, { name: 'Chair' }],
      ['expert', host, { name: 'Dr Li', expert: true }],
      ['added', host, { name: 'Cy', host: false }],
    ];
    const ids: Record<string, string> = {};
    for (const [who, actor, join] of joins) {
      const ruling = decideJoinCouncil(state, actor, join, 'h');
      if (!ruling.ok) throw new Error('join refused');
      state = run(state, ruling.events);
      ids[who] = ruling.id!;
    }
    expect(decideJoinCouncil(state, { role: 'member', memberId: null }, { name: 'X', host: true }, 'h')).toMatchObject({
      ok: false,
      error: { reason: 'role.hostOnly' },
    });
    expect(state.members[ids.chair!]).toMatchObject({ host: true, expert: false });
    expect(state.members[ids.expert!]).toMatchObject({ host: false, expert: true });
    expect(state.members[ids.added!]).toMatchObject({ host: false });
    expect(Object.values(state.members).filter((m) => m.host)).toHaveLength(1);

    const seed = meetingSeed({ council: state, roomId: 'r1', scheduledAt: 5, rules: null, reviewed: [], topics: [] });
    const seats = Object.fromEntries(seed.events.flatMap((e) => (e.type === 'member.joined' ? [[e.memberId, e]] : [])));
    expect(seats[ids.chair!]).toMatchObject({ role: 'host', seated: true, name: 'Chair' });
    expect(seats[ids.expert!]).toMatchObject({ role: 'participant', group: 'expert' });
    expect(seats[ids.added!]).toMatchObject({ role: 'participant' });
    // One seat, however the member enters: a meeting called before they joined seats them the same.
    expect(seatOf(state.members[ids.chair!]!)).toEqual(seats[ids.chair!]);
  });

  it('folds a roster member stored before the host mark as no host', () => {
    const state = run(council(), [
      // As stored before `host` existed: the field is absent.
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
    expect(state.members.cm9).toMatchObject({ host: false });
  });

  it('folds a replaced link as the credentials it carries, and nothing else', () => {
    const before = council();
    const credentials = {
      tokenHashes: { host: 'h', member: 'm2', observer: 'o', supervisor: 's' },
      sealedLinks: 'sealed2',
      sealedForSupervisor: 'sup2',
    };
    const after = run(before, [{ type: 'council.linkReplaced', role: 'member', credentials }]);
    expect(after.credentials).toEqual(credentials);
    expect({ ...after, credentials: before.credentials, seq: before.seq }).toEqual(before);
  });

  it('settles a topic its meeting decided and carries one it did not', () => {
    let state = council();
    state = run(state, [
      { type: 'topic.proposed', topicId: 'tA', title: 'A', description: '', proposedBy: null },
      { type: 'topic.proposed', topicId: 'tB', title: 'B', description: '', proposedBy: null },
      {
        type: 'council.meetingCalled',
        roomId: 'r1',
        title: 'M1',
        scheduledAt: 1,
        reviewItemId: 'i1',
        reviewed: [],
        topics: [
          { topicId: 'tA', itemId: 'i5', carried: false },
          { topicId: 'tB', itemId: 'i6', carried: false },
        ],
        settled: [],
      },
    ]);
    const room: RoomState = {
      ...emptyState('r1'),
      decisions: { d1: { itemId: 'i5' } as RoomState['decisions'][string] },
    };
    expect(topicOutcomes(state, [{ roomId: 'r1', title: 'M1', state: room }])).toEqual({
      settled: ['tA'],
      carried: ['tB'],
    });
  });
});
