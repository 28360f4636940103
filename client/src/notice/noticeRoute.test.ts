import { describe, expect, it } from 'vitest';
import { routeFor } from '../app/route';

describe('the notice route', () => {
  it('reads the public notice of a room from the path', () => {
    expect(routeFor('/notice/Xq3abc')).toEqual({ page: 'notice', roomId: 'Xq3abc' });
    expect(routeFor('/notice/Xq3abc/')).toEqual({ page: 'notice', roomId: 'Xq3abc' });
    expect(routeFor('/notice')).toEqual({ page: 'notFound' });
  });
});
