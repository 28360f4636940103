/**
 * Issue 27 §3 in a real browser: the public notice and the board show the record's fingerprint
 * (记录指纹（链头）) in the minutes' words, in both languages, and the board follows it as the
 * meeting goes on.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok, type TestClient } from '../support/clients.js';
import { boardLink, withLang } from './meetingPages.js';

const suite = browserSuite();
const clients: TestClient[] = [];
afterAll(() => clients.forEach((c) => c.close()));

const LABEL = { 'zh-CN': '记录指纹（链头）：', en: 'Record fingerprint (chain head):' } as const;

describe('the record fingerprint on the notice and the board', { timeout: 120_000 }, () => {
  it('shows the chain head the server verifies, in zh-CN and en, and the board keeps it current', async () => {
    const room = await createRoom(suite.server.url, '西街路灯', 'zh-CN');
    const host = await connect(suite.server.url, { roomId: room.roomId, token: room.tokens.host, name: '张主任' });
    clients.push(host);
    await ok(host, { type: 'agenda.propose', title: '西街路灯' });
    await ok(host, { type: 'notice.publish' });
    const head = async () => {
      const answer = await fetch(`${suite.server.url}/api/rooms/${room.roomId}/verify`, {
        headers: { Authorization: `Bearer ${room.tokens.host}` },
      });
      return ((await answer.json()) as { head: { seq: number; fingerprint: string } }).head;
    };
    const first = await head();
    expect(first.fingerprint).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);

    for (const lang of ['zh-CN', 'en'] as const) {
      const reader = await suite.page();
      await reader.goto(`${suite.server.url}/notice/${room.roomId}?lang=${lang}`);
      const line = reader.getByTestId('chain-head');
      await line.getByText(first.fingerprint).waitFor();
      expect(await line.textContent()).toContain(LABEL[lang]);
      expect(await line.textContent()).toContain(
        lang === 'en' ? `as of event ${first.seq}` : `截至第 ${first.seq} 条事件`,
      );
      await reader.close();
    }

    const boards = [];
    for (const lang of ['zh-CN', 'en'] as const) {
      const board = await suite.page({ viewport: { width: 1280, height: 720 } });
      await board.goto(withLang(boardLink(room.links.observer), lang));
      const line = board.getByTestId('chain-head');
      await line.getByText(first.fingerprint).waitFor();
      expect(await line.textContent()).toContain(LABEL[lang]);
      boards.push(board);
    }

    // A new event: the board asks again and shows the new head.
    await ok(host, { type: 'agenda.propose', title: '东街路灯' });
    const second = await head();
    expect(second.fingerprint).not.toBe(first.fingerprint);
    for (const board of boards) await board.getByTestId('chain-head').getByText(second.fingerprint).waitFor();
  });
});
