import { describe, expect, it } from 'vitest';
import { apply } from '../room/apply.js';
import type { EventBody, RoomEvent } from '../model/events.js';
import { decidedMeeting } from '../testing/decidedMeeting.js';
import { meetingIndicators } from '../followup/indicators.js';
import { dictionary, hasOwnEntry, own, ownEntries } from './own.js';
import { participation } from '../queue/participation.js';
import { refusalText } from './refusals.js';
import { RoomHarness } from '../testing/roomHarness.js';

const BUILT_INS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

describe('own', () => {
  it('finds own entries only, also in records parsed from JSON', () => {
    const record = JSON.parse('{"i2": 1, "__proto__": 2}') as Record<string, number>;
    expect(own(record, 'i2')).toBe(1);
    expect(own(record, '__proto__')).toBe(2); // an own entry (JSON.parse makes it one), not the prototype
    for (const key of BUILT_INS.filter((k) => k !== '__proto__')) {
      expect(own(record, key)).toBeUndefined();
      expect(hasOwnEntry(record, key)).toBe(false);
    }
    expect(own({}, '__proto__')).toBeUndefined();
    expect(ownEntries({ a: 1, b: 2 }, ['b', 'constructor', 'a'])).toEqual([2, 1]);
  });

  it('dictionary() takes any key as an entry, __proto__ too, without touching a prototype', () => {
    const tallies = dictionary<number>();
    tallies['__proto__'] = 1;
    tallies['constructor'] = 2;
    expect(Object.keys(tallies)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(tallies)).toBeNull();
    expect(({} as Record<string, unknown>)['constructor']).toBe(Object);
  });
});

describe('names people type are keys like any other', () => {
  it('participation and indicators count groups called __proto__ or constructor, and pollute nothing', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host');
    const ana = room.join('Ana');
    const bo = room.join('Bo');
    room.must(ana, { type: 'member.setGroup', group: '__proto__' });
    room.must(bo, { type: 'member.setGroup', group: 'constructor' });
    room.must(host, { type: 'room.setPhase', phase: 'in_session' });
    room.speakInTurn(host, [ana, 30_000], [bo, 10_000]);

    const figures = participation(room.state, 0);
    expect(own(figures.byGroup, '__proto__')).toEqual({ turns: 1, spokenMs: 30_000 });
    expect(own(figures.byGroup, 'constructor')).toEqual({ turns: 1, spokenMs: 10_000 });
    expect(own(figures.byMember, ana.memberId!)).toEqual({ turns: 1, spokenMs: 30_000 });
    expect(({} as Record<string, unknown>)['turns']).toBeUndefined();
    expect((Object as unknown as Record<string, unknown>)['turns']).toBeUndefined();

    const groups = meetingIndicators(room.state, 0).speaking.byGroup.map((g) => [g.group, g.spokenMs]);
    expect(groups).toEqual([
      ['', 0],
      ['__proto__', 30_000],
      ['constructor', 10_000],
    ]);
  });

  it('a refusal parameter named like a built-in is said as given', () => {
    expect(refusalText('scorecard.twice', 'en', { indicator: 'constructor' })).toBe('"constructor" is scored twice.');
    expect(refusalText('scorecard.twice', 'zh-CN', { indicator: '__proto__' })).toBe('指标“__proto__”重复打分。');
  });
});

describe('apply with events that name nothing the room has', () => {
  // Such events were stored before the write path folded first; folding them must change nothing.
  const { room, roundId } = decidedMeeting();
  const bodies = (id: string): EventBody[] => [
    { type: 'member.groupSet', memberId: id, group: 'x' },
    { type: 'agenda.supported', itemId: id, memberId: 'm2' },
    { type: 'agenda.unsupported', itemId: id, memberId: 'm2' },
    { type: 'agenda.edited', itemId: id, title: 't', description: '', timeboxSec: null },
    { type: 'agenda.stepSet', itemId: id, step: 'acting' },
    { type: 'agenda.factAdded', itemId: id, factId: 'f99', text: 'x', source: '' },
    { type: 'draft.locked', itemId: id },
    { type: 'draft.unlocked', itemId: id },
    { type: 'draft.versionSaved', itemId: id, versionId: 'v99', name: 'n', text: 't' },
    { type: 'consensus.voted', roundId: id, ballotId: 'b99', memberId: 'm2', level: 3, reason: null },
    { type: 'consensus.tallied', roundId: id, counts: [0, 0, 0, 1, 0, 0] },
    { type: 'consensus.closed', roundId: id, outcome: 'adopted', counts: [0, 0, 0, 1, 0, 0], reasons: [] },
    { type: 'consensus.voided', roundId: id },
    {
      type: 'action.created',
      actionId: 'a99',
      decisionId: id,
      title: 't',
      owner: 'o',
      ownerMemberId: null,
      tier: 'committee',
      dueDate: '2030-01-01',
      category: null,
    },
    { type: 'action.updated', actionId: id, status: 'done', progress: 100, note: null },
  ];

  for (const id of BUILT_INS) {
    it(`folds each as a no-op for id ${id}`, () => {
      for (const body of bodies(id)) {
        const before = room.state;
        const event = { ...body, seq: before.seq + 1, at: before.updatedAt + 1, actor: null } as RoomEvent;
        const after = apply(before, event);
        const { seq, updatedAt, ...rest } = after;
        const { seq: _s, updatedAt: _u, ...restBefore } = before;
        expect(seq, body.type).toBe(event.seq);
        expect(updatedAt, body.type).toBe(event.at);
        expect(JSON.stringify(rest), body.type).toBe(JSON.stringify(restBefore));
      }
      expect(Object.getPrototypeOf(room.state.items)).toBe(Object.prototype);
      expect(room.state.rounds[roundId]?.status).toBe('closed');
    });
  }
});
