/**
 * `pnpm build`: builds the web app (Vite, client/dist) and the compiled server (esbuild,
 * server/dist), each only when its inputs changed since its last successful build (see
 * buildStamp.mjs); `--force` rebuilds both. `pnpm start` runs the same check before it serves.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hashInputs, readStamp, writeStamp } from './buildStamp.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

// Whole package folders (less dependencies and outputs) rather than a list of files: a new
// config file or an .env that Vite reads is an input without anyone remembering to add it here.
const SHARED_INPUTS = ['shared', 'pnpm-lock.yaml', 'tsconfig.base.json', 'scripts/buildStamp.mjs'];

/** What `pnpm build` builds: the folder it writes, what it reads, and the package whose `build` script makes it. */
export const TARGETS = [
  { name: 'web app', outDir: 'client/dist', inputs: ['client', ...SHARED_INPUTS], filter: '@dr/client' },
  { name: 'server', outDir: 'server/dist', inputs: ['server', ...SHARED_INPUTS], filter: '@dr/server' },
];

/** Builds every target whose inputs changed (all of them with `force`); throws when a build fails. */
export function buildStale({ force = false, log = console.log } = {}) {
  for (const target of TARGETS) {
    const outDir = path.join(ROOT, target.outDir);
    const hash = hashInputs(ROOT, target.inputs);
    if (!force && readStamp(outDir) === hash) {
      log(`${target.name}: up to date (${target.outDir})`);
      continue;
    }
    log(`${target.name}: building ${target.outDir}`);
    const run = spawnSync('pnpm', ['--filter', target.filter, 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`building the ${target.name} failed (exit ${run.status ?? run.signal})`);
    // The hash from before the build: a file edited while it ran makes the next start build again.
    writeStamp(outDir, hash);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    buildStale({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
