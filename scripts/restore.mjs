/**
 * `pnpm restore <file>`: puts a backup made by `pnpm backup` in place of the SQLite store in DATA_DIR.
 * It refuses while a server (or anything else) has the database open: stop every server on this
 * DATA_DIR first. The backup is checked first (SQLite's integrity check), copied beside the store with
 * SQLite's backup, then renamed into place; the store it replaces is kept beside it as
 * `deliberation.sqlite.before-restore-<time>` (with everything its WAL held), never deleted.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { check, Database, fail, heldByAnother, here, refuseMongo, storePath } from './sqliteStore.mjs';

refuseMongo('mongorestore');
const source = process.argv[2];
if (!source) fail('usage: pnpm restore <file>   (DATA_DIR as for the server, default ./data)');
const backup = here(source);
const target = storePath();
if (!existsSync(backup)) fail(`no backup at ${backup}`);

let counts;
try {
  counts = check(backup);
} catch (error) {
  fail(`${backup} cannot be restored: ${error instanceof Error ? error.message : String(error)}`);
}
mkdirSync(path.dirname(target), { recursive: true });
if (existsSync(target) && heldByAnother(target)) {
  fail(`a server has ${target} open: stop every server on this DATA_DIR, then restore (nothing was changed)`);
}

const incoming = `${target}.restoring`;
rmSync(incoming, { force: true });
const from = new Database(backup, { readonly: true, fileMustExist: true });
try {
  await from.backup(incoming, { progress: () => 0x7fffffff });
} finally {
  from.close();
}
if (existsSync(target)) {
  // Fold the old store's WAL into its file first (closing the last connection does it), so the copy
  // kept aside is whole; then move it aside with nothing of it left behind.
  new Database(target, { fileMustExist: true }).close();
  const aside = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(target, aside);
  console.log(`the store it replaces is kept as ${aside}`);
}
for (const leftover of ['-wal', '-shm']) rmSync(`${target}${leftover}`, { force: true });
renameSync(incoming, target);
console.log(`restored ${backup} to ${target}: ${counts.rooms} rooms, ${counts.events} events. Start the server.`);
