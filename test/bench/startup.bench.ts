/**
 * Production start: the time from spawning the start command to the first `/healthz` 200 (what a
 * restart after a crash costs), and the server process's resident memory once it is idle.
 * Figures only. The server runs in its own process, as in production.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rssMb, sleep, spawnServer, waitHealthy } from './serverProcess.js';
import { percentile } from './stats.js';

export interface StartFigures {
  /** From spawn to the first /healthz answered 200, in ms. */
  healthzMs: number;
  /**
   * CPU time (user + system) that the start command and every process it started had used by then, in ms: far
   * less sensitive than wall time to what else runs on a shared machine.
   */
  cpuMs: number;
  /** Resident set size of the server process (the one that logged `listening`) after `idleMs`, in MB. */
  idleRssMb: number;
}

/** Spawns `command` in `cwd` with a fresh data dir, waits for /healthz, then for `idleMs`, and stops it. */
export async function measureStart(
  command: string,
  args: readonly string[],
  { cwd, idleMs = 5000 }: { cwd: string; idleMs?: number },
): Promise<StartFigures> {
  const t0 = performance.now();
  const server = await spawnServer(command, args, cwd);
  try {
    await waitHealthy(server);
    const healthzMs = performance.now() - t0;
    const cpuMs = treeCpuMs(server.child.pid!);
    await sleep(idleMs);
    const pid = server.listeningPid();
    if (pid === undefined) throw new Error(`the server never logged "listening":\n${server.output()}`);
    return { healthzMs, cpuMs, idleRssMb: rssMb(pid) };
  } finally {
    await server.stop();
  }
}

/** CPU time of a process and its descendants: each live one's own plus that of the children it reaped. */
function treeCpuMs(root: number): number {
  const ticksPerSecond = 100; // USER_HZ, 100 on every Linux that Node supports
  const processes: { pid: number; ppid: number; ticks: number }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const ticks = fields[11]! + fields[12]! + fields[13]! + fields[14]!;
    processes.push({ pid: Number(entry), ppid: fields[1]!, ticks });
  }
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of processes) {
      if (!inTree.has(p.pid) && inTree.has(p.ppid)) {
        inTree.add(p.pid);
        grew = true;
      }
    }
  }
  const ticks = processes.filter((p) => inTree.has(p.pid)).reduce((sum, p) => sum + p.ticks, 0);
  return (ticks / ticksPerSecond) * 1000;
}

const RUNS = Number(process.env['BENCH_START_RUNS'] ?? 3);

/** Median of `RUNS` starts of each command, after one `pnpm build` so that nothing is rebuilt. */
export async function runStartupBench(): Promise<string[]> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  execFileSync('pnpm', ['build'], { cwd: root, stdio: 'ignore' });
  const commands: [string, string, string[]][] = [
    ['pnpm start (builds up to date)', 'pnpm', ['start']],
    ['node server/dist/main.js', process.execPath, ['server/dist/main.js']],
  ];
  const lines = [`Production start → first /healthz 200 (median of ${RUNS}; a fresh data dir each time)`];
  for (const [label, command, args] of commands) {
    const runs: StartFigures[] = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await measureStart(command, args, { cwd: root }));
    const median = (pick: (f: StartFigures) => number) => percentile(runs.map(pick), 50);
    lines.push(
      `  ${label.padEnd(34)} ${median((f) => f.healthzMs)
        .toFixed(0)
        .padStart(5)} ms wall   ${median((f) => f.cpuMs)
        .toFixed(0)
        .padStart(5)} ms CPU   idle RSS ${median((f) => f.idleRssMb).toFixed(0)} MB`,
    );
  }
  return lines;
}
