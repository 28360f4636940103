/**
 * Join codes are stored under a keyed hash (issue #10 §5): a copy of the database alone does not
 * yield them, rooms from before the key keep working and move to it, and the key survives a restart.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRoom, handshake } from '../support/clients.js';
import { draftDoor } from '../support/draftClients.js';
import { serverSuite } from '../support/serverSuite.js';
import { makeDataDir } from '../support/testServer.js';

// Servers started by a test are stopped, newest first, after the file's tests.
const suite = serverSuite({ server: false });
const serve = (dataDir?: string) => suite.startServer(dataDir);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const typedAt = (url: string, code: string) => fetch(`${url}/j/${code}`, { redirect: 'manual' });

describe('join codes at rest', () => {
  it('are kept only under the server’s key: neither the code nor its plain hash is in the database', async () => {
    const server = await serve();
    const room = await createRoom(server.url, 'At rest', 'en');
    const stored = (await server.store.getRoom(room.roomId))!.joinCodeHash;
    expect(stored).toMatch(/^k1\.[0-9a-f]{8}\.[0-9a-f]{64}$/);
    await server.stop();
    const files = ['deliberation.sqlite', 'deliberation.sqlite-wal']
      .map((f) => path.join(server.dataDir, f))
      .filter(existsSync);
    const bytes = Buffer.concat(files.map((f) => readFileSync(f))).toString('latin1');
    expect(bytes).toContain(room.roomId);
    expect(bytes).not.toContain(room.joinCode);
    expect(bytes).not.toContain(sha256(room.joinCode));
    expect(bytes).toContain(stored);
  });

  it('opens nothing from a copy of the database without the server secret, and everything after a restart with it', async () => {
    const first = await serve();
    const room = await createRoom(first.url, 'Copied', 'en');
    await first.stop();

    const copy = makeDataDir();
    for (const file of ['deliberation.sqlite', 'deliberation.sqlite-wal', 'deliberation.sqlite-shm']) {
      if (existsSync(path.join(first.dataDir, file)))
        copyFileSync(path.join(first.dataDir, file), path.join(copy, file));
    }
    const thief = await serve(copy); // a server of its own: a new secret
    expect((await typedAt(thief.url, room.joinCode)).status).not.toBe(302);
    expect(await handshake(thief.url, { roomId: room.roomId, token: room.joinCode, name: 'X' })).toEqual({
      refused: 'bad_token',
    });
    // Link tokens are 128 random bits: their plain hashes were always enough.
    expect(await handshake(thief.url, { roomId: room.roomId, token: room.tokens.observer })).toEqual({
      role: 'observer',
    });

    const again = await serve(first.dataDir);
    expect((await typedAt(again.url, room.joinCode)).headers.get('location')).toBe(
      `/r/${room.roomId}#t=${room.joinCode}`,
    );
  });

  it('still accepts a room’s legacy plain SHA-256 at every door, and moves it to the keyed form on first use', async () => {
    const server = await serve();
    const room = await createRoom(server.url, 'Made last year', 'en');
    const keyed = (await server.store.getRoom(room.roomId))!.joinCodeHash;
    const legacy = sha256(room.joinCode);
    const stored = async () => (await server.store.getRoom(room.roomId))!.joinCodeHash;
    const makeLegacy = async () => {
      expect(await server.store.replaceJoinCodeHash(room.roomId, await stored(), legacy)).toBe(true);
    };

    await makeLegacy();
    expect((await typedAt(server.url, room.joinCode.toLowerCase())).headers.get('location')).toBe(
      `/r/${room.roomId}#t=${room.joinCode}`,
    );
    expect(await stored()).toBe(keyed);

    await makeLegacy();
    expect(await handshake(server.url, { roomId: room.roomId, token: room.joinCode, name: 'Old friend' })).toEqual({
      role: 'participant',
    });
    expect(await stored()).toBe(keyed);

    await makeLegacy();
    expect(await draftDoor(server.url, room.roomId, room.joinCode)).toBe('open');
    expect(await stored()).toBe(keyed);
  });
});
