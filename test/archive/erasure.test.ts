/**
 * Erasing a person with the real server: the name and the note they wrote about themselves become a
 * pseudonym in the state, the snapshot, the minutes, the notice and the archive, while the counts,
 * the decision and the hash chain stay valid.
 */
import { applyAll } from '@dr/shared';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archivedMeeting, type ArchivedMeeting } from '../support/archiveMeeting.js';
import { connect, ok } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
let meeting: ArchivedMeeting;

beforeAll(async () => {
  meeting = await archivedMeeting(suite.url);
});
afterAll(() => meeting?.close());

const call = (method: string, path: string, token: string) =>
  fetch(`${suite.url}${path}`, { method, headers: { Authorization: `Bearer ${token}` } });

describe('erasing a person', () => {
  it(
    'replaces their name and their note everywhere, keeps counts and decisions, and the chain still verifies',
    { timeout: 120_000 },
    async () => {
      const { room } = meeting;
      const wangId = meeting.wang.welcome.you.memberId!;
      const erase = `/api/rooms/${room.roomId}/members/${wangId}/erase`;
      const minutesBefore = await (await call('GET', `/api/rooms/${room.roomId}/minutes.md`, room.tokens.host)).text();
      expect(minutesBefore).toContain('王秀英');

      expect((await call('POST', erase, room.tokens.observer)).status).toBe(403);
      expect((await call('POST', `/api/rooms/${room.roomId}/members/nobody/erase`, room.tokens.host)).status).toBe(404);
      const res = await call('POST', erase, room.tokens.host);
      expect(res.status).toBe(200);
      const { pseudonym, events } = await res.json();
      expect(pseudonym).toMatch(/^成员 [0-9A-F]{4}$/);
      expect(events).toBe(2); // the join and the declared interest
      // Screens already open are told through the event stream, and fold the pseudonym in.
      const told = await meeting.host.waitForEvent((e) => e.type === 'member.erased');
      expect(told).toMatchObject({ memberId: wangId, pseudonym, note: '（已删除）', actor: null });
      expect(JSON.stringify(told)).not.toContain('王秀英');
      expect(applyAll(meeting.host.welcome.state, meeting.host.received).members[wangId]!.name).toBe(pseudonym);
      // Again: nothing left to change, the same pseudonym, and nothing more recorded.
      expect(await (await call('POST', erase, room.tokens.host)).json()).toEqual({ pseudonym, events: 0 });
      expect(meeting.host.received.filter((e) => e.type === 'member.erased')).toHaveLength(1);

      const minutes = await (await call('GET', `/api/rooms/${room.roomId}/minutes.md`, room.tokens.host)).text();
      expect(minutes).not.toContain('王秀英');
      expect(minutes).not.toContain('小卖部');
      expect(minutes).toContain(pseudonym);
      // The counts and the decision are as they were: only the names differ.
      const tally = (text: string) => text.split('\n').filter((l) => l.includes('表决票数'));
      expect(tally(minutes)).toEqual(tally(minutesBefore));

      const snapshot = await suite.server.store.loadSnapshot(room.roomId);
      expect(JSON.stringify(snapshot)).not.toContain('王秀英');
      const observer = await connect(suite.url, { roomId: room.roomId, token: room.tokens.observer });
      expect(JSON.stringify(observer.welcome.state)).not.toContain('王秀英');
      observer.close();

      const verify = await (await call('GET', `/api/rooms/${room.roomId}/verify`, room.tokens.host)).json();
      expect(verify).toMatchObject({ ok: true, erased: 2 });
      expect(verify.words.en.join(' ')).toContain('2 personal fields were erased');

      const zip = await JSZip.loadAsync(
        await (await call('GET', `/api/rooms/${room.roomId}/archive`, room.tokens.host)).arrayBuffer(),
      );
      for (const name of ['events.ndjson', 'attendance.json', 'minutes.md']) {
        const text = await zip.file(name)!.async('string');
        expect(text).not.toContain('王秀英');
        expect(text).not.toContain('小卖部');
      }
    },
  );
});

describe('RETENTION_DAYS', () => {
  it(
    'erases every name of a closed meeting older than the retention, and keeps the public notice and decisions',
    { timeout: 120_000 },
    async () => {
      // The sweep's clock is 31 days ahead: the meeting just held is then past a 30-day retention.
      const later = await suite.startServer(undefined, 0, {
        retentionDays: 30,
        clock: () => Date.now() + 31 * 86_400_000,
      });
      const held = await archivedMeeting(later.url);
      const { room, host } = held;
      await ok(host, { type: 'notice.publish' });
      await ok(host, { type: 'room.setPhase', phase: 'closed' });
      held.close();
      expect(await later.app.retention!.sweep()).toBe(1);
      expect(await later.app.retention!.sweep()).toBe(0); // nothing left to erase

      const minutes = await (
        await fetch(`${later.url}/api/rooms/${room.roomId}/minutes.md`, {
          headers: { Authorization: `Bearer ${room.tokens.host}` },
        })
      ).text();
      for (const name of ['王秀英', '李建国', '张主任', '小卖部']) expect(minutes).not.toContain(name);
      const notice = await (await fetch(`${later.url}/api/rooms/${room.roomId}/notice`)).json();
      expect(notice.decisions).toEqual([
        expect.objectContaining({ statement: '东巷单行', outcome: 'adopted', text: held.text }),
      ]);
      expect(notice.decisions[0].actions[0].owner).toMatch(/^成员 [0-9A-F]{4}$/);
      const verify = await (
        await fetch(`${later.url}/api/rooms/${room.roomId}/verify`, {
          headers: { Authorization: `Bearer ${room.tokens.host}` },
        })
      ).json();
      expect(verify).toMatchObject({ ok: true });
    },
  );
});
