/**
 * Issue 23: every HTTP door alike. A field a body does not take is refused by name on every route
 * with a body (rooms, councils, offices), and every door without a token answers 401 with
 * `WWW-Authenticate: Bearer`.
 */
import { refusalText } from '@dr/shared';
import { CreatedCouncil, CreatedOffice } from '@dr/shared/council';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRoom, httpCall, type CreatedRoom } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
let room: CreatedRoom;
let council: CreatedCouncil;
let office: CreatedOffice;

const call = (method: string, path: string, body?: unknown, token?: string) =>
  httpCall(suite.url, method, path, body, token);

beforeAll(async () => {
  room = await createRoom(suite.url, 'Doors', 'en');
  office = CreatedOffice.parse((await call('POST', '/api/offices', { name: '东街街道' })).json);
  const created = await call('POST', '/api/councils', {
    name: '东巷议事会',
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
  });
  council = CreatedCouncil.parse(created.json);
});

describe('HTTP doors', () => {
  it('names a field the body does not take, on every route with a body, in both languages', async () => {
    const c = `/api/councils/${council.councilId}`;
    const cases: [string, string, unknown, string | undefined, string][] = [
      ['POST', '/api/rooms', { title: 'A room', locale: 'en', colour: 'red' }, undefined, 'colour'],
      ['POST', '/api/councils', { name: 'x', locale: 'en', timeZone: 'UTC', extra: 1 }, undefined, 'extra'],
      ['POST', '/api/offices', { name: 'An office', nmae: 'typo' }, undefined, 'nmae'],
      ['POST', `${c}/members`, { name: 'Ana', nickname: 'A' }, council.tokens.member, 'nickname'],
      [
        'POST',
        `${c}/commands`,
        { command: { type: 'topic.propose', title: 't' }, urgent: true },
        council.tokens.host,
        'urgent',
      ],
      ['POST', `${c}/meetings`, { title: 'M', scheduledAt: 0, venue: 'hall' }, council.tokens.host, 'venue'],
      ['POST', `${c}/links/member/rotate`, { reason: 'leaked' }, council.tokens.host, 'reason'],
      ['POST', `/api/rooms/${room.roomId}/links/observer/rotate`, { why: 'leaked' }, room.tokens.host, 'why'],
    ];
    for (const [method, path, body, token, field] of cases) {
      const res = await call(method, path, body, token);
      expect(res.status, path).toBe(400);
      expect(res.json, path).toMatchObject({
        error: { code: 'invalid', reason: 'request.unknownField', params: { field } },
      });
      expect((res.json as { error: { message: string } }).error.message).toContain(field);
      expect(refusalText('request.unknownField', 'zh-CN', { field })).toContain(field);
    }
    // Nothing was made or replaced: the roster is still empty, and the member link still opens the council.
    const board = await call('GET', `${c}/board`, undefined, council.tokens.member);
    expect(board.status).toBe(200);
    expect((board.json as { members: number }).members).toBe(0);
  });

  it('answers 401 with WWW-Authenticate on every door without a token, and 403 for a token that opens nothing', async () => {
    const c = `/api/councils/${council.councilId}`;
    const doors: [string, string, unknown][] = [
      ['GET', `/api/rooms/${room.roomId}/links`, undefined],
      ['GET', `${c}/board`, undefined],
      ['GET', `${c}/links`, undefined],
      ['POST', `${c}/links/member/rotate`, undefined],
      ['POST', `${c}/members`, { name: 'Bo' }],
      ['POST', `${c}/commands`, { command: { type: 'topic.propose', title: 't' } }],
      ['POST', `${c}/meetings`, { title: 'M', scheduledAt: 0 }],
      ['GET', `/api/offices/${office.officeId}/report`, undefined],
    ];
    for (const [method, path, body] of doors) {
      const res = await call(method, path, body);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('www-authenticate'), path).toBe('Bearer');
      expect(res.json, path).toMatchObject({ error: { code: 'unauthorized' } });
      const wrong = await call(method, path, body, 'made-up-token');
      expect(wrong.status, path).toBe(403);
    }
  });
});
