/** Which browser the browser tests use: the order of the three sources, and the errors. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { bundledChromium } from '../support/bundledChromium.js';
import { isExecutableFile, resolveChromium, type BundledResult, type ChromiumDeps } from '../support/chromium.js';

const BUNDLED: BundledResult = {
  executablePath: '/tmp/deliberation-room-0/chromium-143.0.4/chromium',
  source: 'bundled',
  env: { FONTCONFIG_FILE: '/tmp/deliberation-room-0/chromium-143.0.4/fonts.conf' },
};

function deps(options: {
  env?: Record<string, string>;
  files?: string[];
  bundled?: BundledResult;
}): ChromiumDeps & { bundled: ReturnType<typeof vi.fn> } {
  const files = new Set(options.files ?? []);
  return {
    env: options.env ?? {},
    isExecutable: (file) => files.has(file),
    bundled: vi.fn(async () => options.bundled ?? { unavailable: 'not installed' }),
    systemPaths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
  };
}

describe('choosing the browser', () => {
  it('uses CHROMIUM_PATH first, without unpacking the bundled one', async () => {
    const d = deps({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      files: ['/opt/chrome/chrome', '/usr/bin/chromium'],
      bundled: BUNDLED,
    });
    expect(await resolveChromium(d)).toEqual({
      executablePath: '/opt/chrome/chrome',
      source: 'CHROMIUM_PATH',
      env: {},
    });
    expect(d.bundled).not.toHaveBeenCalled();
  });

  it('refuses a CHROMIUM_PATH that is not there instead of quietly using another browser', async () => {
    const d = deps({ env: { CHROMIUM_PATH: '/opt/missing/chrome' }, files: ['/usr/bin/chromium'], bundled: BUNDLED });
    await expect(resolveChromium(d)).rejects.toThrow(/CHROMIUM_PATH is set to "\/opt\/missing\/chrome"/);
    expect(d.bundled).not.toHaveBeenCalled();
  });

  it('treats an empty CHROMIUM_PATH as unset', async () => {
    expect(await resolveChromium(deps({ env: { CHROMIUM_PATH: '' }, bundled: BUNDLED }))).toBe(BUNDLED);
  });

  it('prefers the bundled browser to the system’s, so every machine runs the same one', async () => {
    expect(await resolveChromium(deps({ files: ['/usr/bin/chromium'], bundled: BUNDLED }))).toBe(BUNDLED);
  });

  it('falls back to the system’s browsers, in order, when the bundled one cannot run here', async () => {
    const d = deps({ files: ['/usr/bin/chromium-browser', '/usr/bin/chromium'] });
    expect(await resolveChromium(d)).toEqual({ executablePath: '/usr/bin/chromium', source: 'system', env: {} });
    const only = deps({ files: ['/usr/bin/chromium-browser'] });
    expect((await resolveChromium(only)).executablePath).toBe('/usr/bin/chromium-browser');
  });

  it('says what it tried and what to do when there is no browser at all', async () => {
    const d = deps({
      bundled: { unavailable: '@sparticuz/chromium ships a Linux x64 binary, and this is darwin arm64' },
    });
    const error = (await resolveChromium(d).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain('this is darwin arm64');
    expect(error.message).toContain('/usr/bin/chromium, /usr/bin/chromium-browser');
    expect(error.message).toContain('CHROMIUM_PATH');
  });
});

describe.runIf(process.platform === 'linux' && process.arch === 'x64')('the bundled browser', () => {
  it(
    'unpacks into a folder of its own, with its libraries and fonts for both languages',
    { timeout: 120_000 },
    async () => {
      const bundled = await bundledChromium();
      if (!('executablePath' in bundled)) throw new Error(bundled.unavailable);
      expect(bundled.source).toBe('bundled');
      expect(isExecutableFile(bundled.executablePath)).toBe(true);
      expect(bundled.env['LD_LIBRARY_PATH']?.split(':')[0]).toMatch(/chromium-[\d.]+\/lib$/);
      const fontDirs = [...readFileSync(bundled.env['FONTCONFIG_FILE']!, 'utf8').matchAll(/<dir>(.+)<\/dir>/g)].map(
        (m) => m[1]!,
      );
      const fontFiles = fontDirs.flatMap((dir) => readdirSync(dir, { recursive: true }).map(String));
      expect(fontFiles).toContain('Open_Sans/OpenSans-Regular.ttf');
      expect(fontFiles).toContain('NotoSansHans-Regular.otf');
    },
  );
});
