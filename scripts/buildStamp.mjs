/**
 * Build stamps: a build's output folder holds the hash of the inputs it was built from, so a start
 * rebuilds only when an input changed. Content hashes, not modification times: a checkout, a copy or
 * a clock that goes back must not leave a stale build in place, and touching a file must not force one.
 *
 * Plain JavaScript (with buildStamp.d.mts beside it for TypeScript): it runs before anything is built.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Folders never read as inputs, wherever they are: dependencies, build outputs and caches. */
export const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.vite', '.git', 'coverage', 'test-results']);
/**
 * Skipped only directly inside an input folder: `pnpm start` typed in server/ keeps its SQLite file
 * in server/data, which changes all the time. A `data` folder deeper down (src/data) is source.
 */
const RUNTIME_DATA_DIR = 'data';

export const STAMP_FILE = '.build-stamp';

/**
 * SHA-256 (hex) over the relative path and content of every file under `inputs` (files or folders,
 * relative to `root`), in a fixed order. A missing input hashes as missing, so deleting one counts as a change.
 */
export function hashInputs(root, inputs) {
  const hash = createHash('sha256');
  const files = [];
  for (const input of inputs) collect(root, input, files, true);
  for (const file of [...new Set(files)].sort()) {
    hash.update(`${file}\0`);
    hash.update(file.endsWith('\0missing') ? '' : readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function collect(root, relative, into, isInput = false) {
  let stat;
  try {
    stat = statSync(path.join(root, relative));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    into.push(`${relative}\0missing`);
    return;
  }
  if (stat.isFile()) {
    into.push(relative.split(path.sep).join('/'));
    return;
  }
  for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
    if (entry.isDirectory() && SKIPPED_DIRS.has(entry.name)) continue;
    if (entry.isDirectory() && isInput && entry.name === RUNTIME_DATA_DIR) continue;
    if (entry.isDirectory() || entry.isFile()) collect(root, path.join(relative, entry.name), into);
  }
}

/** The hash stored in `outDir` by the last successful build, or undefined when there is none. */
export function readStamp(outDir) {
  try {
    return readFileSync(path.join(outDir, STAMP_FILE), 'utf8').trim();
  } catch (error) {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** Records that `outDir` was built from inputs hashing to `hash`; call it only after the build succeeded. */
export function writeStamp(outDir, hash) {
  writeFileSync(path.join(outDir, STAMP_FILE), `${hash}\n`);
}
