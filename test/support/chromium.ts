/**
 * Which Chromium the browser tests drive, in one fixed order:
 *   1. `CHROMIUM_PATH`, when set: the person running the tests chose it. A path that is not an
 *      executable file is an error, never silently replaced by another browser.
 *   2. The headless Chromium inside the `@sparticuz/chromium` dev dependency (Linux x64), unpacked
 *      once per version into the temp folder: `pnpm install && pnpm test` needs nothing but Node.js.
 *   3. The system's browser (Debian's `chromium`, …), where the bundled one cannot run.
 * Otherwise an error that says what was tried and what to do.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { bundledChromium } from './bundledChromium.js';

export interface ResolvedChromium {
  executablePath: string;
  /** Where it came from, for the error messages and the docs: which of the three steps chose it. */
  source: 'CHROMIUM_PATH' | 'bundled' | 'system';
  /** Extra environment the browser process needs (the bundled one's libraries and fonts). */
  env: Record<string, string>;
}

/** A bundled browser that can run here, or why there is none (shown when nothing else is found either). */
export type BundledResult = ResolvedChromium | { unavailable: string };

export interface ChromiumDeps {
  env: Readonly<Record<string, string | undefined>>;
  isExecutable(file: string): boolean;
  bundled(): Promise<BundledResult>;
  systemPaths: readonly string[];
}

export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

export function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

const defaults: ChromiumDeps = {
  env: process.env,
  isExecutable: isExecutableFile,
  bundled: bundledChromium,
  systemPaths: SYSTEM_CHROMIUM_PATHS,
};

export async function resolveChromium(deps: ChromiumDeps = defaults): Promise<ResolvedChromium> {
  const chosen = deps.env['CHROMIUM_PATH'];
  if (chosen) {
    if (!deps.isExecutable(chosen)) {
      throw new Error(
        `CHROMIUM_PATH is set to "${chosen}", which is not an executable file. Point it at a Chromium ` +
          'binary, or unset it to use the bundled browser (@sparticuz/chromium) or the system’s.',
      );
    }
    return { executablePath: chosen, source: 'CHROMIUM_PATH', env: {} };
  }
  const bundled = await deps.bundled();
  if ('executablePath' in bundled) return bundled;
  const system = deps.systemPaths.find((file) => deps.isExecutable(file));
  if (system) return { executablePath: system, source: 'system', env: {} };
  throw new Error(
    `No Chromium for the browser tests. The bundled one cannot be used: ${bundled.unavailable}. ` +
      `None of ${deps.systemPaths.join(', ')} exists. Run \`pnpm install\` (it brings @sparticuz/chromium), ` +
      'or set CHROMIUM_PATH to a Chromium binary.',
  );
}
