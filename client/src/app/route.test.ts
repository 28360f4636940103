import { describe, expect, it } from 'vitest';
import { routeFor } from './route';

describe('routes', () => {
  it('reads the start page, a room and its projector board from the path', () => {
    expect(routeFor('/')).toEqual({ page: 'start' });
    expect(routeFor('/r/Xq3abc')).toEqual({ page: 'room', roomId: 'Xq3abc' });
    expect(routeFor('/board/Xq3abc/')).toEqual({ page: 'board', roomId: 'Xq3abc' });
  });

  it('reads a council’s page and an office’s page', () => {
    expect(routeFor('/c/Ab3_x-')).toEqual({ page: 'standing', kind: 'c', id: 'Ab3_x-' });
    expect(routeFor('/o/Ab3/')).toEqual({ page: 'standing', kind: 'o', id: 'Ab3' });
    expect(routeFor('/c/a:b')).toEqual({ page: 'notFound' });
  });

  it('reads the join code page, and a code the server did not know', () => {
    expect(routeFor('/j')).toEqual({ page: 'joinCode', unknown: null });
    expect(routeFor('/j/')).toEqual({ page: 'joinCode', unknown: null });
    expect(routeFor('/j/k7qf-2m9x')).toEqual({ page: 'joinCode', unknown: 'k7qf-2m9x' });
    expect(routeFor('/j/K7QF%202M9X/')).toEqual({ page: 'joinCode', unknown: 'K7QF%202M9X' });
  });

  it('sends anything else to the not-found page', () => {
    expect(routeFor('/board')).toEqual({ page: 'notFound' });
    expect(routeFor('/r/a/b')).toEqual({ page: 'notFound' });
    expect(routeFor('/r/%E0%A4%A')).toEqual({ page: 'notFound' });
  });
});
