import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { loadVapidKeys, VAPID_FILE } from './vapidKeys.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dr-vapid-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the VAPID keys', () => {
  it('are created on first start, readable by the owner only, and read back after', async () => {
    const dataDir = path.join(tempDir(), 'nested');
    const first = await loadVapidKeys({ dataDir });
    expect(first.from).toBe('created');
    expect(Buffer.from(first.keys.publicKey, 'base64url')).toHaveLength(65);
    expect(statSync(path.join(dataDir, VAPID_FILE)).mode & 0o777).toBe(0o600);
    expect(await loadVapidKeys({ dataDir })).toEqual({ keys: first.keys, from: 'file' });
  });

  it('tightens a file that others could read', async () => {
    const dataDir = tempDir();
    await loadVapidKeys({ dataDir });
    chmodSync(path.join(dataDir, VAPID_FILE), 0o644);
    expect((await loadVapidKeys({ dataDir })).tightened).toBe(true);
    expect(statSync(path.join(dataDir, VAPID_FILE)).mode & 0o777).toBe(0o600);
  });

  it('come from the environment when set, and a wrong pair is refused without showing it', async () => {
    const pair = webpush.generateVAPIDKeys();
    const dataDir = tempDir();
    expect(await loadVapidKeys({ dataDir, envPublic: pair.publicKey, envPrivate: pair.privateKey })).toEqual({
      keys: pair,
      from: 'env',
    });
    const wrong = loadVapidKeys({ dataDir, envPublic: pair.publicKey, envPrivate: 'c2hvcnQ' });
    await expect(wrong).rejects.toThrow(/VAPID_PUBLIC_KEY\/VAPID_PRIVATE_KEY must hold a VAPID key pair/);
    await expect(wrong).rejects.not.toThrow(pair.publicKey);
    writeFileSync(path.join(dataDir, VAPID_FILE), '{"publicKey":"x","privateKey":"y"}');
    await expect(loadVapidKeys({ dataDir })).rejects.toThrow(/must hold a VAPID key pair/);
  });
});
