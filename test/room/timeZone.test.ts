/**
 * A room's time zone over HTTP: `POST /api/rooms` takes the zone the meeting is held in (the start
 * page sends the browser's), `GET /api/rooms/:roomId` says it, the host may change it, and a
 * scheduled time stays the same instant whatever the zone; the minutes read in and name the zone.
 */
import { CreatedRoom, HttpRefusal, RoomSummary } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { connect, ok } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

const post = (body: unknown) =>
  fetch(`${suite.url}/api/rooms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const summary = async (roomId: string) =>
  RoomSummary.parse(await (await fetch(`${suite.url}/api/rooms/${roomId}`)).json());

describe('a room’s time zone', () => {
  it('is the one the room was created with, and the locale’s default otherwise', async () => {
    const sydney = CreatedRoom.parse(
      await (await post({ title: 'Harbour', locale: 'en', timeZone: 'Australia/Sydney' })).json(),
    );
    expect(await summary(sydney.roomId)).toMatchObject({ title: 'Harbour', timeZone: 'Australia/Sydney' });
    const plain = CreatedRoom.parse(await (await post({ title: '东巷', locale: 'zh-CN' })).json());
    expect((await summary(plain.roomId)).timeZone).toBe('Asia/Shanghai');
  });

  it('refuses an unknown zone clearly, and creates nothing', async () => {
    for (const timeZone of ['Mars/Olympus', '', 'x'.repeat(100), 42]) {
      const res = await post({ title: 'Nowhere', locale: 'en', timeZone });
      expect(res.status).toBe(400);
      const body = HttpRefusal.parse(await res.json());
      expect(body.error.code).toBe('invalid');
      if (typeof timeZone === 'string' && timeZone.length > 0 && timeZone.length < 64) {
        expect(body.error.reason).toBe('room.badTimeZone');
      }
    }
  });

  it('can be changed by the host; a scheduled time stays the same instant and the minutes read in the zone', async () => {
    const room = CreatedRoom.parse(
      await (await post({ title: 'Harbour', locale: 'en', timeZone: 'Australia/Sydney' })).json(),
    );
    const host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host });
    // 8:06 PM in Sydney (AEDT, UTC+11) on 3 December 2026.
    const scheduledAt = Date.parse('2026-12-03T09:06:00Z');
    await ok(host, { type: 'room.setDetails', scheduledAt });
    const minutes = async () =>
      (
        await fetch(`${suite.url}/api/rooms/${room.roomId}/minutes.md`, {
          headers: { authorization: `Bearer ${room.tokens.host}` },
        })
      ).text();
    const sydney = await minutes();
    expect(sydney).toMatch(/December 3, 2026 at 8:06\sPM/);
    expect(sydney).toContain('Australia/Sydney');
    await ok(host, { type: 'room.setDetails', timeZone: 'Europe/London' });
    expect((await summary(room.roomId)).timeZone).toBe('Europe/London');
    const again = await connect(suite.url, { roomId: room.roomId, token: room.tokens.observer });
    expect(again.welcome.state.details).toMatchObject({ scheduledAt, timeZone: 'Europe/London' });
    again.close();
    const london = await minutes();
    expect(london).toMatch(/December 3, 2026 at 9:06\sAM/);
    expect(london).toContain('Europe/London');
    host.close();
  });
});
