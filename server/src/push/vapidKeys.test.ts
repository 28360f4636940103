import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { useTempDirs } from '../testing/tempDirs.js';
import { loadVapidKeys, VAPID_FILE } from './vapidKeys.js';

const tempDir = useTempDirs('dr-vapid-');

// Keeping them in their file (created, 0600, tightened) is keptSecret.test.ts's; here what it holds.
describe('the VAPID keys', () => {
  it('are a P-256 pair that web-push takes, kept in its file, the same after a restart', async () => {
    const dataDir = tempDir();
    const { keys, from } = await loadVapidKeys({ dataDir });
    expect(from).toBe('created');
    expect(Buffer.from(keys.publicKey, 'base64url')).toHaveLength(65);
    expect(() => webpush.setVapidDetails('mailto:test@example.org', keys.publicKey, keys.privateKey)).not.toThrow();
    expect(JSON.parse(readFileSync(path.join(dataDir, VAPID_FILE), 'utf8'))).toEqual(keys);
    expect(await loadVapidKeys({ dataDir })).toEqual({ keys, from: 'file' });
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
