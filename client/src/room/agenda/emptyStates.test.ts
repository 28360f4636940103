import { chairAnaBo } from '@dr/shared/testing';
import { describe, expect, it } from 'vitest';
import { activeEmpty, proposalsEmpty } from './emptyStates';
import { proposalsBySupport } from './proposalsBySupport';

describe('empty lists say what is true', () => {
  it('tells "nobody proposed yet" from "every proposal was handled"', () => {
    const { room, host, ana } = chairAnaBo();
    expect(proposalsEmpty(room.state)).toBe('noneYet');
    const a = room.must(ana, { type: 'agenda.propose', title: 'Street lights' });
    const b = room.must(ana, { type: 'agenda.propose', title: 'A second car park' });
    room.must(host, { type: 'agenda.schedule', itemId: a });
    room.must(host, { type: 'agenda.reject', itemId: b, reason: 'Not ours to decide' });
    expect(proposalsBySupport(room.state)).toEqual([]);
    expect(proposalsEmpty(room.state)).toBe('allHandled');
  });

  it('tells "no topic discussed yet" from "between topics"', () => {
    const { room, host } = chairAnaBo();
    const a = room.must(host, { type: 'agenda.propose', title: 'Street lights' });
    expect(activeEmpty(room.state)).toBe('noneYet');
    room.must(host, { type: 'agenda.activate', itemId: a });
    room.must(host, { type: 'agenda.deactivate' });
    expect(activeEmpty(room.state)).toBe('between');
  });
});
