import { describe, expect, it } from 'vitest';
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
