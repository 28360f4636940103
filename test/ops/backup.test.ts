/**
 * `pnpm backup` and `pnpm restore` (issue 27, "Back it up"): a backup taken while commands keep
 * coming holds every event acknowledged before it began and nothing half-written, and a fresh server
 * restored from it serves the room; restore refuses while a server holds the database.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, createRoom } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';
import { makeDataDir } from '../support/testServer.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'dr-backup-'));
const suite = serverSuite({ server: false });

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `pnpm <script> <file>` from the repository root with DATA_DIR set, as an operator would. */
function pnpm(script: 'backup' | 'restore', file: string, dataDir: string) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('pnpm', ['--silent', script, file], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('backup and restore of the SQLite store', () => {
  it('keeps every event acknowledged before the backup began, while commands keep coming, and nothing half-written', async () => {
    const live = await suite.startServer();
    const room = await createRoom(live.url, 'Backup under load', 'en');
    const host = await connect(live.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
    // Six members proposing side by side: each connection has its own allowance (10 a second).
    const members = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) =>
        connect(live.url, { roomId: room.roomId, token: room.tokens.participant, name: `M${n}` }),
      ),
    );

    // Commands keep coming for as long as the backup runs and a little after.
    const acked = new Map<number, string>(); // seq → the title proposed with it
    const failures: string[] = [];
    let sending = true;
    let sent = 0;
    const writer = Promise.all(
      members.map(async (member) => {
        while (sending) {
          const title = `Item ${(sent += 1)}`;
          const ack = await member.command({ type: 'agenda.propose', title });
          if (ack.ok) acked.set(ack.seq, title);
          else if (ack.error.code === 'rate_limited') await new Promise((r) => setTimeout(r, 100));
          else failures.push(ack.error.message);
        }
      }),
    );
    await expect.poll(() => acked.size, { timeout: 30_000 }).toBeGreaterThanOrEqual(60);

    const ackedBefore = new Map(acked);
    const file = path.join(scratch, 'meeting.sqlite');
    const backup = await pnpm('backup', file, live.dataDir);
    const afterBackup = acked.size;
    await expect.poll(() => acked.size, { timeout: 30_000 }).toBeGreaterThan(afterBackup + 30);
    sending = false;
    await writer;
    expect(failures).toEqual([]);
    expect(backup.output).toMatch(/backed up .* events \(integrity ok\)/);
    expect(backup.code).toBe(0);

    // A fresh server on a fresh data dir, restored from the backup.
    const freshDir = makeDataDir();
    const restore = await pnpm('restore', file, freshDir);
    expect(restore.output).toContain('restored');
    expect(restore.code).toBe(0);
    const fresh = await suite.startServer(freshDir);

    const restored = await fresh.store.readEvents(room.roomId, 0);
    const original = await live.store.readEvents(room.roomId, 0);
    // Every event acknowledged before the backup began is there, as it was acknowledged.
    for (const [seq, title] of ackedBefore) {
      expect(restored[seq - 1]).toMatchObject({ seq, type: 'agenda.proposed', title });
    }
    // Nothing half-written: the copy is the live history up to one commit, with no gap and no stray event.
    expect(restored.length).toBeGreaterThanOrEqual(Math.max(...ackedBefore.keys()));
    expect(restored.length).toBeLessThan(original.length);
    expect(restored).toEqual(original.slice(0, restored.length));

    // The restored room is served: the host's link still opens it, at the restored seq.
    const back = await connect(fresh.url, { roomId: room.roomId, token: room.tokens.host });
    expect(back.welcome.seq).toBe(restored.length);
    back.close();
    host.close();
    for (const member of members) member.close();
  });

  it('refuses to restore while a server holds the database, and never overwrites a backup', async () => {
    const running = await suite.startServer();
    const room = await createRoom(running.url, 'Held', 'en');
    const file = path.join(scratch, 'held.sqlite');
    expect((await pnpm('backup', file, running.dataDir)).code).toBe(0);

    const again = await pnpm('backup', file, running.dataDir);
    expect(again.code).not.toBe(0);
    expect(again.output).toContain('exists already');

    const refused = await pnpm('restore', file, running.dataDir);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('stop every server on this DATA_DIR');
    // Nothing changed: the running server still serves the room.
    expect((await fetch(`${running.url}/api/rooms/${room.roomId}`)).status).toBe(200);

    await running.stop();
    const restored = await pnpm('restore', file, running.dataDir);
    expect(restored.code).toBe(0);
    expect(restored.output).toContain('kept as');
  });
});
