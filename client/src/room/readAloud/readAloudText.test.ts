import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/readAloud.en.json';
import zhCN from '../../i18n/readAloud.zh-CN.json';
import { duration } from './readAloudText';

async function tIn(lang: 'en' | 'zh-CN') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: lang,
    resources: { en: { readAloud: en }, 'zh-CN': { readAloud: zhCN } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('a time said aloud', () => {
  it('is minutes and seconds, with no space between them in Chinese', async () => {
    const zh = await tIn('zh-CN');
    expect(duration(zh, 180_000)).toBe('3分钟');
    // The floor read a second into a three-minute turn (elderMode.e2e read "2分钟 59秒" on a busy machine).
    expect(duration(zh, 179_000)).toBe('2分钟59秒');
    expect(duration(zh, 20_000)).toBe('20秒');
  });

  it('is minutes and seconds in English, each in its number', async () => {
    const t = await tIn('en');
    expect(duration(t, 179_000)).toBe('2 minutes 59 seconds');
    expect(duration(t, 61_000)).toBe('1 minute 1 second');
    expect(duration(t, 60_000)).toBe('1 minute');
  });
});
