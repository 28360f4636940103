/**
 * What `pnpm backup` and `pnpm restore` share: where the SQLite store is (`DATA_DIR`, resolved as the
 * server resolves it), the driver (better-sqlite3, the server's own dependency), and the checks.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

/** The server's copy of better-sqlite3: the root package does not depend on it. */
export const Database = createRequire(new URL('../server/package.json', import.meta.url))('better-sqlite3');

/** The store's file name in DATA_DIR (server/src/store/openStore.ts, SQLITE_FILE). */
export const SQLITE_FILE = 'deliberation.sqlite';

/** Where the user typed the command: pnpm runs scripts in the package folder and says so in INIT_CWD. */
export const here = (file) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

export function storePath() {
  return path.join(here(process.env.DATA_DIR || './data'), SQLITE_FILE);
}

/** Stops with a message (and no stack trace): these are an operator's commands. */
export function fail(message) {
  console.error(`${path.basename(process.argv[1] ?? '')}: ${message}`);
  process.exit(1);
}

/** The MongoDB store is copied with MongoDB's own tools (README, "Backup and restore"). */
export function refuseMongo(tool) {
  if (process.env.MONGODB_URI) {
    fail(
      `MONGODB_URI is set: this copies the SQLite store only. For MongoDB use ${tool} (README, "Backup and restore").`,
    );
  }
}

/**
 * SQLite's own check of a database file, and its rooms and events, counted. Throws when the file is
 * not a database of ours or fails the check.
 */
export function check(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${file} fails SQLite's integrity check: ${result}`);
    const count = (table) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    return { rooms: count('rooms'), events: count('events') };
  } finally {
    db.close();
  }
}

/**
 * Whether a server (or anything else) has the database open: it then holds a shared lock, and an
 * exclusive one cannot be had. Checked on a connection of its own, closed again at once.
 */
export function heldByAnother(file) {
  const db = new Database(file, { timeout: 0, fileMustExist: true });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    return false;
  } catch (error) {
    if (error?.code === 'SQLITE_BUSY' || error?.code === 'SQLITE_LOCKED') return true;
    throw error;
  } finally {
    db.close();
  }
}
