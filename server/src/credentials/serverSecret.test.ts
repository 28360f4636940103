import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../testing/tempDirs.js';
import { decodeSecret, loadServerSecret, SECRET_FILE } from './serverSecret.js';

const tempDir = useTempDirs('dr-secret-');

// Keeping it in its file (created, 0600, tightened) is keptSecret.test.ts's; here what it holds.
describe('the server secret', () => {
  it('is 32 random bytes, stored as hex in server-secret, the same after a restart', async () => {
    const dataDir = tempDir();
    const first = await loadServerSecret({ dataDir });
    expect(first.from).toBe('created');
    expect(first.secret).toHaveLength(32);
    expect(readFileSync(path.join(dataDir, SECRET_FILE), 'utf8')).toBe(`${first.secret.toString('hex')}\n`);
    const again = await loadServerSecret({ dataDir });
    expect(again).toEqual({ secret: first.secret, from: 'file' });
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
