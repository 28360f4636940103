/**
 * `pnpm verify-archive` on a ZIP, as an archivist runs it, from a test whose server runs in the same
 * process. Never with spawnSync: the CLI takes seconds (more on a busy machine), and while it ran
 * the event loop stood still, the server's included. The server's keep-alive timer for the test's
 * idle pooled connection (5 s) then fired only after the CLI returned, just as the test's next
 * fetch went out on that connection: `fetch failed`, ECONNRESET (councilArchive, 2026-12-08).
 * Run asynchronously, the client's own keep-alive timer retires the connection first, as it should.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Writes `zip` to `file` and runs the CLI on it with `args`; its exit status and everything it printed. */
export function verifyArchive(
  zip: Buffer,
  file: string,
  args: string[] = [],
): Promise<{ status: number | null; out: string; stdout: string }> {
  writeFileSync(file, zip);
  return new Promise((resolve) => {
    execFile(
      'pnpm',
      ['--silent', 'verify-archive', file, ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) => {
        // A non-zero exit is an answer (the record was altered), not a failure of the run.
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, out: stdout + stderr, stdout });
      },
    );
  });
}
