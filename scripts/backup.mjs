/**
 * `pnpm backup <file>`: a consistent copy of the SQLite store, taken while the server runs. SQLite's
 * online backup (better-sqlite3's `.backup()`) copies every page in one step, inside one read
 * transaction: the copy is the database as of one commit, every acknowledged event before it and no
 * half of a group commit. WAL mode lets the server keep writing meanwhile. The copy is written beside
 * the target and renamed into place only once SQLite's integrity check passes.
 *
 * DATA_DIR as for the server (default ./data). The server secret (`DATA_DIR/server-secret`) is not
 * in the copy on purpose: keep it apart (README, "Backup and restore").
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { check, Database, fail, here, refuseMongo, storePath } from './sqliteStore.mjs';

refuseMongo('mongodump');
const target = process.argv[2];
if (!target) fail('usage: pnpm backup <file>   (DATA_DIR as for the server, default ./data)');
const source = storePath();
const file = here(target);
if (!existsSync(source)) fail(`no SQLite store at ${source} (set DATA_DIR)`);
if (existsSync(file)) fail(`${file} exists already: choose a new file, a backup is never overwritten`);

const partial = `${file}.partial`;
rmSync(partial, { force: true });
const db = new Database(source, { fileMustExist: true, timeout: 5000 });
try {
  // After the first step has counted the pages, copy them all in the next one: a step-by-step copy
  // starts over whenever the server commits in between, and a busy room commits every few ms.
  await db.backup(partial, { progress: () => 0x7fffffff });
} catch (error) {
  rmSync(partial, { force: true });
  fail(`the backup failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  db.close();
}
try {
  const { rooms, events } = check(partial);
  renameSync(partial, file);
  console.log(`backed up ${source} to ${file}: ${rooms} rooms, ${events} events (integrity ok)`);
  console.log(
    'The server secret is not in the backup: keep DATA_DIR/server-secret (or SERVER_SECRET) apart, and safe.',
  );
} catch (error) {
  rmSync(partial, { force: true });
  fail(error instanceof Error ? error.message : String(error));
}
