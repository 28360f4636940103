import { mkdtempSync, readFileSync, rmSync, statSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeSecret, loadServerSecret, SECRET_FILE } from './serverSecret.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dr-secret-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the server secret', () => {
  it('is created on first start, readable by the owner only, and read back after', async () => {
    const dataDir = path.join(tempDir(), 'nested');
    const first = await loadServerSecret({ dataDir });
    expect(first.from).toBe('created');
    expect(first.secret).toHaveLength(32);
    const file = path.join(dataDir, SECRET_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = await loadServerSecret({ dataDir });
    expect(again).toEqual({ secret: first.secret, from: 'file' });
  });

  it('tightens a file that others could read', async () => {
    const dataDir = tempDir();
    const { secret } = await loadServerSecret({ dataDir });
    chmodSync(path.join(dataDir, SECRET_FILE), 0o644);
    expect(await loadServerSecret({ dataDir })).toEqual({ secret, from: 'file', tightened: true });
    expect(statSync(path.join(dataDir, SECRET_FILE)).mode & 0o777).toBe(0o600);
  });

  it('takes SERVER_SECRET over the file, as hex or base64, and writes nothing', async () => {
    const dataDir = tempDir();
    const hex = 'ab'.repeat(32);
    expect(await loadServerSecret({ dataDir, envSecret: hex })).toEqual({
      secret: Buffer.from(hex, 'hex'),
      from: 'env',
    });
    const b64 = Buffer.alloc(32, 7).toString('base64');
    expect((await loadServerSecret({ dataDir, envSecret: b64 })).secret).toEqual(Buffer.alloc(32, 7));
    expect(() => readFileSync(path.join(dataDir, SECRET_FILE))).toThrow();
  });

  it('refuses a secret shorter than 32 bytes', () => {
    expect(() => decodeSecret('abcd')).toThrow(/at least 32/);
  });
});
