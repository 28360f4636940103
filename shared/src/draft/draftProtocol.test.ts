import { describe, expect, it } from 'vitest';
import { DRAFT_REFUSALS, parseDraftRefusal } from './draftProtocol.js';
import { REFUSALS, refusalText } from '../core/refusals.js';

describe('draft refusal notices', () => {
  it('read what the server sends, and nothing else', () => {
    expect(parseDraftRefusal('{"reason":"draft.tooLarge","itemId":"i3","limit":500000}')).toEqual({
      reason: 'draft.tooLarge',
      itemId: 'i3',
      limit: 500000,
    });
    expect(parseDraftRefusal('{"reason":"draft.notADraft","itemId":null}')).toEqual({
      reason: 'draft.notADraft',
      itemId: null,
    });
    for (const text of [
      'not json',
      '{"reason":"draft.unknown","itemId":"i3"}',
      '{"reason":"draft.lockedEdit"}',
      '[]',
      'null',
      '"draft.tooLarge"',
      '{"reason":"draft.tooLarge","itemId":"i3","limit":0}',
      '{"reason":"draft.tooLarge","itemId":"i3","limit":1.5}',
      '{"reason":"draft.tooLarge","itemId":"i3","limit":"500"}',
      '{"reason":"draft.notADraft","itemId":3}',
      '{"reason":"draft.notADraft","itemId":null,"extra":true}',
      '{"reason":"constructor","itemId":null}',
    ]) {
      expect(parseDraftRefusal(text)).toBeNull();
    }
  });

  it('each say why in both languages, the cap in KB', () => {
    for (const reason of DRAFT_REFUSALS) expect(Object.keys(REFUSALS[reason])).toEqual(['en', 'zh-CN']);
    expect(refusalText('draft.tooLarge', 'zh-CN', { limit: 500 })).toBe(
      '本草案已达到大小上限（500 KB），您的最后一处修改未被保存。请精简文字后再继续。',
    );
  });
});
