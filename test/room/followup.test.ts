/**
 * After the meeting, through the real server with real clients: a decision on the real draft gets
 * action items by tier, their progress is published on the notice, the host downloads the minutes
 * (Markdown and Word), and members score the meeting once it has adjourned.
 */
import { CLIENT_DIST } from '@dr/server';
import { DEFAULT_RUBRIC, type CommandAck, type Notice, type ScorecardSummary } from '@dr/shared';
import JSZip from 'jszip';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoom, type CreatedRoom, type TestClient, ok, joiner } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
let room: CreatedRoom;
let host: TestClient;
let ana: TestClient;
let bo: TestClient;
let decisionId: string;
const secrets: string[] = [];

function refusal(ack: CommandAck): string | undefined {
  return ack.ok ? undefined : ack.error.code;
}

function get(urlPath: string, token?: string): Promise<Response> {
  return fetch(`${suite.url}${urlPath}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
}

/** 东巷 in session: Ana (remote) and Bo (in the room) speak, an anonymous round adopts the draft. */
beforeAll(async () => {
  room = await createRoom(suite.url, '东巷停车', 'zh-CN');
  const join = joiner(suite.url, room);
  host = await join(room.tokens.host, { name: '张主任', presence: 'in_room' });
  ana = await join(room.tokens.participant, { name: 'Ana', presence: 'remote' });
  bo = await join(room.tokens.participant, { name: 'Bo', presence: 'in_room' });
  secrets.push(...Object.values(room.tokens), room.joinCode);
  for (const c of [host, ana, bo]) secrets.push(c.welcome.you.memberSecret!);

  await ok(host, { type: 'room.setDetails', place: '村委会议室', kind: 'houseYardTalk' });
  const itemId = (await ok(ana, { type: 'agenda.propose', title: '东巷停车方案' }))!;
  await ok(host, { type: 'room.setPhase', phase: 'in_session' });
  await ok(host, { type: 'agenda.activate', itemId });
  await ok(ana, { type: 'queue.raise' });
  await ok(bo, { type: 'queue.raise' });
  await ok(host, { type: 'queue.next' });
  await ok(host, { type: 'queue.next' });
  await ok(bo, { type: 'speaker.end' });

  await writeDraft(suite.url, room.roomId, room.tokens.participant, itemId, '东巷改为由北向南单行。');
  const roundId = (await ok(host, { type: 'consensus.open', itemId, anonymous: true }))!;
  await ok(ana, { type: 'consensus.vote', roundId, level: 4 });
  await ok(bo, { type: 'consensus.vote', roundId, level: 1, reason: '送货车辆需要通行' });
  await ok(host, { type: 'consensus.tally', roundId, counts: { '3': 3, '5': 2 }, confirm: true });
  await ok(host, { type: 'consensus.close', roundId });
  decisionId = (await ok(host, { type: 'decision.record', roundId, statement: '东巷五月起单行' }))!;
});

afterAll(async () => {
  for (const c of [host, ana, bo]) c?.close();
});

describe('action items by tier', () => {
  it('are the host’s to create, with a real tier, status, progress and date', async () => {
    const signs = { type: 'action.create', decisionId, title: '设置单行标志', owner: '村委会', tier: 'committee' };
    expect(refusal(await ana.command({ ...signs, dueDate: '2020-05-01' }))).toBe('forbidden');
    expect(refusal(await host.command({ ...signs, tier: 'province', dueDate: '2020-05-01' }))).toBe('invalid');
    expect(refusal(await host.command({ ...signs, dueDate: '2025-02-30' }))).toBe('invalid');
    expect(refusal(await host.command({ ...signs, decisionId: 'd404', dueDate: '2020-05-01' }))).toBe('not_found');
    const actionId = await ok(host, { ...signs, dueDate: '2020-05-01' });
    expect(refusal(await host.command({ type: 'action.update', actionId, progress: 101 }))).toBe('invalid');
    expect(refusal(await host.command({ type: 'action.update', actionId, status: 'finished' }))).toBe('invalid');
    expect(refusal(await ana.command({ type: 'action.update', actionId, progress: 50 }))).toBe('forbidden');
  });

  it('can be updated by the member who owns them, each update on the timeline', async () => {
    const actionId = await ok(host, {
      type: 'action.create',
      decisionId,
      title: '通知各户',
      owner: 'Ana',
      ownerMemberId: ana.welcome.you.memberId,
      tier: 'residents',
      dueDate: '2999-12-31',
    });
    await ok(ana, { type: 'action.update', actionId, status: 'in_progress', progress: 50, note: '已通知一半住户' });
    await ok(ana, { type: 'action.update', actionId, status: 'done', note: '全部通知到位' });
    const event = await bo.waitForEvent((e) => e.type === 'action.updated' && e.status === 'done');
    expect(event).toMatchObject({ actionId, progress: 100, actor: ana.welcome.you.memberId });
  });
});

describe('the public notice', () => {
  it('answers 404 until the host publishes it, and participants cannot publish', async () => {
    const before = await get(`/api/rooms/${room.roomId}/notice`);
    expect(before.status).toBe(404);
    expect(await before.json()).toMatchObject({ error: { code: 'not_found' } });
    const page = await get(`/notice/${room.roomId}`);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('公示未发布');
    expect((await get('/notice/no-such-room')).status).toBe(404);
    expect(refusal(await ana.command({ type: 'notice.publish' }))).toBe('forbidden');
  });

  it('once published, shows decisions and actions to anyone, with no token, secret or vote in it', async () => {
    await ok(host, { type: 'notice.publish' });
    const res = await get(`/api/rooms/${room.roomId}/notice`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const notice = JSON.parse(text) as Notice;
    expect(notice).toMatchObject({
      title: '东巷停车',
      meeting: { place: '村委会议室', kind: 'houseYardTalk' },
      conveners: ['张主任'],
      attendance: { total: 3, inRoom: 2, remote: 1 },
      speakers: 2,
      summary: { decisions: 1, adopted: 1, actions: 2, done: 1, overdue: 1 },
    });
    const [decision] = notice.decisions;
    expect(decision).toMatchObject({ statement: '东巷五月起单行', outcome: 'adopted', counts: [0, 1, 0, 3, 1, 2] });
    expect(decision!.actions.map((a) => [a.title, a.tier, a.status, a.overdue])).toEqual([
      ['设置单行标志', 'committee', 'planned', true],
      ['通知各户', 'residents', 'done', false],
    ]);
    expect(decision!.actions[1]!.timeline.map((e) => [e.author, e.note])).toEqual([
      ['Ana', '已通知一半住户'],
      ['Ana', '全部通知到位'],
    ]);
    for (const secret of secrets) expect(text).not.toContain(secret);
    for (const c of [host, ana, bo]) expect(text).not.toContain(`"${c.welcome.you.memberId}"`);
    expect(text).not.toMatch(/memberId|ballot|送货车辆需要通行/);

    const page = await get(`/notice/${room.roomId}`);
    const built = existsSync(path.join(CLIENT_DIST, 'index.html'));
    expect(page.status).toBe(built ? 200 : 503);
    if (built) expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('answers 404 again once the host takes it down', async () => {
    await ok(host, { type: 'notice.unpublish' });
    expect((await get(`/api/rooms/${room.roomId}/notice`)).status).toBe(404);
    expect((await get(`/notice/${room.roomId}`)).status).toBe(404);
  });
});

describe('the minutes', () => {
  it('are for the host only', async () => {
    for (const file of ['minutes.md', 'minutes.docx']) {
      expect((await get(`/api/rooms/${room.roomId}/${file}`)).status).toBe(401);
      expect((await get(`/api/rooms/${room.roomId}/${file}`, room.tokens.participant)).status).toBe(403);
    }
  });

  it('come as Markdown in the room’s language, with speakers, the draft, the round and the decision', async () => {
    const res = await get(`/api/rooms/${room.roomId}/minutes.md`, room.tokens.host);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const md = await res.text();
    expect(md).toMatch(/^# 东巷停车 · 会议纪要/);
    for (const expected of ['村委会议室', '屋场恳谈会', '张主任', '东巷停车方案', '东巷改为由北向南单行。']) {
      expect(md).toContain(expected);
    }
    expect(md).toMatch(/Ana，[^\n]*\n[^\n]*Bo，/); // speakers in order
    expect(md).toContain('决议：通过');
    expect(md).toContain('东巷五月起单行');
    expect(md).toContain('设置单行标志');
    expect(md).toContain('送货车辆需要通行（匿名）'); // the reason, never its anonymous author
  });

  it('come as a real Word document', async () => {
    const res = await get(`/api/rooms/${room.roomId}/minutes.docx`, room.tokens.host);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="minutes\.docx"; filename\*=UTF-8''/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const expected of ['会议纪要', '东巷五月起单行', '设置单行标志', 'Ana']) expect(xml).toContain(expected);
  });
});

describe('the scorecard', () => {
  const fullMarks = () =>
    DEFAULT_RUBRIC.categories
      .flatMap((c) => c.indicators)
      .filter((i) => i.kind === 'base')
      .map((i) => ({ indicatorId: i.id, points: i.max, note: '符合要求' }));

  it('opens only after adjournment', async () => {
    expect(refusal(await ana.command({ type: 'scorecard.submit', scores: fullMarks() }))).toBe('conflict');
  });

  it('averages the members’ cards, with bonus and deductions, beside indicators from the record', async () => {
    await ok(host, { type: 'room.setPhase', phase: 'adjourned' });
    const bonus = { indicatorId: 'innovation.method', points: 4, note: '线上线下结合' };
    const deduction = { indicatorId: 'deduction.unresolved', points: 6, note: '标志逾期未设' };
    await ok(ana, { type: 'scorecard.submit', scores: [...fullMarks(), bonus] }); // 104
    await ok(host, { type: 'scorecard.submit', scores: [...fullMarks(), deduction] }); // 94
    const over = [...fullMarks(), { ...bonus, points: 6 }];
    expect(refusal(await bo.command({ type: 'scorecard.submit', scores: over }))).toBe('invalid');

    expect((await get(`/api/rooms/${room.roomId}/scorecard`)).status).toBe(401);
    expect((await get(`/api/rooms/${room.roomId}/scorecard`, room.tokens.observer)).status).toBe(403);
    const res = await get(`/api/rooms/${room.roomId}/scorecard`, room.tokens.host);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      rubric: unknown;
      indicators: Record<string, unknown>;
      scores: ScorecardSummary;
    };
    expect(body.rubric).toEqual(DEFAULT_RUBRIC);
    expect(body.scores).toMatchObject({ submissions: 2, baseMax: 100, total: { average: 99, min: 94, max: 104 } });
    const byId = Object.fromEntries(body.scores.indicators.map((i) => [i.indicatorId, i]));
    expect(byId['innovation.method']).toMatchObject({ average: 2, scoredBy: 1, notes: ['线上线下结合'] });
    expect(byId['deduction.unresolved']).toMatchObject({ average: 3, scoredBy: 1 });
    expect(byId['research.facts']).toMatchObject({ average: 10, scoredBy: 2 });
    expect(body.indicators).toMatchObject({
      attendance: { total: 3, inRoom: 2, remote: 1 },
      speaking: { distinctSpeakers: 2 },
      decisions: { recorded: 1, adopted: 1, adoptedShare: 1 },
      actions: { total: 2, adoptedWithActionsShare: 1, done: 1, overdue: 1, doneOnTime: 1, doneOnTimeShare: 0.5 },
    });
    expect(JSON.stringify(body)).not.toContain(`"${ana.welcome.you.memberId}"`);
  });
});
