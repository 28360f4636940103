import { describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { addBundles, lazyStrings } from './lazyStrings';

describe('lazyStrings', () => {
  it('fetches once however many screens ask', async () => {
    let fetches = 0;
    const strings = lazyStrings(async () => {
      fetches += 1;
    });
    await Promise.all([strings.load(), strings.load(), strings.with(async () => 'screen')()]);
    await strings.load();
    expect(fetches).toBe(1);
  });

  it('tries again after a failed fetch', async () => {
    let fetches = 0;
    const strings = lazyStrings(async () => {
      fetches += 1;
      if (fetches === 1) throw new Error('offline');
    });
    await expect(strings.load()).rejects.toThrow('offline');
    await strings.load();
    expect(fetches).toBe(2);
  });

  it('gives a screen only once its strings are here', async () => {
    const order: string[] = [];
    let arrive = () => {};
    const strings = lazyStrings(
      () =>
        new Promise<void>((resolve) => {
          arrive = () => {
            order.push('strings');
            resolve();
          };
        }),
    );
    const screen = strings.with(async () => {
      order.push('module');
      return 'the screen';
    })();
    await Promise.resolve();
    arrive();
    expect(await screen).toBe('the screen');
    expect(order).toEqual(['module', 'strings']);
  });

  it('adds a namespace in both languages, shaped, and holds the Chinese to the English keys', async () => {
    await i18n.init({ lng: 'en', resources: {} });
    addBundles('lazyTest', { hello: 'Hello' }, { hello: '你好' }, (locale, strings) => ({ ...strings, locale }));
    expect(i18n.getResourceBundle('en', 'lazyTest')).toEqual({ hello: 'Hello', locale: 'en' });
    expect(i18n.getResourceBundle('zh-CN', 'lazyTest')).toEqual({ hello: '你好', locale: 'zh-CN' });
    // @ts-expect-error a Chinese bundle without one of the English keys does not compile
    addBundles('lazyTest2', { hello: 'Hello', bye: 'Bye' }, { hello: '你好' });
  });
});
