import { httpRefusal, refusalOf } from '@dr/shared';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { errorMessage, errorMessageWithTexts } from './errorMessage';
import { refusalTexts } from './refusalTexts';

/** Stands in for i18next: names the key it was asked for, so a fallback is visible. */
const t = ((key: string, options?: { defaultValue?: string }) =>
  key.startsWith('room.errors.codes.unauthorized')
    ? (options?.defaultValue ?? key)
    : `t:${key}`) as unknown as TFunction;

describe('errorMessage', () => {
  // In this order: the refusal texts are not loaded until a refusal needs them (then they stay).
  it('shows the server’s words when it said them in the reader’s language, without the refusal texts', () => {
    const said = { code: 'conflict', message: '目前没有人排队等待发言。', reason: 'queue.empty', locale: 'zh-CN' };
    expect(errorMessage(t, 'zh-CN', said)).toBe('目前没有人排队等待发言。');
    expect(refusalTexts()).toBeNull();
  });

  it('says a refusal the phone made itself (its key as the message) with the texts, once they are loaded', async () => {
    const own = { code: 'conflict', message: 'queue.empty', reason: 'queue.empty' };
    // Never the key: the code's sentence until the texts are here (asking for them).
    expect(errorMessage(t, 'en', own)).toBe('t:room.errors.codes.conflict');
    expect(await errorMessageWithTexts(t, 'zh-CN', own)).toBe('目前没有人排队等待发言。');
    expect(refusalTexts()).not.toBeNull();
    expect(errorMessage(t, 'en', own)).toBe('Nobody is waiting to speak.');
  });

  it('says an HTTP refusal in the page’s language, not in the server’s English', async () => {
    const refusal = refusalOf(httpRefusal('rate_limited', 'rate.roomsCreated'))!;
    expect(await errorMessageWithTexts(t, 'zh-CN', { ...refusal, locale: 'en' })).toBe(
      '这个网络创建的议事室太多。请等几分钟再试。',
    );
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
