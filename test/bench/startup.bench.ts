/**
 * Production start: the time from spawning the start command to the first `/healthz` 200 (what a
 * restart after a crash costs), and the server process's resident memory once it is idle.
 * Figures only. The server runs in its own process, as in production.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Spawns `command` in `cwd` with a fresh data dir, waits for /healthz, then for `idleMs`, and stops it. */
export async function measureStart(
  command: string,
  args: readonly string[],
  { cwd, idleMs = 5000, timeoutMs = 120_000 }: { cwd: string; idleMs?: number; timeoutMs?: number },
): Promise<StartFigures> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dr-start-'));
  const t0 = performance.now();
  const child = spawn(command, args, {
    cwd,
    detached: true, // its own process group, so pnpm and the server it starts stop together
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverPid: number | undefined;
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    // pino puts the process id on every line: the server is the process that logged `listening`.
    for (const line of chunk.split('\n')) {
      if (!line.includes('"listening"')) continue;
      try {
        serverPid = (JSON.parse(line) as { pid: number }).pid;
      } catch {
        // a line split across chunks; the next chunk's line is whole
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    let healthzMs = Number.NaN;
    let cpuMs = Number.NaN;
    while (performance.now() - t0 < timeoutMs) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (res) => res.status === 200,
        () => false,
      );
      if (ok) {
        healthzMs = performance.now() - t0;
        cpuMs = treeCpuMs(child.pid!);
        break;
      }
      const done = await Promise.race([exited.then(() => true), sleep(10).then(() => false)]);
      if (done) throw new Error(`the server exited before /healthz answered:\n${output}`);
    }
    if (Number.isNaN(healthzMs)) throw new Error(`no /healthz 200 within ${timeoutMs} ms:\n${output}`);
    await sleep(idleMs);
    if (serverPid === undefined) throw new Error(`the server never logged "listening":\n${output}`);
    return { healthzMs, cpuMs, idleRssMb: rssMb(serverPid) };
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
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

/** VmRSS of a live process, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  return kb / 1024;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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
