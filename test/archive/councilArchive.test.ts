/**
 * A council's archive and erasure with the real server: the ZIP bundles the council's stream and its
 * meeting, `pnpm verify-archive` finds both intact, and erasing a roster member removes their name
 * from the council and its meeting while the archive still verifies.
 */
import { CreatedCouncil, CreatedMeeting, JoinedCouncil } from '@dr/shared/council';
import JSZip from 'jszip';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serverSuite } from '../support/serverSuite.js';
import { verifyArchive } from '../support/verifyArchive.js';

const suite = serverSuite();
const dir = mkdtempSync(path.join(tmpdir(), 'dr-council-archive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function call(method: string, url: string, token: string, body?: unknown) {
  return fetch(`${suite.url}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

async function archiveOf(councilId: string, token: string): Promise<{ zip: Buffer; files: JSZip }> {
  const res = await call('GET', `/api/councils/${councilId}/archive`, token);
  expect(res.status).toBe(200);
  const zip = Buffer.from(await res.arrayBuffer());
  return { zip, files: await JSZip.loadAsync(zip) };
}

/** `pnpm verify-archive` on `zip` in English (never blocking the server: see verifyArchive.ts). */
const verifyCli = (zip: Buffer, name: string) => verifyArchive(zip, path.join(dir, name), ['--lang', 'en']);

describe("a council's archive", () => {
  it(
    'bundles the council and its meetings, verifies, and erases a member everywhere',
    { timeout: 180_000 },
    async () => {
      const created = CreatedCouncil.parse(
        await (
          await fetch(`${suite.url}/api/councils`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ name: '西村议事会', locale: 'zh-CN', timeZone: 'Asia/Shanghai' }),
          })
        ).json(),
      );
      const { host, member } = created.tokens;
      const zhao = JoinedCouncil.parse(
        await (await call('POST', `/api/councils/${created.councilId}/members`, member, { name: '赵春梅' })).json(),
      );
      const meeting = CreatedMeeting.parse(
        await (
          await call('POST', `/api/councils/${created.councilId}/meetings`, host, {
            title: '一月例会',
            scheduledAt: Date.now() + 86_400_000,
          })
        ).json(),
      );
      expect((await call('GET', `/api/councils/${created.councilId}/archive`, member)).status).toBe(403);

      const before = await archiveOf(created.councilId, host);
      const meetingDir = `meetings/01-${meeting.roomId}/`;
      for (const name of [
        'council/manifest.json',
        'council/events.ndjson',
        `${meetingDir}manifest.json`,
        `${meetingDir}minutes.pdf`,
      ])
        expect(Object.keys(before.files.files)).toContain(name);
      expect(await before.files.file(`${meetingDir}events.ndjson`)!.async('string')).toContain('赵春梅');
      // Secrets stay on the server: the council's token hashes and the member's secret hash are only digests.
      const councilEvents = (await before.files.file('council/events.ndjson')!.async('string'))
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { type: string; credentials?: unknown; secretHash?: unknown });
      expect(councilEvents.find((e) => e.type === 'council.created')?.credentials).toBeNull();
      expect(councilEvents.find((e) => e.type === 'council.memberJoined')?.secretHash).toBeNull();
      const intact = await verifyCli(before.zip, 'council.zip');
      expect(intact.out.match(/The record is intact/g)).toHaveLength(2);
      expect(intact.status).toBe(0);

      const erased = await call('POST', `/api/councils/${created.councilId}/members/${zhao.memberId}/erase`, host);
      expect(erased.status).toBe(200);
      const { pseudonym, events } = await erased.json();
      expect(events).toBe(2); // the roster's join and the meeting's seat
      const after = await archiveOf(created.councilId, host);
      for (const name of [
        'council/events.ndjson',
        `${meetingDir}events.ndjson`,
        `${meetingDir}attendance.json`,
        `${meetingDir}minutes.md`,
      ]) {
        const text = await after.files.file(name)!.async('string');
        expect(text).not.toContain('赵春梅');
      }
      expect(await after.files.file(`${meetingDir}attendance.json`)!.async('string')).toContain(pseudonym);
      const stillIntact = await verifyCli(after.zip, 'council-erased.zip');
      expect(stillIntact.out).toContain('1 personal field was erased');
      expect(stillIntact.status).toBe(0);
    },
  );
});
