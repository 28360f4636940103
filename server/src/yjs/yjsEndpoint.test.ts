import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { AccessGate } from '../access/accessGate.js';
import { GuessGuard } from '../access/guessGuard.js';
import { DOOR_LIMITS } from '../access/limits.js';
import { createRoom } from '../room/createRoom.js';
import { JoinCodeKey } from '../credentials/joinCodeKey.js';
import { RoomRegistry } from '../room/roomRegistry.js';
import { SqliteStore } from '../store/sqliteStore.js';
import { docAuthorizer } from './docAuth.js';
import { YjsEndpoint } from './yjsEndpoint.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function serve(keepaliveMs: number) {
  const store = new SqliteStore(':memory:');
  const logger = pino({ level: 'silent' });
  const broadcaster = {
    events: () => undefined,
    presence: () => undefined,
    revoke: () => undefined,
    removeMember: () => undefined,
  };
  const registry = new RoomRegistry({ store, logger, broadcaster });
  const joinCodes = JoinCodeKey.ephemeral();
  const gate = new AccessGate({ store, joinCodes, guard: new GuessGuard(DOOR_LIMITS), logger });
  const authorize = docAuthorizer({ store, registry, gate, addressOf: () => '127.0.0.1' });
  const endpoint = new YjsEndpoint({ registry, logger, keepaliveMs, authorize });
  const http = createServer();
  http.on('upgrade', (req, socket, head: Buffer) => endpoint.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise<void>((resolve) => http.close(() => resolve())));
  cleanup.push(() => endpoint.close());
  const { roomId, secrets } = await createRoom(store, { title: 'Keepalive', locale: 'en' }, Date.now(), joinCodes);
  const url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/yjs/${roomId}?token=${secrets.tokens.participant}`;
  return { url };
}

function opened(ws: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
}

describe('YjsEndpoint', () => {
  it('drops a socket that stops answering pings, and keeps one that answers', async () => {
    // Long enough that a busy event loop cannot make a live socket miss its pong.
    const { url } = await serve(300);
    const alive = new WebSocket(url);
    const dead = new WebSocket(url, { autoPong: false }); // like a phone that lost its signal
    await Promise.all([opened(alive), opened(dead)]);
    const deadClosed = new Promise<number>((resolve) => dead.once('close', (code) => resolve(code)));

    expect(await deadClosed).toBe(1006); // terminated, no close frame
    expect(alive.readyState).toBe(WebSocket.OPEN);
    alive.close();
  });

  it('closes every open draft socket with 1001 on shutdown', async () => {
    const { url } = await serve(60_000);
    const ws = new WebSocket(url);
    await opened(ws);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    await cleanup.pop()!(); // endpoint.close()
    expect(await closed).toBe(1001);
  });
});
