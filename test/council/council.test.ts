/**
 * A standing council through three meetings, through the real server with real clients (issue 18):
 * an office creates a council; its members join the roster and fill the topic pool between
 * meetings; each meeting is a room that inherits the roster (the same member, by the same secret,
 * in every meeting) and opens with a review of open action items; a topic left undecided is carried
 * over; an action item created in meeting 1 is updated between meetings, reviewed in meeting 2 and
 * confirmed by its supervisor during meeting 3.
 */
import { type CommandAck, type Notice } from '@dr/shared';
import {
  CouncilActions,
  CouncilBoard,
  CouncilLinks,
  CouncilSummary,
  CreatedCouncil,
  CreatedMeeting,
  CreatedOffice,
  JoinedCouncil,
  OfficeReport,
} from '@dr/shared/council';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, httpCall, ok, type TestClient } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
let office: CreatedOffice;
let council: CreatedCouncil;
const people: Record<'chair' | 'ana' | 'bo' | 'wu', JoinedCouncil> = {} as never;
const open: TestClient[] = [];

const call = (method: string, path: string, body?: unknown, token?: string) =>
  httpCall(suite.url, method, path, body, token);

const councilPath = (rest = '') => `/api/councils/${council.councilId}${rest}`;

async function councilCommand(who: keyof typeof people | 'host', command: unknown, requestId?: string) {
  const member = who === 'host' ? {} : { memberId: people[who].memberId, memberSecret: people[who].memberSecret };
  const token = who === 'host' ? council.tokens.host : who === 'wu' ? council.tokens.supervisor : council.tokens.member;
  return call('POST', councilPath('/commands'), { command, ...member, ...(requestId ? { requestId } : {}) }, token);
}

/** A council member's own credential in one of its meetings. */
async function enter(
  roomId: string,
  who: keyof typeof people,
  token?: string,
  presence = 'remote',
): Promise<TestClient> {
  const { memberId, memberSecret, meetingToken } = people[who];
  const client = await connect(suite.url, { roomId, token: token ?? meetingToken, memberId, memberSecret, presence });
  open.push(client);
  return client;
}

async function callMeeting(title: string, scheduledAt: number, topicIds: string[] = []): Promise<CreatedMeeting> {
  const res = await call('POST', councilPath('/meetings'), { title, scheduledAt, topicIds }, council.tokens.host);
  expect(res.status, res.text).toBe(201);
  return CreatedMeeting.parse(res.json);
}

function refusal(ack: CommandAck): string | undefined {
  return ack.ok ? undefined : (ack.error.reason ?? ack.error.code);
}

const topics: Record<string, string> = {};
const meetings: CreatedMeeting[] = [];
let actionId = '';

afterAll(async () => {
  for (const c of open) c.close();
});

describe('a council and its office', () => {
  it('creates an office, and a council with the office’s token that belongs to it', async () => {
    const made = await call('POST', '/api/offices', { name: '城关街道办事处' });
    expect(made.status).toBe(201);
    office = CreatedOffice.parse(made.json);
    const body = {
      name: '东巷议事会',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      place: '东巷小院',
      meetingPattern: '每月第一个周一 19:00',
      officeId: office.officeId,
    };
    expect((await call('POST', '/api/councils', body)).status).toBe(403); // no office token
    expect((await call('POST', '/api/councils', body, 'wrong-token')).status).toBe(403);
    expect((await call('POST', '/api/councils', { ...body, officeId: 'nope' }, office.token)).status).toBe(404);
    const res = await call('POST', '/api/councils', body, office.token);
    expect(res.status).toBe(201);
    council = CreatedCouncil.parse(res.json);
    expect(council.links.member).toBe(`${suite.url}/c/${council.councilId}#t=${council.tokens.member}`);
    expect(new Set(Object.values(council.tokens)).size).toBe(4);
  });

  it('refuses bad input with a reason, and creates nothing', async () => {
    for (const body of [
      {},
      { name: '', locale: 'zh-CN', timeZone: 'Asia/Shanghai' },
      { name: 'x', locale: 'fr', timeZone: 'UTC' },
      { name: 'x', locale: 'en', timeZone: 'Mars/Olympus' },
    ]) {
      const res = await call('POST', '/api/councils', body);
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ error: { code: 'invalid', reason: 'council.nameNeeded' } });
    }
    // An unknown field is named, not answered as if the name were wrong (issue 23).
    const extra = await call('POST', '/api/councils', { name: 'x', locale: 'en', timeZone: 'UTC', extra: 1 });
    expect(extra.status).toBe(400);
    expect(extra.json).toMatchObject({
      error: { code: 'invalid', reason: 'request.unknownField', params: { field: 'extra' } },
    });
    expect((await call('GET', '/api/councils/no-such-council')).status).toBe(404);
    expect((await call('GET', '/api/councils/council:x')).status).toBe(404);
    expect((await call('GET', `/api/rooms/council:${council.councilId}`)).status).toBe(404);
  });

  it('takes members on its roster through the member, supervisor and host links', async () => {
    const join = (token: string, body: unknown) => call('POST', councilPath('/members'), body, token);
    expect((await join(council.tokens.observer, { name: '观察员' })).status).toBe(403);
    expect((await join(council.tokens.member, { name: '专家', expert: true })).status).toBe(403);
    expect((await join(council.tokens.member, { name: '' })).json).toMatchObject({
      error: { reason: 'room.nameNeeded' },
    });
    expect((await call('POST', councilPath('/members'), { name: 'x' })).status).toBe(401);
    const joined = async (token: string, body: unknown) => {
      const res = await join(token, body);
      expect(res.status, res.text).toBe(201);
      return JoinedCouncil.parse(res.json);
    };
    people.chair = await joined(council.tokens.host, { name: '张主任', group: 'committee' });
    people.ana = await joined(council.tokens.member, { name: 'Ana', group: 'resident' });
    people.bo = await joined(council.tokens.member, { name: 'Bo' });
    people.wu = await joined(council.tokens.supervisor, { name: '吴监督' });
    // Everyone opens meetings with the member link's token; the supervisor and host got it unsealed.
    for (const p of Object.values(people)) expect(p.meetingToken).toBe(council.tokens.member);
    expect(
      (await councilCommand('host', { type: 'roster.update', memberId: people.bo.memberId, expert: true })).status,
    ).toBe(200);
    expect(
      (await councilCommand('ana', { type: 'roster.update', memberId: people.bo.memberId, expert: false })).status,
    ).toBe(403);
  });

  it('keeps a topic pool that members fill and support at any time, exactly once per request id', async () => {
    const first = await councilCommand(
      'ana',
      { type: 'topic.propose', title: '东巷停车', description: '车辆堵塞消防通道' },
      'req-park-0001',
    );
    expect(first.status).toBe(200);
    const again = await councilCommand(
      'ana',
      { type: 'topic.propose', title: '东巷停车', description: '车辆堵塞消防通道' },
      'req-park-0001',
    );
    expect(again.json).toMatchObject({ ok: true, id: (first.json as { id: string }).id, replayed: true });
    const reused = await councilCommand('ana', { type: 'topic.propose', title: '别的' }, 'req-park-0001');
    expect(reused.status).toBe(409);
    expect(reused.json).toMatchObject({ error: { reason: 'command.requestReused' } });
    topics.parking = (first.json as { id: string }).id;
    topics.lights = (
      (await councilCommand('bo', { type: 'topic.propose', title: '路灯维修' })).json as { id: string }
    ).id;
    expect((await councilCommand('bo', { type: 'topic.support', topicId: topics.parking })).status).toBe(200);
    expect((await councilCommand('bo', { type: 'topic.support', topicId: topics.parking })).json).toMatchObject({
      error: { reason: 'topic.supportedAlready' },
    });
    expect((await councilCommand('bo', { type: 'topic.support', topicId: 'constructor' })).status).toBe(404);
    expect((await councilCommand('ana', { type: 'topic.propose' })).status).toBe(400);
    // An observer reads but never writes; a wrong secret is no member.
    const observed = await call(
      'POST',
      councilPath('/commands'),
      { command: { type: 'topic.propose', title: 'x' } },
      council.tokens.observer,
    );
    expect(observed.status).toBe(403);
    const forged = await call(
      'POST',
      councilPath('/commands'),
      {
        command: { type: 'topic.support', topicId: topics.lights },
        memberId: people.ana.memberId,
        memberSecret: 'wrong',
      },
      council.tokens.member,
    );
    expect(forged.json).toMatchObject({ error: { reason: 'council.rejoin' } });
  });

  it('shows a public summary without a name or a secret, and the board to its link holders', async () => {
    const res = await call('GET', councilPath());
    expect(res.status).toBe(200);
    const summary = CouncilSummary.parse(res.json);
    expect(summary).toMatchObject({
      name: '东巷议事会',
      place: '东巷小院',
      meetingPattern: '每月第一个周一 19:00',
      members: 4,
      meetings: [],
    });
    for (const secret of [...Object.values(council.tokens), ...Object.values(people).map((p) => p.memberSecret)]) {
      expect(res.text).not.toContain(secret);
    }
    expect(res.text).not.toContain('Ana');
    expect((await call('GET', councilPath('/board'))).status).toBe(401);
    const board = await call('GET', councilPath('/board'), undefined, council.tokens.observer);
    expect(board.status).toBe(200);
    const parsed = CouncilBoard.parse(board.json);
    expect(parsed.topics.find((t) => t.id === topics.parking)).toMatchObject({
      proposedBy: 'Ana',
      supporters: [people.ana.memberId, people.bo.memberId],
      status: 'pool',
    });
    expect(parsed.roster.find((m) => m.name === 'Bo')).toMatchObject({ expert: true });
    expect(parsed.roster.find((m) => m.name === '吴监督')).toMatchObject({ supervisor: true, host: false });
    expect(parsed.roster.filter((m) => m.host).map((m) => m.name)).toEqual(['张主任']);
    expect(board.text).not.toContain(people.ana.memberSecret);
  });
});

describe('the council’s links', () => {
  it('shows its host the four links again, and nobody else', async () => {
    const res = await call('GET', councilPath('/links'), undefined, council.tokens.host);
    expect(res.status, res.text).toBe(200);
    expect(CouncilLinks.parse(res.json)).toEqual(council.links);
    expect((await call('GET', councilPath('/links'))).status).toBe(401);
    for (const token of [council.tokens.member, council.tokens.supervisor, council.tokens.observer]) {
      expect((await call('GET', councilPath('/links'), undefined, token)).json).toMatchObject({
        error: { reason: 'role.hostOnly' },
      });
    }
    expect((await call('GET', councilPath('/links'), undefined, 'wrong')).status).toBe(403);
  });
});

describe('three meetings', () => {
  it('meeting 1 inherits the roster, place and time zone; the same credentials open it as the same members', async () => {
    expect(
      (await call('POST', councilPath('/meetings'), { title: '一月例会', scheduledAt: Date.UTC(2026, 0, 5, 11) }))
        .status,
    ).toBe(401);
    expect(
      (await call('POST', councilPath('/meetings'), { title: '一月例会', scheduledAt: 1 }, council.tokens.member))
        .status,
    ).toBe(403);
    expect(
      (await call('POST', councilPath('/meetings'), { title: '', scheduledAt: 1 }, council.tokens.host)).json,
    ).toMatchObject({ error: { reason: 'council.meetingInvalid' } });
    expect(
      (
        await call(
          'POST',
          councilPath('/meetings'),
          { title: 'x', scheduledAt: 1, topicIds: ['t999'] },
          council.tokens.host,
        )
      ).json,
    ).toMatchObject({ error: { reason: 'council.topicNotInPool' } });
    const m1 = await callMeeting('一月例会', Date.UTC(2026, 0, 5, 11), [topics.parking!, topics.lights!]);
    meetings.push(m1);
    expect(m1.topics.map((t) => t.topicId)).toEqual([topics.parking, topics.lights]);
    expect(m1.reviewed).toBe(0);

    const chair = await enter(m1.roomId, 'chair', council.tokens.host, 'in_room');
    expect(chair.welcome.you).toMatchObject({ role: 'host', memberId: people.chair.memberId });
    const state = chair.welcome.state;
    expect(Object.keys(state.members).sort()).toEqual(
      Object.values(people)
        .map((p) => p.memberId)
        .sort(),
    );
    expect(state.details).toMatchObject({
      place: '东巷小院',
      timeZone: 'Asia/Shanghai',
      scheduledAt: Date.UTC(2026, 0, 5, 11),
    });
    expect(state.agenda).toEqual([m1.reviewItemId, ...m1.topics.map((t) => t.itemId)]);
    expect(state.items[m1.reviewItemId]!.title).toContain('落实事项');
    expect(state.items[m1.topics[0]!.itemId]).toMatchObject({
      title: '东巷停车',
      supporters: [people.ana.memberId, people.bo.memberId],
    });
    expect(state.council).toMatchObject({ councilId: council.councilId, reviewItemId: m1.reviewItemId, reviewed: [] });
    const ana = await enter(m1.roomId, 'ana');
    expect(ana.welcome.you).toMatchObject({ role: 'participant', memberId: people.ana.memberId });
    // The member link alone, without a member secret, cannot pass for Ana.
    await expect(
      connect(suite.url, {
        roomId: m1.roomId,
        token: people.ana.meetingToken,
        memberId: people.ana.memberId,
        memberSecret: 'wrong',
      }),
    ).rejects.toThrow();
  });

  it('meeting 1 decides one topic and gives it an action item with a supervisor who has no stake', async () => {
    const m1 = meetings[0]!;
    const [chair, ana] = [open[0]!, open[1]!];
    const bo = await enter(m1.roomId, 'bo', undefined, 'in_room');
    const itemId = m1.topics[0]!.itemId;
    await ok(chair, { type: 'room.setPhase', phase: 'in_session' });
    await ok(chair, { type: 'agenda.activate', itemId });
    await ok(ana, { type: 'queue.raise' });
    await ok(chair, { type: 'queue.next' });
    await ok(ana, { type: 'speaker.end' });
    await ok(bo, { type: 'interest.declare', itemId, note: '我家车停在东巷' });
    await writeDraft(suite.url, m1.roomId, council.tokens.member, itemId, '东巷改为由北向南单行。');
    const roundId = (await ok(chair, { type: 'consensus.open', itemId }))!;
    await ok(ana, { type: 'consensus.vote', roundId, level: 4 });
    await ok(chair, { type: 'consensus.vote', roundId, level: 5 });
    await ok(chair, { type: 'consensus.close', roundId });
    const decisionId = (await ok(chair, { type: 'decision.record', roundId, statement: '东巷五月起单行' }))!;
    const create = {
      type: 'action.create',
      decisionId,
      title: '设置单行标志',
      owner: 'Ana',
      ownerMemberId: people.ana.memberId,
      tier: 'residents',
      dueDate: '2026-02-01',
    };
    expect(refusal(await chair.command({ ...create, supervisorMemberId: people.ana.memberId }))).toBe(
      'action.supervisorIsOwner',
    );
    expect(refusal(await chair.command({ ...create, supervisorMemberId: people.bo.memberId }))).toBe(
      'action.supervisorInterested',
    );
    expect(refusal(await chair.command({ ...create, supervisorMemberId: 'constructor' }))).toBe('member.unknown');
    actionId = (await ok(chair, { ...create, supervisorMemberId: people.wu.memberId }))!;
    await ok(chair, { type: 'room.setPhase', phase: 'adjourned' });
    for (const c of [chair, ana, bo]) c.close();
    // The whole roster is seated, but only those who came attended: 吴监督 never connected.
    const minutes = await call('GET', `/api/rooms/${m1.roomId}/minutes.md`, undefined, council.tokens.host);
    expect(minutes.text).toContain('**出席：** 3人');
    // The council's chair (joined through the host link) chairs its meetings: the minutes name them.
    expect(minutes.text).toContain('**主持人：** 张主任\n');
    expect(minutes.text).toContain('**现场（2人）：** 张主任（居委会/村委会）、Bo（专家）');
    expect(minutes.text).toContain('**远程（1人）：** Ana（村民）\n');
  });

  it('between meetings the owner updates the item, but cannot make it done alone', async () => {
    const ana = await enter(meetings[0]!.roomId, 'ana');
    await ok(ana, { type: 'action.update', actionId, status: 'in_progress', progress: 50, note: '标志已订购' });
    expect(refusal(await ana.command({ type: 'action.update', actionId, status: 'done' }))).toBe(
      'action.needsConfirmation',
    );
    ana.close();
  });

  it('meeting 2 reviews the open item first and carries over the undecided topic; its minutes list the review', async () => {
    const fresh = ((await councilCommand('bo', { type: 'topic.propose', title: '垃圾分类' })).json as { id: string })
      .id;
    const m2 = await callMeeting('二月例会', Date.UTC(2026, 1, 2, 11), [fresh]);
    meetings.push(m2);
    expect(m2.reviewed).toBe(1);
    expect(m2.topics).toEqual([
      { topicId: topics.lights, itemId: expect.any(String), carried: true },
      { topicId: fresh, itemId: expect.any(String), carried: false },
    ]);
    const chair = await enter(m2.roomId, 'chair', council.tokens.host);
    const { state } = chair.welcome;
    expect(state.agenda[0]).toBe(m2.reviewItemId);
    expect(state.items[m2.reviewItemId]!.description).toContain('设置单行标志');
    expect(state.items[m2.reviewItemId]!.description).toContain('50%');
    expect(state.council?.reviewed).toEqual([
      expect.objectContaining({
        roomId: meetings[0]!.roomId,
        actionId,
        title: '设置单行标志',
        progress: 50,
        status: 'in_progress',
        supervisor: '吴监督',
      }),
    ]);
    // The same person is the same member here too, and the rules of the last meeting carried on.
    const ana = await enter(m2.roomId, 'ana');
    expect(ana.welcome.you.memberId).toBe(people.ana.memberId);
    const minutes = await call('GET', `/api/rooms/${m2.roomId}/minutes.md`, undefined, council.tokens.host);
    expect(minutes.status).toBe(200);
    const review = minutes.text.slice(minutes.text.indexOf('## 回顾的落实事项'));
    expect(review).toMatch(/\| 设置单行标志 \| 一月例会 \| Ana \| 2026-02-01 \| 办理中（已逾期） \| 50% \| 吴监督 \|/);
    const board = CouncilBoard.parse((await call('GET', councilPath('/board'), undefined, council.tokens.member)).json);
    expect(board.topics.find((t) => t.id === topics.parking)?.status).toBe('settled');
    expect(board.topics.find((t) => t.id === topics.lights)?.meetings).toEqual([meetings[0]!.roomId, m2.roomId]);
    chair.close();
    ana.close();
  });

  it('during meeting 3 the supervisor confirms the item done, and only the supervisor can', async () => {
    const m3 = await callMeeting('三月例会', Date.UTC(2026, 2, 2, 11));
    meetings.push(m3);
    expect(m3.reviewed).toBe(1);
    const chair3 = await enter(m3.roomId, 'chair', council.tokens.host);
    await ok(chair3, { type: 'room.setPhase', phase: 'in_session' });
    await ok(chair3, { type: 'agenda.activate', itemId: m3.reviewItemId });
    const home = meetings[0]!.roomId;
    const chair1 = await enter(home, 'chair', council.tokens.host);
    expect(refusal(await chair1.command({ type: 'action.confirm', actionId }))).toBe('role.actionSupervisor');
    const ana = await enter(home, 'ana');
    expect(refusal(await ana.command({ type: 'action.confirm', actionId }))).toBe('role.actionSupervisor');
    const wu = await enter(home, 'wu');
    expect(wu.welcome.you).toMatchObject({ role: 'participant', memberId: people.wu.memberId });
    await ok(wu, { type: 'action.confirm', actionId });
    expect(refusal(await wu.command({ type: 'action.confirm', actionId }))).toBe('action.unchanged');
    await ok(chair1, { type: 'notice.publish' });

    const listed = await call('GET', councilPath('/actions'), undefined, council.tokens.observer);
    const { actions } = CouncilActions.parse(listed.json);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      id: actionId,
      roomId: home,
      meetingTitle: '一月例会',
      status: 'done',
      progress: 100,
      supervisor: '吴监督',
      confirmedBy: '吴监督',
      overdue: false,
    });
    expect(actions[0]!.timeline.map((e) => e.author)).toEqual(['Ana', '吴监督']);
    const minutes = await call('GET', `/api/rooms/${home}/minutes.md`, undefined, council.tokens.host);
    expect(minutes.text).toContain('确认人：吴监督');
    const notice = (await call('GET', `/api/rooms/${home}/notice`)).json as Notice;
    expect(notice.decisions[0]!.actions[0]).toMatchObject({ confirmedBy: '吴监督' });
    expect(notice.conveners).toEqual(['张主任']);
    // 吴监督 came to meeting 1 now (to confirm), so they count as attending it, remote.
    expect(notice.attendance).toEqual({ total: 4, inRoom: 2, remote: 2 });
    // Meeting 3: only the chair has connected; the rest of the roster is seated, not present.
    const minutes3 = await call('GET', `/api/rooms/${m3.roomId}/minutes.md`, undefined, council.tokens.host);
    expect(minutes3.text).toContain('**出席：** 1人');
    expect(minutes3.text).toContain('**远程（1人）：** 张主任（居委会/村委会）\n');
    expect(minutes3.text).toContain('**主持人：** 张主任\n');
    for (const name of ['Ana', 'Bo', '吴监督'])
      expect(minutes3.text).not.toMatch(new RegExp(`(现场|远程)[^\\n]*${name}`));
    // The public list shows only what published notices show.
    const publicList = CouncilActions.parse((await call('GET', councilPath('/actions'))).json);
    expect(publicList.actions.map((a) => a.id)).toEqual([actionId]);
    for (const c of [chair3, chair1, ana, wu]) c.close();
  });

  it('the summary lists the three meetings and the published notice; the office compares it', async () => {
    const summary = CouncilSummary.parse((await call('GET', councilPath())).json);
    expect(summary.meetings.map((m) => m.title)).toEqual(['一月例会', '二月例会', '三月例会']);
    expect(summary.notices).toEqual([
      expect.objectContaining({ roomId: meetings[0]!.roomId, url: `${suite.url}/notice/${meetings[0]!.roomId}` }),
    ]);
    expect((await call('GET', `/api/offices/${office.officeId}/report`)).status).toBe(401);
    expect((await call('GET', `/api/offices/${office.officeId}/report`, undefined, council.tokens.host)).status).toBe(
      403,
    );
    const res = await call('GET', `/api/offices/${office.officeId}/report`, undefined, office.token);
    expect(res.status).toBe(200);
    const report = OfficeReport.parse(res.json);
    expect(report.councils).toEqual([
      expect.objectContaining({
        councilId: council.councilId,
        meetingsCalled: 3,
        meetingsHeld: 2,
        distinctSpeakers: 1,
        speakersRemote: 1,
        groups: 1,
        decisionsWithActions: 1,
        decisionsWithoutActions: 0,
        actions: 1,
        actionsOverdue: 0,
        // 行难管 on the office's page: who supervises the item, and who confirmed it done.
        supervised: [{ title: '设置单行标志', meetingTitle: '一月例会', supervisor: '吴监督', confirmedBy: '吴监督' }],
      }),
    ]);
  });

  it('a host who joins the roster after meetings were called is seated as a host in them; an expert the host adds is not', async () => {
    const join = async (body: unknown) => {
      const res = await call('POST', councilPath('/members'), body, council.tokens.host);
      expect(res.status, res.text).toBe(201);
      return JoinedCouncil.parse(res.json);
    };
    const secretary = await join({ name: '李秘书' });
    const expert = await join({ name: '王工', expert: true });
    const m3 = meetings[2]!;
    const seen = await connect(suite.url, {
      roomId: m3.roomId,
      token: secretary.meetingToken,
      memberId: secretary.memberId,
      memberSecret: secretary.memberSecret,
    });
    open.push(seen);
    expect(seen.welcome.state.members[secretary.memberId]).toMatchObject({ role: 'host', name: '李秘书' });
    expect(seen.welcome.state.members[expert.memberId]).toMatchObject({ role: 'participant', group: 'expert' });
    // Now that 李秘书 came to meeting 3, its minutes name both hosts who came.
    const minutes3 = await call('GET', `/api/rooms/${m3.roomId}/minutes.md`, undefined, council.tokens.host);
    expect(minutes3.text).toContain('**主持人：** 张主任、李秘书\n');
    seen.close();
  });
});

describe('replacing a leaked council link', () => {
  const rotate = (role: string, token: string) => call('POST', councilPath(`/links/${role}/rotate`), undefined, token);
  const tokenOf = (link: string) => new URL(link).hash.slice('#t='.length);

  it('refuses anyone but the host, and a role that is not a council link', async () => {
    expect((await rotate('member', council.tokens.member)).json).toMatchObject({ error: { reason: 'role.hostOnly' } });
    expect((await rotate('member', 'wrong')).status).toBe(403);
    expect((await call('POST', councilPath('/links/member/rotate'))).status).toBe(401);
    expect((await rotate('participant', council.tokens.host)).json).toMatchObject({
      error: { reason: 'links.badRole' },
    });
    // Nothing changed: the links are as they were.
    const links = CouncilLinks.parse((await call('GET', councilPath('/links'), undefined, council.tokens.host)).json);
    expect(links).toEqual(council.links);
  });

  it('replaces the member link: the old one opens neither the council nor its meetings, and its sockets are closed', async () => {
    const m3 = meetings[2]!;
    const before = await enter(m3.roomId, 'ana');
    const closed = new Promise((resolve) => before.socket.once('disconnect', resolve));
    const res = await rotate('member', council.tokens.host);
    expect(res.status, res.text).toBe(200);
    const links = CouncilLinks.parse(res.json);
    const member = tokenOf(links.member);
    expect(member).not.toBe(council.tokens.member);
    expect({ ...links, member: council.links.member }).toEqual(council.links);
    await closed;
    const old = council.tokens.member;
    expect((await call('GET', councilPath('/board'), undefined, old)).status).toBe(403);
    expect((await call('POST', councilPath('/members'), { name: 'Late' }, old)).status).toBe(403);
    const { memberId, memberSecret } = people.ana;
    for (const roomId of meetings.map((m) => m.roomId)) {
      await expect(connect(suite.url, { roomId, token: old, memberId, memberSecret })).rejects.toThrow();
    }
    // Ana, with the new link from the host, is Ana again in every meeting; her board says which token opens them.
    const board = CouncilBoard.parse((await call('GET', councilPath('/board'), undefined, member)).json);
    expect(board).toMatchObject({ role: 'member', meetingToken: member });
    const supervisorBoard = CouncilBoard.parse(
      (await call('GET', councilPath('/board'), undefined, council.tokens.supervisor)).json,
    );
    expect(supervisorBoard.meetingToken).toBe(member);
    const again = await enter(m3.roomId, 'ana', member);
    expect(again.welcome.you).toMatchObject({ role: 'participant', memberId: people.ana.memberId });
    const joined = JoinedCouncil.parse(
      (await call('POST', councilPath('/members'), { name: '新成员' }, council.tokens.supervisor)).json,
    );
    expect(joined.meetingToken).toBe(member);
    council.tokens.member = member;
    council.links.member = links.member;
  });

  it('replaces the host link: the old one stops working, the new one calls meetings and opens them as host', async () => {
    const res = await rotate('host', council.tokens.host);
    expect(res.status, res.text).toBe(200);
    const links = CouncilLinks.parse(res.json);
    const host = tokenOf(links.host);
    const old = council.tokens.host;
    expect((await call('GET', councilPath('/links'), undefined, old)).status).toBe(403);
    expect((await rotate('observer', old)).status).toBe(403);
    expect(CouncilLinks.parse((await call('GET', councilPath('/links'), undefined, host)).json)).toEqual(links);
    const { memberId, memberSecret } = people.chair;
    await expect(
      connect(suite.url, { roomId: meetings[0]!.roomId, token: old, memberId, memberSecret }),
    ).rejects.toThrow();
    const chair = await connect(suite.url, { roomId: meetings[0]!.roomId, token: host, memberId, memberSecret });
    open.push(chair);
    expect(chair.welcome.you).toMatchObject({ role: 'host', memberId });
    const res4 = await call('POST', councilPath('/meetings'), { title: '四月例会', scheduledAt: 1 }, host);
    expect(res4.status, res4.text).toBe(201);
    const m4 = CreatedMeeting.parse(res4.json);
    expect(tokenOf(m4.links.host)).toBe(host);
    expect(tokenOf(m4.links.participant)).toBe(council.tokens.member);
  });
});
