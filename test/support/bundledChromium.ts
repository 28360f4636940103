/**
 * The headless Chromium that ships inside the `@sparticuz/chromium` npm package (brotli-compressed,
 * Linux x64; nothing is downloaded at install or run time), unpacked once per package version into
 * `<tmp>/deliberation-room-<uid>/chromium-<version>/`:
 *   chromium      the headless shell
 *   lib/          the NSS libraries it links against (from the package, so a machine without them works)
 *   fonts/        Open Sans (from the package)
 *   fonts-<hash>.conf  our fontconfig file: those fonts, Noto Sans SC from `@embedpdf/fonts-sc` for
 *                 the zh-CN screens, then the system's fonts where there are any. It names the
 *                 fonts package by its path in this checkout, and the folder is shared by every
 *                 checkout on the machine, so each checkout writes its own (named by its content):
 *                 one written by a checkout since deleted would point at fonts that are gone.
 *
 * We unpack it ourselves instead of calling the package's `executablePath()`: that one writes to a
 * shared `/tmp/chromium` with no version in the name, trusts whatever file is there (a half-written
 * one after an interrupted run, or another version), and races when test workers start together.
 * Here each process unpacks into a folder of its own, checks the binary starts, and renames the
 * folder into place; a folder that exists is complete.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createBrotliDecompress } from 'node:zlib';
import { extract, type ExtractOptions } from 'tar-fs';
import type { BundledResult } from './chromium.js';

const require = createRequire(import.meta.url);

/** Files whose presence marks a complete unpack (a temp cleaner may have removed some since). */
const REQUIRED = ['chromium', 'lib/libnss3.so'];

let found: Promise<BundledResult> | undefined;

/** The bundled browser, unpacked if needed (once per process), or why it cannot be used here. */
export function bundledChromium(): Promise<BundledResult> {
  found ??= locate();
  return found;
}

async function locate(): Promise<BundledResult> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return {
      unavailable: `@sparticuz/chromium ships a Linux x64 binary, and this is ${process.platform} ${process.arch}`,
    };
  }
  let packageDir: string;
  try {
    // The package exports only its entry (build/cjs/index.cjs); its bin/ folder sits two levels up.
    packageDir = path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '../..');
  } catch {
    return { unavailable: '@sparticuz/chromium is not installed' };
  }
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = path.join(tmpdir(), `deliberation-room-${process.getuid?.() ?? 'user'}`, `chromium-${version}`);
  try {
    if (!REQUIRED.every((file) => existsSync(path.join(dir, file)))) await unpack(path.join(packageDir, 'bin'), dir);
    const fonts = writeFontConfig(dir);
    return { executablePath: path.join(dir, 'chromium'), source: 'bundled', env: environment(dir, fonts) };
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
}

/** The bundled libraries first (the system's may be missing or older), and a fontconfig file. */
function environment(dir: string, fontConfigFile: string): Record<string, string> {
  const libraries = [path.join(dir, 'lib'), process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':');
  return { LD_LIBRARY_PATH: libraries, FONTCONFIG_FILE: fontConfigFile };
}

/** This checkout's fontconfig file in the unpacked folder, written once (atomically) under a name from its content. */
function writeFontConfig(dir: string): string {
  const text = fontConfig(dir);
  const file = path.join(dir, `fonts-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.conf`);
  if (!existsSync(file)) {
    const partial = `${file}.partial-${process.pid}`;
    writeFileSync(partial, text);
    renameSync(partial, file);
  }
  return file;
}

async function unpack(bin: string, dir: string): Promise<void> {
  const partial = `${dir}.partial-${process.pid}-${Date.now()}`;
  mkdirSync(partial, { recursive: true });
  try {
    await Promise.all([
      pipeline(
        createReadStream(path.join(bin, 'chromium.br')),
        createBrotliDecompress(),
        createWriteStream(path.join(partial, 'chromium'), { mode: 0o755 }),
      ),
      untar(path.join(bin, 'al2023.tar.br'), partial), // lib/
      untar(path.join(bin, 'fonts.tar.br'), partial), // fonts/ and the package's own fonts.conf
    ]);
    await checkStarts(partial);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw new Error(`Could not unpack the bundled Chromium into ${partial}: ${String(error)}`, { cause: error });
  }
  // An incomplete folder from before (a temp cleaner took files) makes way; then ours moves in.
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(partial, dir);
  } catch (error) {
    // Another test worker finished first: its folder is as good as ours.
    rmSync(partial, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  }
}

function untar(file: string, into: string): Promise<void> {
  // As root, tar-fs would give the files the uid of whoever packed them (`chown` is missing from @types/tar-fs 2).
  const options: ExtractOptions & { chown: boolean } = { chown: false };
  return pipeline(createReadStream(file), createBrotliDecompress(), extract(into, options));
}

/** Runs the unpacked binary once: a machine it cannot run on fails here, with Chromium's own words. */
async function checkStarts(dir: string): Promise<void> {
  try {
    // `--version` draws nothing: the package's own fonts.conf (from the tar) will do.
    await promisify(execFile)(path.join(dir, 'chromium'), ['--version'], {
      env: { ...process.env, ...environment(dir, path.join(dir, 'fonts.conf')) },
      timeout: 30_000,
    });
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`the bundled Chromium does not start here: ${stderr?.trim() || String(error)}`, { cause: error });
  }
}

/** Fonts by the paths they will have after the rename; the system's configuration comes after ours. */
function fontConfig(dir: string): string {
  const dirs = [path.join(dir, 'fonts')];
  try {
    dirs.push(path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '../fonts'));
  } catch {
    // Without it the zh-CN screenshots show boxes where a system without CJK fonts has none.
  }
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    ...dirs.map((d) => `  <dir>${d}</dir>`),
    `  <cachedir>${path.join(dir, 'fontconfig-cache')}</cachedir>`,
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    '</fontconfig>',
    '',
  ].join('\n');
}
