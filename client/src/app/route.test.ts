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
    expect(routeFor('/m/Mx_9-')).toEqual({ page: 'standing', kind: 'm', id: 'Mx_9-' });
    expect(routeFor('/c/a:b')).toEqual({ page: 'notFound' });
  });

  it('sends the join code page and a code the server did not know to the start page’s chunk', () => {
    for (const path of ['/j', '/j/', '/j/k7qf-2m9x', '/j/K7QF%202M9X/'])
      expect(routeFor(path)).toEqual({ page: 'start' });
    expect(routeFor('/j/a/b')).toEqual({ page: 'notFound' });
  });

  it('sends anything else to the not-found page', () => {
    expect(routeFor('/board')).toEqual({ page: 'notFound' });
    expect(routeFor('/r/a/b')).toEqual({ page: 'notFound' });
    expect(routeFor('/r/%E0%A4%A')).toEqual({ page: 'notFound' });
  });
});
