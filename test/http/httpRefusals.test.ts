/**
 * Every HTTP refusal carries a reason key of shared/src/refusals.ts, like a socket refusal, so the
 * web app can say it in the page's language (issue #10 §5).
 */
import { REFUSALS, refusalText, type RefusalKey } from '@dr/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRoom, type CreatedRoom } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
let room: CreatedRoom;
beforeAll(async () => {
  room = await createRoom(suite.url, 'Refusals', 'en');
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const json = { 'content-type': 'application/json' };

describe('HTTP refusals', () => {
  const cases: [string, () => Promise<Response>, number, string, RefusalKey][] = [
    [
      'a room without a title',
      () => fetch(`${suite.url}/api/rooms`, { method: 'POST', headers: json, body: '{"title":""}' }),
      400,
      'invalid',
      'room.titleNeeded',
    ],
    [
      'a body that is not JSON',
      () => fetch(`${suite.url}/api/rooms`, { method: 'POST', headers: json, body: '{' }),
      400,
      'invalid',
      'request.badJson',
    ],
    [
      'a body over 64 KB',
      () =>
        fetch(`${suite.url}/api/rooms`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ title: 'x'.repeat(70_000) }),
        }),
      413,
      'too_large',
      'request.tooLarge',
    ],
    ['an unknown room', () => fetch(`${suite.url}/api/rooms/nosuchroom`), 404, 'not_found', 'room.unknown'],
    ['an unknown API address', () => fetch(`${suite.url}/api/nothing/here`), 404, 'not_found', 'request.unknown'],
    [
      'a notice not yet published',
      () => fetch(`${suite.url}/api/rooms/${room.roomId}/notice`),
      404,
      'not_found',
      'notice.notPublished',
    ],
    [
      'the minutes without a token',
      () => fetch(`${suite.url}/api/rooms/${room.roomId}/minutes.md`),
      401,
      'unauthorized',
      'access.hostLinkNeeded',
    ],
    [
      'the scorecard with an observer’s token',
      () => fetch(`${suite.url}/api/rooms/${room.roomId}/scorecard`, { headers: bearer(room.tokens.observer) }),
      403,
      'forbidden',
      'role.hostOnly',
    ],
    [
      'the links with a made-up token',
      () => fetch(`${suite.url}/api/rooms/${room.roomId}/links`, { headers: bearer('made-up') }),
      403,
      'forbidden',
      'access.badLink',
    ],
    [
      'rotating an unknown role',
      () =>
        fetch(`${suite.url}/api/rooms/${room.roomId}/links/admin/rotate`, {
          method: 'POST',
          headers: bearer(room.tokens.host),
        }),
      400,
      'invalid',
      'links.badRole',
    ],
  ];

  it.each(cases)('%s', async (_name, request, status, code, reason) => {
    const res = await request();
    expect(res.status).toBe(status);
    const body = (await res.json()) as {
      error: { code: string; message: string; reason: string; params?: Record<string, string | number> };
    };
    expect(body.error).toMatchObject({ code, reason });
    expect(body.error.reason in REFUSALS).toBe(true);
    expect(body.error.message).toBe(refusalText(reason, 'en', body.error.params));
    expect(refusalText(reason, 'zh-CN', body.error.params)).not.toBe(body.error.message);
  });
});
