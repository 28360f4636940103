import { describe, expect, it } from 'vitest';
import { REFUSALS, refusalText, type RefusalKey } from './refusals.js';

const params = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('refusals', () => {
  it.each(Object.keys(REFUSALS) as RefusalKey[])('%s reads in both languages with the same parameters', (key) => {
    const { en, 'zh-CN': zh } = REFUSALS[key];
    expect(en.trim()).not.toBe('');
    expect(zh.trim()).not.toBe('');
    expect(params(zh)).toEqual(params(en));
  });

  it('says phases and steps in words', () => {
    expect(refusalText('room.samePhase', 'zh-CN', { phase: 'in_session' })).toBe('会议当前已是“会议进行中”。');
    expect(refusalText('room.samePhase', 'en', { phase: 'in_session' })).toBe('The meeting is already in session.');
    expect(refusalText('item.sameStep', 'zh-CN', { step: 'investigating' })).toBe('这个议题已处于“深入调查明事”阶段。');
    expect(refusalText('item.sameStep', 'en', { step: 'investigating' })).toBe(
      'This item is already at “Investigate the facts”.',
    );
  });

  it('fills in parameters', () => {
    expect(refusalText('queue.turnCap', 'zh-CN', { cap: 2 })).toBe('会议规则规定每人在本议题上最多发言 2 次。');
    expect(refusalText('queue.turnCap', 'en', { cap: 2 })).toBe(
      'The meeting rules allow 2 turn(s) per member on this item.',
    );
  });
});
