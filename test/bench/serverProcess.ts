/**
 * A server in its own process, as in production, for the benches that measure a process from
 * outside (start time, memory): spawned in its own process group with a fresh data dir, its output
 * kept for the error message when it fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ServerProcess {
  port: number;
  url: string;
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** The process that logged `"listening"` (pino puts the pid on each line), once it has. */
  listeningPid(): number | undefined;
  /** Resolves with the exit code once it has exited. */
  exited: Promise<number | null>;
  /** SIGTERM to its whole group, waits for the exit and removes the data dir. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export async function spawnServer(command: string, args: readonly string[], cwd: string): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dr-bench-'));
  const child = spawn(command, args, {
    cwd,
    detached: true, // its own process group, so pnpm and the server it starts stop together
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let pid: number | undefined;
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    for (const line of chunk.split('\n')) {
      if (!line.includes('"listening"')) continue;
      try {
        pid = (JSON.parse(line) as { pid: number }).pid;
      } catch {
        // a line split across chunks; the next chunk's line is whole
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    listeningPid: () => pid,
    exited,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls `/healthz` until it answers 200 (resolves with the ms waited) or the process exits. */
export async function waitHealthy(server: ServerProcess, timeoutMs = 120_000): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    const ok = await fetch(`${server.url}/healthz`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ok) return performance.now() - t0;
    const done = await Promise.race([server.exited.then(() => true), sleep(10).then(() => false)]);
    if (done) throw new Error(`the server exited before /healthz answered:\n${server.output()}`);
  }
  throw new Error(`no /healthz 200 within ${timeoutMs} ms:\n${server.output()}`);
}

/** VmRSS of a live process, from /proc (Linux), in MB. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  return kb / 1024;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
