/**
 * The record's chain head as the public notice and the board read it (issue 27 §3): the same head
 * `GET …/verify` recomputes from the stored events, and a new one after every new event.
 */
import { ChainHead, Notice } from '@dr/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, createRoom, ok, type TestClient } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
const clients: TestClient[] = [];
afterAll(() => clients.forEach((c) => c.close()));

const get = (url: string, token?: string) => fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

describe('the chain head on the notice and the board', () => {
  it('is the head the chain report recomputes, and moves with every new event', async () => {
    const room = await createRoom(suite.url, '西街路灯', 'zh-CN');
    const host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host, name: '张主任' });
    clients.push(host);
    await ok(host, { type: 'agenda.propose', title: '西街路灯' });
    await ok(host, { type: 'notice.publish' });
    const base = `${suite.url}/api/rooms/${room.roomId}`;

    const read = async () => {
      const notice = Notice.parse(await (await get(`${base}/notice`)).json());
      const board = ChainHead.parse(await (await get(`${base}/chain`, room.tokens.observer)).json());
      const report = (await (await get(`${base}/verify`, room.tokens.host)).json()) as {
        ok: boolean;
        head: ChainHead;
      };
      return { notice, board, report };
    };

    const first = await read();
    expect(first.report.ok).toBe(true);
    expect(first.notice.chain).toEqual(first.report.head);
    expect(first.board).toEqual(first.report.head);
    expect(first.report.head.fingerprint).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
    expect(first.report.head.fingerprint).toBe(
      `${first.report.head.hash!.slice(0, 4)}-${first.report.head.hash!.slice(4, 8)}-${first.report.head.hash!.slice(8, 12)}`,
    );

    await ok(host, { type: 'agenda.propose', title: '东街路灯' });
    const second = await read();
    expect(second.report.ok).toBe(true);
    expect(second.notice.chain).toEqual(second.report.head);
    expect(second.board).toEqual(second.report.head);
    expect(second.report.head.seq).toBe(first.report.head.seq + 1);
    expect(second.report.head.hash).not.toBe(first.report.head.hash);
  });

  it('answers the board only through the host and observer links', async () => {
    const room = await createRoom(suite.url, 'Doors');
    const url = `${suite.url}/api/rooms/${room.roomId}/chain`;
    expect((await get(url, room.tokens.host)).status).toBe(200);
    expect((await get(url, room.tokens.observer)).status).toBe(200);
    expect((await get(url, room.tokens.participant)).status).toBe(403);
    expect((await get(url)).status).toBe(401);
    expect((await get(`${suite.url}/api/rooms/no-such-room/chain`, room.tokens.host)).status).toBe(404);
  });
});
