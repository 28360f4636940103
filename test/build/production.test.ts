/**
 * The production build as `pnpm start` runs it: the compiled server (server/dist/main.js, plain
 * `node`, no transpiler) serves the health check, the web app and a room, and stops cleanly on
 * SIGTERM. Everything else tests the server from source; this is the one place that would notice a
 * bundle that drops a module or resolves the web app's folder wrongly. Needs `pnpm build`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, createRoom, ok } from '../support/clients.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(ROOT, 'server/dist/main.js');

let child: ChildProcess;
let url: string;
let dataDir: string;
let output = '';

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error('The server is not compiled: run `pnpm build` first (`pnpm test` does).');
  dataDir = mkdtempSync(path.join(tmpdir(), 'dr-prod-'));
  // Started from another folder on purpose: the compiled server finds its files from where it lies.
  child = spawn(process.execPath, [MAIN], {
    cwd: tmpdir(),
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const listening = /"port":(\d+).*"msg":"listening"/.exec(output);
      if (listening) resolve(Number(listening[1]));
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('exit', (code) =>
      reject(new Error(`the compiled server exited (${code}) before listening:\n${output}`)),
    );
  });
  url = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the compiled server', () => {
  it('answers the health check and serves the built web app on every app route', async () => {
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true });
    for (const route of ['/', '/r/some-room']) {
      const page = await fetch(`${url}${route}`);
      expect(page.status, route).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('<div id="root">');
    }
  });

  it('runs a room: create, join, a command acknowledged and broadcast', async () => {
    const room = await createRoom(url, 'Production check', 'en');
    const host = await connect(url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
    const itemId = await ok(host, { type: 'agenda.propose', title: 'Street lights' });
    const proposed = await host.waitForEvent((e) => e.type === 'agenda.proposed');
    expect(proposed).toMatchObject({ itemId, title: 'Street lights' });
    host.close();
  });

  it('stops cleanly on SIGTERM, with its data in DATA_DIR', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(path.join(dataDir, 'deliberation.sqlite'))).toBe(true);
  });
});
