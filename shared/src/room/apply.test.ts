import { describe, expect, it } from 'vitest';
import { AGENDA_EVENTS } from '../agenda/agendaFold.js';
import { CONSENSUS_EVENTS } from '../consensus/consensusFold.js';
import { DRAFT_EVENTS } from '../draft/draftFold.js';
import { FOLLOW_UP_EVENTS } from '../followup/followUpFold.js';
import { MEETING_EVENTS } from '../meeting/meetingFold.js';
import { QUEUE_EVENTS } from '../queue/queueFold.js';
import { apply, applyAll } from './apply.js';
import type { RoomEvent } from '../model/events.js';
import { emptyState } from '../model/state.js';

const events: RoomEvent[] = [
  { type: 'room.created', roomId: 'r', title: 'Bench council', locale: 'zh-CN', seq: 1, at: 10, actor: null },
  {
    type: 'member.joined',
    memberId: 'm2',
    name: 'Li',
    role: 'participant',
    presence: 'in_room',
    seq: 2,
    at: 20,
    actor: null,
  },
  { type: 'queue.raised', memberId: 'm2', kind: 'speak', seq: 3, at: 30, actor: 'm2' },
];

describe('apply', () => {
  it('folds events into state and tracks seq and time', () => {
    const state = applyAll(emptyState('r'), events);
    expect(state).toMatchObject({ title: 'Bench council', locale: 'zh-CN', seq: 3, updatedAt: 30, createdAt: 10 });
    expect(state.members['m2']).toMatchObject({ name: 'Li', presence: 'in_room', joinedAt: 20 });
    expect(state.queue).toEqual([{ memberId: 'm2', kind: 'speak', raisedAt: 30 }]);
  });

  it('never mutates the state it is given', () => {
    const before = applyAll(emptyState('r'), events.slice(0, 2));
    const frozen = JSON.stringify(before);
    apply(before, events[2]!);
    expect(JSON.stringify(before)).toBe(frozen);
  });
});

describe('apply by area', () => {
  it('hands every event type to one area only (the compiler checks that every type has one)', () => {
    const listed = [
      ...MEETING_EVENTS,
      ...AGENDA_EVENTS,
      ...QUEUE_EVENTS,
      ...DRAFT_EVENTS,
      ...CONSENSUS_EVENTS,
      ...FOLLOW_UP_EVENTS,
    ];
    expect(listed.filter((type, i) => listed.indexOf(type) !== i)).toEqual([]);
  });
});
