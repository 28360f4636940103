import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../testing/tempDirs.js';
import { keptSecret } from './keptSecret.js';

const tempDir = useTempDirs('dr-kept-');

// What the server secret and the VAPID keys share; their own tests keep what each stores.
const keep = (dataDir: string, text = 'made') =>
  keptSecret(
    dataDir,
    'kept',
    () => ({ value: text.toUpperCase(), text }),
    (stored, file) => {
      if (!stored.startsWith('made')) throw new Error(`${file} holds no secret`);
      return stored.trim().toUpperCase();
    },
  );

describe('a kept secret', () => {
  it('is created on first start (with its folder), readable by the owner only, and read back after', async () => {
    const dataDir = path.join(tempDir(), 'nested');
    expect(await keep(dataDir)).toEqual({ value: 'MADE', from: 'created' });
    const file = path.join(dataDir, 'kept');
    expect(readFileSync(file, 'utf8')).toBe('made\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // A second start keeps the first one's, even if it would make another.
    expect(await keep(dataDir, 'made again')).toEqual({ value: 'MADE', from: 'file' });
  });

  it('tightens a file that others could read, and says so', async () => {
    const dataDir = tempDir();
    await keep(dataDir);
    chmodSync(path.join(dataDir, 'kept'), 0o644);
    expect(await keep(dataDir)).toEqual({ value: 'MADE', from: 'file', tightened: true });
    expect(statSync(path.join(dataDir, 'kept')).mode & 0o777).toBe(0o600);
  });

  it('refuses a file it cannot read, naming it', async () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, 'kept'), 'other');
    await expect(keep(dataDir)).rejects.toThrow(`${path.join(dataDir, 'kept')} holds no secret`);
  });
});
