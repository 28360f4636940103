import { describe, expect, it } from 'vitest';
import { COUNCIL_REFUSALS, councilRefusalText } from '../council/councilRefusals.js';
import { REFUSALS, refusalText, ROOM_REFUSAL_AREAS } from './refusals.js';
import { refusalTable, type RefusalTexts } from './refusalTable.js';

const params = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Every refusal of every table: the room's and the council's (and office's). */
const EVERY: [string, RefusalTexts][] = [...Object.entries(REFUSALS), ...Object.entries(COUNCIL_REFUSALS)];

describe('refusals', () => {
  it.each(EVERY)('%s reads in both languages with the same parameters', (_key, texts) => {
    const { en, 'zh-CN': zh } = texts;
    expect(en.trim()).not.toBe('');
    expect(zh.trim()).not.toBe('');
    expect(params(zh)).toEqual(params(en));
  });

  it('pairs each key’s English and Chinese texts, and holds the Chinese to the English keys', () => {
    expect(refusalTable({ 'a.b': 'A {{n}}', 'c.d': 'C' }, { 'a.b': '甲 {{n}}', 'c.d': '丙' })).toEqual({
      'a.b': { en: 'A {{n}}', 'zh-CN': '甲 {{n}}' },
      'c.d': { en: 'C', 'zh-CN': '丙' },
    });
    // @ts-expect-error a key without its Chinese text does not compile
    refusalTable({ 'a.b': 'A', 'c.d': 'C' }, { 'a.b': '甲' });
    // @ts-expect-error nor does a Chinese text without its English key
    refusalTable({ 'a.b': 'A' }, { 'a.b': '甲', 'x.y': '乙' });
  });

  it('gives each key one text: no key in two tables', () => {
    const keys = [...ROOM_REFUSAL_AREAS.flatMap((area) => Object.keys(area)), ...Object.keys(COUNCIL_REFUSALS)];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads rooms’ and councils’ refusals through one lookup', () => {
    expect(councilRefusalText('council.topicNotInPool', 'en', { topic: 't3' })).toBe('Topic t3 is not in the pool.');
    expect(councilRefusalText('room.samePhase', 'en', { phase: 'in_session' })).toBe(
      refusalText('room.samePhase', 'en', { phase: 'in_session' }),
    );
    expect(councilRefusalText('constructor', 'en')).toBeNull();
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
