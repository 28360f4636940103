/**
 * Issue 25 §5: the service worker of the real build (client/dist/sw.js, `pnpm build` first)
 * precaches what a participant needs for the room, both languages included, and not the rest (the
 * editor, the host's console, …), which it keeps once used (a cache-first route for /assets/).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_DIST } from '@dr/server';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without types (as in budget.test.ts)
import { criticalPath } from '../../scripts/budget.mjs';

const sw = () => readFileSync(path.join(CLIENT_DIST, 'sw.js'), 'utf8');
const precached = () => [...sw().matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);

describe('the service worker of the build', () => {
  it('precaches the participant’s path in both languages, not the editor nor the host’s console', () => {
    const urls = precached();
    const both = criticalPath(CLIENT_DIST, [
      'index.html',
      'src/app/main.tsx',
      'src/i18n/en.json',
      'src/i18n/zh-CN.json',
      'src/room/draft/DraftPanel.tsx',
    ]);
    for (const { file } of both as { file: string }[]) expect(urls).toContain(file);
    expect(urls.filter((url) => /DraftEditor|HostConsole|officeChart|QrCode/.test(url))).toEqual([]);
    // Far below the whole app (1.38 MB plain, 408 KB brotli when every file was precached).
    const brotli = urls.reduce((sum, url) => {
      const file = path.join(CLIENT_DIST, url);
      return sum + statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size;
    }, 0);
    expect(brotli).toBeLessThan(250_000);
  });

  it('precaches the room’s refusal texts, which are not on the phone’s path (a refusal made offline still has words)', () => {
    const urls = precached();
    const texts = criticalPath(CLIENT_DIST, ['src/live/refusalTable.ts']) as { file: string }[];
    for (const { file } of texts) expect(urls).toContain(file);
    const phone = (criticalPath(CLIENT_DIST) as { file: string }[]).map(({ file }) => file);
    expect(phone).not.toContain(texts[0]!.file);
  });

  it('answers navigations with app.html, which preloads the app’s scripts that the network’s index.html leaves to the boot module', () => {
    expect(precached()).toContain('app.html');
    expect(sw()).toContain('createHandlerBoundToURL("/app.html")');
    const preloads = (page: string) =>
      [
        ...readFileSync(path.join(CLIENT_DIST, page), 'utf8').matchAll(
          /rel="modulepreload" crossorigin href="\/([^"]+)"/g,
        ),
      ].map((match) => match[1]!);
    const app = criticalPath(CLIENT_DIST, ['src/app/main.tsx']) as { file: string }[];
    const main = app.find(({ file }) => file.endsWith('.js'))!.file;
    expect(preloads('app.html')).toContain(main);
    expect(preloads('index.html')).not.toContain(main);
    // The same page otherwise: the boot module, and the lean page's preloads first.
    expect(preloads('app.html').slice(0, preloads('index.html').length)).toEqual(preloads('index.html'));
    // The stylesheets before the app's preloads: the boot module waits for every stylesheet, and
    // the files are taken in the order they are asked for (docs/performance.md, "The repeat visit, traced").
    const page = readFileSync(path.join(CLIENT_DIST, 'app.html'), 'utf8');
    const lastStylesheet = page.lastIndexOf('rel="stylesheet"');
    expect(lastStylesheet).toBeGreaterThan(0);
    expect(lastStylesheet).toBeLessThan(page.indexOf(`href="/${main}"`));
    const script = /<script type="module"[^>]*><\/script>/;
    expect(readFileSync(path.join(CLIENT_DIST, 'app.html'), 'utf8').match(script)?.[0]).toBe(
      readFileSync(path.join(CLIENT_DIST, 'index.html'), 'utf8').match(script)?.[0],
    );
  });

  it('keeps every other file of the app once it is used', () => {
    expect(sw()).toContain('dr-assets');
    expect(sw()).toMatch(/CacheFirst/);
  });
});
