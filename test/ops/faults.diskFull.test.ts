/**
 * A full disk under the SQLite store (issue 27, "Faults"): the data dir is a real, small tmpfs this
 * test mounts, filled to the last byte while a meeting runs. Commands and joins are refused with
 * `server.diskFull` (said in both languages), `/readyz` says so, nothing acknowledged is lost, the
 * database passes SQLite's integrity check, and the room takes commands again once space returns.
 * Mounting needs root (CAP_SYS_ADMIN); elsewhere the test is skipped and says so.
 */
import { refusalText } from '@dr/shared';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, connectError, createRoom, type TestClient } from '../support/clients.js';
import { smallDisk } from '../support/smallDisk.js';
import { serverSuite } from '../support/serverSuite.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// 8 MB: room for the database and its WAL, small enough to fill in a moment.
const disk = smallDisk(8);
if (!disk.mounted) console.warn('disk-full test skipped: mounting a small tmpfs needs root (mount -t tmpfs)');

afterAll(() => disk.unmount()); // registered before the suite's: runs after its servers stopped
const suite = serverSuite({ server: false });

/** SQLite's integrity check of the store, with the server's own driver, in a process of its own. */
function integrity(dataDir: string): string {
  const script = `const db = new (require('better-sqlite3'))(process.argv[1], { readonly: true });
    console.log(db.pragma('integrity_check', { simple: true }));`;
  const run = spawnSync(process.execPath, ['-e', script, path.join(dataDir, 'deliberation.sqlite')], {
    cwd: path.join(ROOT, 'server'),
    encoding: 'utf8',
  });
  return (run.stdout || run.stderr).trim();
}

const readiness = async (url: string) => {
  const res = await fetch(`${url}/readyz`);
  return res.ok ? 'ready' : ((await res.json()) as { error: { reason: string } }).error.reason;
};

describe.skipIf(!disk.mounted)('a full disk under the SQLite store', () => {
  it('refuses with a clear reason, loses nothing acknowledged, corrupts nothing, and recovers when space returns', async () => {
    const dataDir = path.join(disk.dir, 'data');
    const server = await suite.startServer(dataDir);
    const room = await createRoom(server.url, 'Harvest plan', 'en');
    const host: TestClient = await connect(server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
    const acked: { seq: number; title: string }[] = [];
    const propose = (title: string) => host.command({ type: 'agenda.propose', title });
    for (let i = 0; i < 5; i += 1) {
      const ack = await propose(`Before ${i}`);
      if (ack.ok) acked.push({ seq: ack.seq, title: `Before ${i}` });
    }
    expect(acked).toHaveLength(5);

    disk.fill();

    // Commands: each either stored and acknowledged, or refused as a full disk (never anything else).
    const refusals = new Set<string>();
    for (let i = 0; i < 20 && refusals.size === 0; i += 1) {
      const title = `While full ${i} ${'x'.repeat(150)}`;
      const ack = await propose(title);
      if (ack.ok) acked.push({ seq: ack.seq, title });
      else refusals.add(`${ack.error.code} ${ack.error.reason}`);
    }
    expect([...refusals]).toEqual(['internal server.diskFull']);
    // A new member cannot be stored either, and is told why.
    const newcomer = await connectError(server.url, {
      roomId: room.roomId,
      token: room.tokens.participant,
      name: 'Wu',
    });
    expect(newcomer.reason).toBe('server.diskFull');
    await expect.poll(() => readiness(server.url)).toBe('server.diskFull');
    // Said in both languages.
    expect(refusalText('server.diskFull', 'en')).toMatch(/disk is full/);
    expect(refusalText('server.diskFull', 'zh-CN')).toMatch(/磁盘已满/);

    // Space returns: the room takes commands again by itself.
    disk.free();
    await expect.poll(() => readiness(server.url)).toBe('ready');
    const after = await propose('After');
    expect(after.ok).toBe(true);
    if (after.ok) acked.push({ seq: after.seq, title: 'After' });
    const ana = await connect(server.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Ana' });
    ana.close();
    host.close();

    // Nothing acknowledged lost, nothing corrupted: after a restart, from the file alone.
    await server.stop();
    expect(integrity(dataDir)).toBe('ok');
    const again = await suite.startServer(dataDir);
    const stored = await again.store.readEvents(room.roomId, 0);
    expect(stored.map((e) => e.seq)).toEqual(stored.map((_, i) => i + 1));
    for (const { seq, title } of acked) expect(stored[seq - 1]).toMatchObject({ type: 'agenda.proposed', title });
  });
});
