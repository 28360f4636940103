/**
 * Real processes for the cluster tests (issue 17): a `redis-server` on a free port, compiled server
 * nodes (`server/dist/main.js`) on one shared `DATA_DIR`, and an nginx in front of them with a
 * generated configuration. Each process is killed by its own id at the end.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_MAIN = path.join(ROOT, 'server/dist/main.js');
export const NGINX_TEMPLATE = path.join(ROOT, 'deploy/nginx.conf');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? 'nginx';

/** Whether a program is on this machine (the cluster tests skip, saying so, without redis-server). */
export function installed(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program} || test -x /usr/sbin/${program}`]).status === 0;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on `port`. */
async function waitForPort(port: number, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once('connect', () => resolve(true)).once('error', () => resolve(false));
      socket.connect(port, '127.0.0.1');
    }).catch(() => false);
    if (open) return;
    if (Date.now() > until) throw new Error(`${what} did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface Proc {
  child: ChildProcess;
  output(): string;
  /** SIGKILL (a crash) or SIGTERM (a clean stop); resolves when the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function track(child: ChildProcess): Proc {
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export interface RedisServer extends Proc {
  url: string;
}

/** `port`: a given one (a Redis restarted where the nodes look for it); else a free one. */
export async function startRedis(port?: number): Promise<RedisServer> {
  port ??= await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const proc = track(child);
  await waitForPort(port, 'redis-server');
  return { ...proc, url: `redis://127.0.0.1:${port}` };
}

export interface ServerNode extends Proc {
  url: string;
  port: number;
}

/** A compiled server node; `port` 0 picks a free one; without `redisUrl`, a single node. */
export async function startNode(
  options: { dataDir: string; redisUrl?: string; port?: number },
  extraEnv: Record<string, string> = {},
): Promise<ServerNode> {
  if (!existsSync(SERVER_MAIN))
    throw new Error('The server is not compiled: run `pnpm build` first (`pnpm test` does).');
  const port = options.port || (await freePort());
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: tmpdir(),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'info',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc = track(child);
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (/"msg":"listening"/.test(proc.output())) resolve();
      else if (child.exitCode !== null) reject(new Error(`a node exited before listening:\n${proc.output()}`));
      else setTimeout(check, 50);
    };
    check();
  });
  return { ...proc, url: `http://127.0.0.1:${port}`, port };
}

export interface Nginx extends Proc {
  url: string;
  dir: string;
}

/**
 * nginx in front of the nodes, from deploy/nginx.conf (the documented one): its `upstream` servers
 * replaced by the test's nodes, its listen port by a free one, and pid/log/temp files in a fresh
 * folder, run in the foreground.
 */
export async function startNginx(nodePorts: readonly number[]): Promise<Nginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dr-nginx-'));
  const port = await freePort();
  const conf = nginxConfig(readFileSync(NGINX_TEMPLATE, 'utf8'), port, nodePorts, dir);
  const confPath = path.join(dir, 'nginx.conf');
  writeFileSync(confPath, conf);
  const child = spawn(NGINX, ['-p', dir, '-c', confPath, '-e', path.join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc = track(child);
  await waitForPort(port, 'nginx');
  return {
    ...proc,
    url: `http://127.0.0.1:${port}`,
    dir,
    async stop(signal = 'SIGTERM') {
      await proc.stop(signal);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The deployment's nginx.conf, made runnable by an unprivileged test: only addresses and paths change. */
export function nginxConfig(template: string, port: number, nodePorts: readonly number[], dir: string): string {
  const servers = nodePorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`).join('\n');
  const replaced = template
    .replace(/# nodes:begin[\s\S]*?# nodes:end/, `# nodes:begin\n${servers}\n    # nodes:end`)
    .replace(/listen\s+\d+;/, `listen 127.0.0.1:${port};`)
    .replace(/^user\s+[^;]+;/m, '')
    .replace(/^pid\s+[^;]+;/m, '')
    .replace(/error_log\s+[^;]+;/g, `error_log ${path.join(dir, 'error.log')};`)
    .replace(/access_log\s+[^;]+;/g, 'access_log off;');
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${path.join(dir, name)};`)
    .join('\n');
  return `daemon off;\npid ${path.join(dir, 'nginx.pid')};\n${replaced.replace(/http\s*\{/, `http {\n${temps}`)}`;
}
