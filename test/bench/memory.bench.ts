/**
 * Memory per socket: how much the server process's resident memory grows when N screens connect
 * to one room (observers, 50 at a time), measured from outside on `node server/dist/main.js`, and
 * the same for a bare Socket.IO relay process, so the ratio holds across machines. RSS includes
 * garbage not yet collected; both sides are read the same way, after the same quiet wait.
 * BENCH_SOCKETS sets N (default 2000).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROTOCOL_VERSION } from '@dr/shared';
import { createRoom } from '../support/clients.js';
import { rssMb, sleep, spawnServer, waitHealthy, type ServerProcess } from './serverProcess.js';
import { openAll, openWatcher } from './watchers.js';

const SOCKETS = Number(process.env['BENCH_SOCKETS'] ?? 2000);
/** Long enough for a presence window to end and the sockets' buffers to drain. */
const SETTLE_MS = 3000;

interface MemoryFigures {
  beforeMb: number;
  afterMb: number;
  perSocketKb: number;
}

async function socketMemory(server: ServerProcess, auth: Record<string, unknown>): Promise<MemoryFigures> {
  const pid = server.listeningPid()!;
  // One screen first, so the room is loaded and what the first connection costs is paid.
  const first = await openWatcher(server.url, auth);
  await sleep(SETTLE_MS);
  const beforeMb = rssMb(pid);
  const rest = await openAll(SOCKETS - 1, () => openWatcher(server.url, auth));
  await sleep(SETTLE_MS);
  const afterMb = rssMb(pid);
  for (const socket of [first, ...rest]) socket.close();
  return { beforeMb, afterMb, perSocketKb: ((afterMb - beforeMb) * 1024) / (SOCKETS - 1) };
}

export async function runMemoryBench(): Promise<string[]> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const testDir = path.join(root, 'test');
  execFileSync('pnpm', ['build'], { cwd: root, stdio: 'ignore' });
  const measure = async (
    start: () => Promise<ServerProcess>,
    auth: (url: string) => Promise<Record<string, unknown>>,
  ) => {
    const server = await start();
    try {
      await waitHealthy(server);
      return await socketMemory(server, await auth(server.url));
    } finally {
      await server.stop();
    }
  };
  const bare = await measure(
    () => spawnServer(process.execPath, ['--import', 'tsx', 'bench/bareRelayProcess.ts'], testDir),
    async () => ({}),
  );
  const ours = await measure(
    () => spawnServer(process.execPath, ['server/dist/main.js'], root),
    async (url) => {
      const room = await createRoom(url);
      return { roomId: room.roomId, token: room.tokens.observer, protocolVersion: PROTOCOL_VERSION };
    },
  );
  const line = (label: string, f: MemoryFigures) =>
    `  ${label.padEnd(46)} RSS ${f.beforeMb.toFixed(0)} → ${f.afterMb.toFixed(0)} MB   ${f.perSocketKb.toFixed(1)} KB per socket`;
  return [
    `Memory: ${SOCKETS} screens connected to one room (server process, from outside)`,
    line('bare Socket.IO relay', bare),
    line('Deliberation Room (node server/dist/main.js)', ours),
    `  ratio (ours / bare): ${(ours.perSocketKb / bare.perSocketKb).toFixed(2)}× per socket`,
  ];
}
