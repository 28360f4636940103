import { httpRefusal, refusalOf } from '@dr/shared';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { errorMessage } from './errorMessage';

/** Stands in for i18next: names the key it was asked for, so a fallback is visible. */
const t = ((key: string, options?: { defaultValue?: string }) =>
  key.startsWith('room.errors.codes.unauthorized')
    ? (options?.defaultValue ?? key)
    : `t:${key}`) as unknown as TFunction;

describe('errorMessage', () => {
  it('says an HTTP refusal in the page’s language, not in the server’s English', () => {
    const refusal = refusalOf(httpRefusal('rate_limited', 'rate.roomsCreated'))!;
    expect(errorMessage(t, 'zh-CN', refusal)).toBe('这个网络创建的议事室太多。请等几分钟再试。');
    expect(errorMessage(t, 'en', refusal)).toBe(
      'Too many rooms were created from this network. Wait a few minutes and try again.',
    );
  });

  it('falls back to the code’s sentence for a refusal without a known reason', () => {
    expect(errorMessage(t, 'zh-CN', { code: 'rate_limited', message: 'Slow down' })).toBe(
      't:room.errors.codes.rate_limited',
    );
    expect(errorMessage(t, 'zh-CN', { code: 'unauthorized', message: 'x' })).toBe('t:room.errors.refused');
  });

  it('ignores a reason this client does not know', () => {
    const body = { error: { code: 'invalid', message: 'Nope', reason: 'not.a.key' } };
    expect(refusalOf(body)).toEqual({ code: 'invalid', message: 'Nope' });
    expect(refusalOf({ error: 'plain text' })).toBeNull();
    expect(refusalOf(null)).toBeNull();
  });
});
