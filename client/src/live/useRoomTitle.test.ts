import { describe, expect, it } from 'vitest';
import { titleOf } from './useRoomTitle';

describe('the join screen reads a room summary', () => {
  it('takes its title', () => {
    const summary = {
      roomId: 'r1',
      title: '北街屋场会',
      phase: 'preparing',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
    };
    expect(titleOf(summary)).toBe('北街屋场会');
  });

  it('takes nothing from a body that is not one', () => {
    for (const body of [
      null,
      undefined,
      'title',
      42,
      [],
      {},
      { title: 7 },
      { title: '' },
      { error: { code: 'not_found' } },
    ]) {
      expect(titleOf(body)).toBeNull();
    }
  });
});
