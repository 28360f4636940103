import { describe, expect, it } from 'vitest';
import { applyAll } from './apply.js';
import type { RoomEvent } from '../model/events.js';
import { foldSafely } from './foldSafely.js';
import { emptyState } from '../model/state.js';

const created: RoomEvent = {
  type: 'room.created',
  roomId: 'r',
  title: 'Bench council',
  locale: 'en',
  seq: 1,
  at: 10,
  actor: null,
};
const joined: RoomEvent = {
  type: 'member.joined',
  memberId: 'm3',
  name: 'Li',
  role: 'participant',
  presence: 'remote',
  seq: 3,
  at: 30,
  actor: null,
};
// An event of a type this version does not know (a damaged record, or a newer server's).
const unknown = { type: 'agenda.exploded', seq: 2, at: 20, actor: null } as unknown as RoomEvent;

describe('foldSafely', () => {
  it('skips an event apply cannot fold, reports it, and folds the rest in seq order', () => {
    expect(() => applyAll(emptyState('r'), [created, unknown, joined])).toThrow();
    const skipped: number[] = [];
    const state = foldSafely(emptyState('r'), [created, unknown, joined], (event) => skipped.push(event.seq));
    expect(skipped).toEqual([2]);
    expect(state).toMatchObject({ title: 'Bench council', seq: 3, updatedAt: 30 });
    expect(state.members['m3']?.name).toBe('Li');
  });

  it('keeps event times from going backwards or becoming NaN past a damaged record', () => {
    const damaged = { type: 'agenda.exploded', seq: 2, actor: null } as unknown as RoomEvent;
    const state = foldSafely(emptyState('r'), [created, damaged], () => undefined);
    expect(state).toMatchObject({ seq: 2, updatedAt: 10 });
  });

  it('is applyAll when every event folds', () => {
    const events = [created, { ...joined, seq: 2 }];
    expect(foldSafely(emptyState('r'), events, () => undefined)).toEqual(applyAll(emptyState('r'), events));
  });
});
