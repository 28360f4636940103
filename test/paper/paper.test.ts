/**
 * Paper where paper is used (issue 28 §2): the notice poster, the sign-in sheet and the paper
 * ballot, read back as text from the PDFs the server sends, and the doors in front of them.
 */
import { Notice } from '@dr/shared';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archivedMeeting, type ArchivedMeeting } from '../support/archiveMeeting.js';
import { connect, createRoom, ok, type TestClient } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
let meeting: ArchivedMeeting;
const clients: TestClient[] = [];

beforeAll(async () => {
  meeting = await archivedMeeting(suite.url);
  await ok(meeting.host, { type: 'member.addInRoom', name: '赵大爷', group: 'resident', household: '3组12号' });
  await ok(meeting.host, { type: 'member.addInRoom', name: '钱阿婆', household: '3组12号' });
});
afterAll(() => {
  meeting.close();
  clients.forEach((c) => c.close());
});

const get = (path: string, token?: string) =>
  fetch(`${suite.url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

async function pdfText(res: Response): Promise<string> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/pdf/);
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect(new TextDecoder('latin1').decode(bytes.slice(0, 5))).toBe('%PDF-');
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return text.replace(/\s+/g, '');
}

describe('the notice poster', () => {
  it('is not there before the notice is published, and after it is taken down', async () => {
    const path = `/api/rooms/${meeting.room.roomId}/notice.pdf`;
    const before = await get(path);
    expect(before.status).toBe(404);
    expect(((await before.json()) as { error: { reason: string } }).error.reason).toBe('notice.notPublished');
    await ok(meeting.host, { type: 'notice.publish' });
    expect((await get(path)).status).toBe(200);
    await ok(meeting.host, { type: 'notice.unpublish' });
    expect((await get(path)).status).toBe(404);
    expect((await get('/api/rooms/no-such-room/notice.pdf')).status).toBe(404);
  });

  it('shows, in Chinese, the decision, its counts, the period, the fingerprint and the QR code’s address', async () => {
    await ok(meeting.host, { type: 'notice.publish' });
    const base = `/api/rooms/${meeting.room.roomId}`;
    const text = await pdfText(await get(`${base}/notice.pdf`));
    const notice = Notice.parse(await (await get(`${base}/notice`)).json());
    expect(text).toContain('公示张贴稿');
    expect(text).toContain('东巷停车');
    expect(text).toContain('东巷单行·通过');
    expect(text).toContain(meeting.text);
    expect(text).toContain('强烈支持1，支持1，可以接受0，有些顾虑0，严重关切0，阻止0（共2人）');
    expect(text).toContain('公示期');
    expect(text).toContain('设置单行标志');
    expect(text).toContain(`记录指纹（链头）：${notice.chain!.fingerprint}`);
    expect(text).toContain(`/notice/${meeting.room.roomId}`);
    expect(text).toContain('手机扫码查看网上公示');
  });

  it('is in English for an English meeting, with no token needed', async () => {
    const room = await createRoom(suite.url, 'Street lights', 'en');
    const host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host, name: 'Ana' });
    clients.push(host);
    await ok(host, { type: 'notice.publish' });
    const text = await pdfText(await get(`/api/rooms/${room.roomId}/notice.pdf`));
    expect(text).toContain('Noticeposter·Streetlights');
    expect(text).toContain('Disclosureperiod:');
    expect(text).toContain('Recordfingerprint(chainhead):');
  });
});

describe('the sign-in sheet', () => {
  it('lists the roster with households and a column to sign, for the host only', async () => {
    const path = `/api/rooms/${meeting.room.roomId}/sign-in.pdf`;
    expect((await get(path)).status).toBe(401);
    expect((await get(path, meeting.room.tokens.participant)).status).toBe(403);
    expect((await get(path, 'not-a-token')).status).toBe(403);
    const text = await pdfText(await get(path, meeting.room.tokens.host));
    expect(text).toContain('签到表·东巷停车');
    for (const word of ['序号', '姓名', '户', '本人签名', '王秀英', '李建国', '赵大爷', '钱阿婆', '3组12号', '村民'])
      expect(text).toContain(word);
    expect(text).not.toContain('张主任'); // the host runs the meeting; the sheet is for those who attend
    expect(text).toContain('签到人数合计');
  });
});

describe('the paper ballot', () => {
  it('carries the frozen text, its fingerprint and the consent scale, for the host only', async () => {
    const base = `/api/rooms/${meeting.room.roomId}`;
    const proposed = await meeting.host.waitForEvent((e) => e.type === 'agenda.proposed');
    const itemId = (proposed as { itemId: string }).itemId;
    const roundId = (await ok(meeting.host, { type: 'consensus.open', itemId }))!;
    const path = `${base}/rounds/${roundId}/ballot.pdf`;
    expect((await get(path)).status).toBe(401);
    expect((await get(path, meeting.room.tokens.observer)).status).toBe(403);
    const missing = await get(`${base}/rounds/no-such-round/ballot.pdf`, meeting.room.tokens.host);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { reason: string } }).error.reason).toBe('round.unknown');
    const text = await pdfText(await get(path, meeting.room.tokens.host));
    expect(text).toContain('纸质选票·东巷停车');
    expect(text).toContain('议题：东巷单行');
    expect(text).toContain(meeting.text);
    expect(text).toMatch(/文本指纹：[0-9a-f]{8}/);
    for (const level of ['强烈支持', '支持', '可以接受', '有些顾虑', '严重关切', '阻止']) expect(text).toContain(level);
    await ok(meeting.host, { type: 'consensus.close', roundId });
  });
});
