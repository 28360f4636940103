/**
 * The archive (村务档案) with the real server: the ZIP unzipped, the PDFs opened and their text read
 * back, and `pnpm verify-archive` run on the real file, before and after one byte is altered, one
 * event removed and two swapped.
 */
import JSZip from 'jszip';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archivedMeeting, type ArchivedMeeting } from '../support/archiveMeeting.js';
import { serverSuite } from '../support/serverSuite.js';
import { verifyArchive } from '../support/verifyArchive.js';

const suite = serverSuite();
const dir = mkdtempSync(path.join(tmpdir(), 'dr-archive-'));
let meeting: ArchivedMeeting;

beforeAll(async () => {
  meeting = await archivedMeeting(suite.url);
});
afterAll(() => {
  meeting?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, token: string) => fetch(url, { headers: { Authorization: `Bearer ${token}` } });

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text;
}

/** `pnpm verify-archive` on `zip`, as an archivist runs it (never blocking the server: see verifyArchive.ts). */
const verifyCli = (zip: Buffer, name: string) => verifyArchive(zip, path.join(dir, name));

/** The archive with its events.ndjson lines changed by `edit` (the manifest left as it was). */
async function tampered(zip: Buffer, edit: (lines: string[]) => string[]): Promise<Buffer> {
  const archive = await JSZip.loadAsync(zip);
  const lines = (await archive.file('events.ndjson')!.async('string')).trimEnd().split('\n');
  archive.file('events.ndjson', `${edit(lines).join('\n')}\n`);
  return archive.generateAsync({ type: 'nodebuffer' });
}

describe('the archive', () => {
  let zip: Buffer;

  it(
    'answers the host and the observer with a ZIP of the whole record, and refuses a participant',
    { timeout: 120_000 },
    async () => {
      const url = `${suite.url}/api/rooms/${meeting.room.roomId}/archive`;
      expect((await get(url, meeting.room.tokens.participant)).status).toBe(403);
      expect((await fetch(url)).status).toBe(401);
      const observer = await get(url, meeting.room.tokens.observer);
      expect(observer.status).toBe(200);
      const res = await get(url, meeting.room.tokens.host);
      expect(res.headers.get('content-type')).toBe('application/zip');
      zip = Buffer.from(await res.arrayBuffer());
      const archive = await JSZip.loadAsync(zip);
      const names = Object.keys(archive.files);
      for (const name of ['minutes.md', 'minutes.docx', 'minutes.pdf', 'notice.pdf', 'events.ndjson'])
        expect(names).toContain(name);
      for (const name of ['attendance.json', 'rounds.json', 'actions.json', 'manifest.json'])
        expect(names).toContain(name);
      const manifest = JSON.parse(await archive.file('manifest.json')!.async('string'));
      expect(manifest.head.fingerprint).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);

      const minutes = await pdfText(await archive.file('minutes.pdf')!.async('uint8array'));
      expect(minutes).toContain('东巷停车');
      expect(minutes).toContain(meeting.text);
      expect(minutes).toContain(manifest.head.fingerprint);
      const notice = await pdfText(await archive.file('notice.pdf')!.async('uint8array'));
      expect(notice).toContain('公示办理结果');
      expect(notice).toContain('设置单行标志');
      expect(await archive.file('minutes.md')!.async('string')).toContain(
        `**记录指纹（链头）：** ${manifest.head.fingerprint}`,
      );

      const rounds = JSON.parse(await archive.file('rounds.json')!.async('string'));
      expect(rounds).toHaveLength(2);
      expect(await archive.file(rounds[0].file)!.async('string')).toBe(meeting.text);
      const actions = JSON.parse(await archive.file('actions.json')!.async('string'));
      expect(actions[0]).toMatchObject({ title: '设置单行标志', owner: '李建国', timeline: expect.any(Array) });
      const people = JSON.parse(await archive.file('attendance.json')!.async('string'));
      expect(people.map((p: { name: string }) => p.name)).toEqual(['张主任', '王秀英', '李建国']);
      // Who voted how in the anonymous round is not in the archive.
      const ballots = (await archive.file('events.ndjson')!.async('string'))
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l))
        .filter((e) => e.type === 'consensus.voted' && e.roundId === rounds[1].roundId);
      expect(ballots).toEqual([expect.objectContaining({ memberId: null })]);
    },
  );

  it(
    'verifies the untouched archive, then finds one altered byte, one removed event and two swapped',
    { timeout: 120_000 },
    async () => {
      const intact = await verifyCli(zip, 'intact.zip');
      expect(intact.out).toContain('记录完整');
      expect(intact.out).toContain('The record is intact');
      expect(intact.status).toBe(0);

      const altered = await verifyCli(
        await tampered(zip, (l) => l.map((x) => x.replace('王秀英', '王秀荚'))),
        'byte.zip',
      );
      expect(altered.status).toBe(1);
      const joined = (await JSZip.loadAsync(zip)).file('events.ndjson')!.async('string');
      const seqOfWang = (await joined).split('\n').find((l) => l.includes('王秀英'))!;
      const seq = JSON.parse(seqOfWang).seq as number;
      expect(altered.out).toContain(`Event ${seq} was changed`);
      expect(altered.out).toContain(`第 ${seq} 条事件的内容被改动过`);

      const removed = await verifyCli(await tampered(zip, (l) => l.filter((_, i) => i !== 4)), 'removed.zip');
      expect(removed.status).toBe(1);
      expect(removed.out).toContain('Event 5 was removed.');
      expect(removed.out).toContain('第 5 条事件被删除');

      const swapped = await verifyCli(
        await tampered(zip, (l) => [...l.slice(0, 3), l[4]!, l[3]!, ...l.slice(5)]),
        'swap.zip',
      );
      expect(swapped.status).toBe(1);
      expect(swapped.out).toContain('Event 4 comes after event 5: the order was changed.');
    },
  );

  it('verifies the stored record over HTTP, in both languages', async () => {
    const res = await get(`${suite.url}/api/rooms/${meeting.room.roomId}/verify`, meeting.room.tokens.observer);
    const body = await res.json();
    expect(body).toMatchObject({ ok: true, chainedFrom: 1, problems: [] });
    expect(body.words['zh-CN'][0]).toContain('记录完整');
    expect(body.words.en[0]).toContain(body.head.fingerprint);
  });
});
