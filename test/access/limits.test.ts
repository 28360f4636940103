/**
 * Limits that stop abuse but not a village hall (issue #10 §4), through the real server. A hundred
 * phones in one hall share one public address (here 127.0.0.1): whoever holds a valid credential
 * is never refused for what others at that address did; guessing join codes is still slowed.
 * Every server here runs on a fake clock, so nothing depends on how fast the machine is.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, connectError, createRoom, handshake, type TestClient } from '../support/clients.js';
import { draftDoor } from '../support/draftClients.js';
import { serverSuite } from '../support/serverSuite.js';
import type { ServerOptions } from '../support/testServer.js';

process.setMaxListeners(256);

// Each test starts its own server (its own clock); all are stopped after the file's tests.
const suite = serverSuite({ server: false });
const clients: TestClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

/** A server whose limits run on a clock the test moves. */
async function serverWithClock(options: ServerOptions = {}) {
  let now = Date.now();
  const server = await suite.startServer(undefined, 0, { clock: () => now, ...options });
  return { server, advance: (ms: number) => (now += ms) };
}

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** A join code that is not `than` (nor, with 31^8 codes, any other room's). */
function wrongCode(than: string): string {
  for (;;) {
    const code = [...randomBytes(8)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    if (code !== than) return code;
  }
}
const typed = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase();
const from = (address: string) => ({ 'x-forwarded-for': address });

describe('a village hall on one address', () => {
  it(
    '100 phones type /j/<code> within 20 s, load the room, join, and reload 10 s later: none is refused',
    { timeout: 120_000 },
    async () => {
      const { server, advance } = await serverWithClock();
      const room = await createRoom(server.url, 'Whole-village meeting', 'en');
      const PHONES = 100;

      // Typed from the projector, one every 200 ms: 100 in 20 s.
      const redirects: number[] = [];
      for (let i = 0; i < PHONES; i += 1) {
        advance(200);
        const res = await fetch(`${server.url}/j/${i % 2 ? typed(room.joinCode) : room.joinCode}`, {
          redirect: 'manual',
        });
        redirects.push(res.status);
      }
      expect(redirects.filter((s) => s !== 302)).toEqual([]);

      // Each phone loads the page and its API call, joins with the code, and opens the draft.
      const load = async () => {
        const [page, api] = await Promise.all([
          fetch(`${server.url}/r/${room.roomId}`),
          fetch(`${server.url}/api/rooms/${room.roomId}`),
        ]);
        return [page.status, api.status];
      };
      const firstLoads = await Promise.all(Array.from({ length: PHONES }, load));
      expect(firstLoads.flat().filter((s) => s === 429)).toEqual([]);
      const phones = await Promise.all(
        Array.from({ length: PHONES }, (_, i) =>
          connect(server.url, { roomId: room.roomId, token: room.joinCode, name: `Resident ${i}` }),
        ),
      );
      clients.push(...phones);
      const firstDrafts = await Promise.all(phones.map(() => draftDoor(server.url, room.roomId, room.joinCode)));
      expect(firstDrafts.filter((d) => d !== 'open')).toEqual([]);

      // Ten seconds later every phone reloads: the page, the API, the handshake as the same member, the draft.
      advance(10_000);
      for (const phone of phones) phone.close();
      const reloads = await Promise.all(Array.from({ length: PHONES }, load));
      expect(reloads.flat().filter((s) => s === 429)).toEqual([]);
      const again = await Promise.all(
        phones.map((p) =>
          connect(server.url, {
            roomId: room.roomId,
            token: room.joinCode,
            memberId: p.welcome.you.memberId,
            memberSecret: p.welcome.you.memberSecret,
          }),
        ),
      );
      clients.push(...again);
      expect(again.map((p, i) => p.welcome.you.memberId === phones[i]!.welcome.you.memberId)).not.toContain(false);
      const drafts = await Promise.all(again.map(() => draftDoor(server.url, room.roomId, room.joinCode)));
      expect(drafts.filter((d) => d !== 'open')).toEqual([]);
    },
  );

  it(
    'wrong codes in one room, replaced links and forgotten members never lock out valid joins',
    { timeout: 60_000 },
    async () => {
      const { server } = await serverWithClock();
      const room = await createRoom(server.url, 'Room with a prankster', 'en');
      const other = await createRoom(server.url, 'The next village', 'en');
      const first = await connect(server.url, { roomId: room.roomId, token: room.joinCode, name: 'First in' });
      clients.push(first);

      // Someone in the hall tries 25 wrong codes: the first 20 are checked, then the address is slowed.
      const guesses: (string | undefined)[] = [];
      for (let i = 0; i < 25; i += 1) {
        guesses.push((await connectError(server.url, { roomId: room.roomId, token: wrongCode(room.joinCode) })).code);
      }
      expect(guesses.slice(0, 20).every((c) => c === 'bad_token')).toBe(true);
      expect(guesses.slice(20).every((c) => c === 'rate_limited')).toBe(true);

      // Stale links and forgotten members (a rotated link, a wiped phone) are not guesses: never slowed.
      for (let i = 0; i < 30; i += 1) {
        expect(
          (await connectError(server.url, { roomId: room.roomId, token: randomBytes(16).toString('base64url') })).code,
        ).toBe('bad_token');
        const forgotten = {
          roomId: room.roomId,
          token: room.tokens.participant,
          memberId: first.welcome.you.memberId,
          memberSecret: 'x'.repeat(22),
        };
        expect((await connectError(server.url, forgotten)).code).toBe('bad_member');
      }

      // 99 more phones join: by the QR code's link, or by the code someone here has already used.
      const results = await Promise.all(
        Array.from({ length: 99 }, (_, i) =>
          handshake(server.url, {
            roomId: room.roomId,
            token: i % 2 ? room.tokens.participant : typed(room.joinCode),
            name: `Resident ${i}`,
          }),
        ),
      );
      expect(results.filter((r) => !('role' in r))).toEqual([]);
      // Another room's code from the same address is not slowed by guesses made at this room.
      expect(await handshake(server.url, { roomId: other.roomId, token: other.joinCode, name: 'Neighbour' })).toEqual({
        role: 'participant',
      });
    },
  );
});

describe('guessing join codes', () => {
  it(
    'is slowed per room and address at every door, checking not even the right code, until the bucket refills',
    { timeout: 60_000 },
    async () => {
      const { server, advance } = await serverWithClock();
      const room = await createRoom(server.url, 'Guarded', 'en');
      const join = (token: string, headers?: Record<string, string>) =>
        handshake(server.url, { roomId: room.roomId, token, name: 'Someone' }, headers);

      for (let i = 0; i < 20; i += 1) expect(await join(wrongCode(room.joinCode))).toEqual({ refused: 'bad_token' });
      const slowed = await connectError(server.url, { roomId: room.roomId, token: wrongCode(room.joinCode) });
      expect(slowed).toMatchObject({ code: 'rate_limited', reason: 'access.tooManyGuesses' });

      // The right code, never used from here, is not even checked: a guesser learns nothing.
      expect(await join(room.joinCode)).toEqual({ refused: 'rate_limited' });
      expect(await draftDoor(server.url, room.roomId, room.joinCode)).toBe(4529);
      const hostDoor = await fetch(`${server.url}/api/rooms/${room.roomId}/links`, {
        headers: { authorization: `Bearer ${room.joinCode}` },
      });
      expect(hostDoor.status).toBe(429);
      expect(((await hostDoor.json()) as { error: { reason: string } }).error.reason).toBe('access.tooManyGuesses');

      // The QR code's link still opens, and a phone at another address is not slowed.
      expect(await join(room.tokens.participant)).toEqual({ role: 'participant' });
      expect(await join(room.joinCode, from('203.0.113.7'))).toEqual({ role: 'participant' });

      // One refill later (one guess per 5 s), one code is checked again.
      advance(5_000);
      expect(await join(room.joinCode)).toEqual({ role: 'participant' });
      expect(await join(wrongCode(room.joinCode))).toEqual({ refused: 'bad_token' });
      expect(await join(wrongCode(room.joinCode))).toEqual({ refused: 'rate_limited' });
      // The code this address has now shown valid keeps working while it is slowed.
      expect(await join(typed(room.joinCode))).toEqual({ role: 'participant' });
      expect(await draftDoor(server.url, room.roomId, room.joinCode)).toBe('open');
    },
  );

  it('counts guesses across rooms and /j/ codes that match no room, per address', { timeout: 60_000 }, async () => {
    const { server } = await serverWithClock();
    const room = await createRoom(server.url, 'Somewhere', 'en');
    const typedAt = async (code: string, headers?: Record<string, string>) =>
      fetch(`${server.url}/j/${code}`, { redirect: 'manual', ...(headers ? { headers } : {}) });

    for (let i = 0; i < 60; i += 1) {
      const res = await typedAt(wrongCode(room.joinCode));
      expect([302, 429]).not.toContain(res.status);
    }
    const slowed = await typedAt(wrongCode(room.joinCode));
    expect(slowed.status).toBe(429);
    expect(slowed.headers.get('retry-after')).toBe('5');
    const page = await slowed.text();
    expect(page).toContain('请等一分钟再试');
    expect(page).toContain('Wait a minute and try again');
    // Not even a real code is looked up for this address now, and its guesses at a room are slowed too.
    expect((await typedAt(room.joinCode)).status).toBe(429);
    expect((await connectError(server.url, { roomId: room.roomId, token: wrongCode(room.joinCode) })).code).toBe(
      'rate_limited',
    );
    // Another address types the real code and is sent to the room.
    const elsewhere = await typedAt(room.joinCode, from('203.0.113.8'));
    expect([elsewhere.status, elsewhere.headers.get('location')]).toEqual([
      302,
      `/r/${room.roomId}#t=${room.joinCode}`,
    ]);
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  const small: ServerOptions['limits'] = {
    roomCreation: { burst: 2, perSecond: 1 / 30 },
    guessesPerRoom: { burst: 2, perSecond: 1 / 5 },
  };

  async function statuses(url: string, address: string, n: number) {
    const out: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const res = await fetch(`${url}/api/rooms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...from(address) },
        body: JSON.stringify({ title: 'x' }),
      });
      out.push(res.status);
    }
    return out;
  }

  it('counts each client the trusted proxy names, at the API, the handshake and the draft', async () => {
    const { server } = await serverWithClock({ trustProxy: 'loopback', limits: small });
    expect(await statuses(server.url, '198.51.100.1', 3)).toEqual([201, 201, 429]);
    expect(await statuses(server.url, '198.51.100.2', 1)).toEqual([201]);

    const made = await fetch(`${server.url}/api/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from('198.51.100.3') },
      body: JSON.stringify({ title: 'Proxied', locale: 'en' }),
    });
    const { roomId, joinCode } = (await made.json()) as { roomId: string; joinCode: string };
    const a = from('198.51.100.4');
    for (let i = 0; i < 2; i += 1) {
      expect((await connectError(server.url, { roomId, token: wrongCode(joinCode) }, a)).code).toBe('bad_token');
    }
    expect((await connectError(server.url, { roomId, token: joinCode, name: 'A' }, a)).code).toBe('rate_limited');
    expect(await draftDoor(server.url, roomId, joinCode, a)).toBe(4529);
    const b = from('198.51.100.5');
    expect(await handshake(server.url, { roomId, token: joinCode, name: 'B' }, b)).toEqual({ role: 'participant' });
    expect(await draftDoor(server.url, roomId, joinCode, b)).toBe('open');
  });

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    const { server } = await serverWithClock({ trustProxy: false, limits: small });
    expect(await statuses(server.url, '198.51.100.1', 2)).toEqual([201, 201]);
    expect(await statuses(server.url, '198.51.100.2', 1)).toEqual([429]);
  });
});

describe('room creation', () => {
  it(
    'lets a township office create rooms for 50 villages at once, then slows a flood with a reason',
    { timeout: 60_000 },
    async () => {
      const { server, advance } = await serverWithClock();
      const create = (title: string) =>
        fetch(`${server.url}/api/rooms`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title, locale: 'zh-CN' }),
        });
      const villages = await Promise.all(Array.from({ length: 50 }, (_, i) => create(`第${i + 1}村议事会`)));
      expect(villages.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
      const more = await Promise.all(Array.from({ length: 50 }, (_, i) => create(`社区 ${i}`)));
      expect(more.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);

      const refused = await create('One too many');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('30');
      expect(await refused.json()).toEqual({
        error: {
          code: 'rate_limited',
          reason: 'rate.roomsCreated',
          message: 'Too many rooms were created from this network. Wait a few minutes and try again.',
          locale: 'en',
        },
      });
      advance(30_000);
      expect((await create('After a pause')).status).toBe(201);
    },
  );
});

describe('requests naming a room', () => {
  it('are limited per room and address, so a flood on one room spares the others', { timeout: 60_000 }, async () => {
    const { server } = await serverWithClock();
    const room = await createRoom(server.url, 'Flooded', 'en');
    const quiet = await createRoom(server.url, 'Quiet', 'en');
    const statuses: number[] = [];
    for (let batch = 0; batch < 13; batch += 1) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => fetch(`${server.url}/api/rooms/${room.roomId}`).then((r) => r.status)),
      );
      statuses.push(...answers);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(600);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50);
    const res = await fetch(`${server.url}/api/rooms/${room.roomId}/notice`);
    expect([res.status, ((await res.json()) as { error: { reason: string } }).error.reason]).toEqual([
      429,
      'rate.requests',
    ]);
    expect((await fetch(`${server.url}/api/rooms/${quiet.roomId}`)).status).toBe(200);
  });
});
