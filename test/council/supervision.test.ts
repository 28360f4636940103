/**
 * Supervision from the council page (行难管, issue 26), through the real server with real clients:
 * the host names a supervisor for an action item of meeting 1, then (meeting 2 called, or none in
 * session) the supervisor confirms it from the council (`POST …/actions/confirm`): exactly once,
 * only the supervisor, refused once they declared an interest in the topic, and no arrival in the
 * meeting it belongs to. The board shows who supervises and whether they may confirm.
 */
import type { CommandAck } from '@dr/shared';
import { CouncilBoard, CreatedCouncil, CreatedMeeting, JoinedCouncil } from '@dr/shared/council';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, httpCall, ok, type TestClient } from '../support/clients.js';
import { decisionOn } from '../support/rounds.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
let council: CreatedCouncil;
const people: Record<'chair' | 'ana' | 'wu' | 'li', JoinedCouncil> = {} as never;
const open: TestClient[] = [];
let m1: CreatedMeeting;
let chair: TestClient;
let actionId = '';
let itemId = '';

/** A request to this council's routes (`path` under /api/councils/:id). */
const call = (path: string, body?: unknown, token?: string, method = body === undefined ? 'GET' : 'POST') =>
  httpCall(suite.url, method, `/api/councils/${council?.councilId ?? ''}${path}`, body, token);

const asMember = (who: keyof typeof people) => ({
  memberId: people[who].memberId,
  memberSecret: people[who].memberSecret,
});
const confirm = (who: keyof typeof people, extra: Record<string, unknown> = {}, token = council.tokens.supervisor) =>
  call('/actions/confirm', { roomId: m1.roomId, actionId, ...asMember(who), ...extra }, token);
const board = async () => CouncilBoard.parse((await call('/board', undefined, council.tokens.member)).json);
const reason = (ack: CommandAck) => (ack.ok ? 'accepted' : ack.error.reason);

beforeAll(async () => {
  const made = await fetch(`${suite.url}/api/councils`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'East lane council', locale: 'en', timeZone: 'Asia/Shanghai' }),
  });
  council = CreatedCouncil.parse(await made.json());
  const join = async (token: string, name: string) =>
    JoinedCouncil.parse((await call('/members', { name }, token)).json);
  people.chair = await join(council.tokens.host, 'Chair Zhang');
  people.ana = await join(council.tokens.member, 'Ana');
  people.wu = await join(council.tokens.supervisor, 'Wu');
  people.li = await join(council.tokens.member, 'Li');
  const meeting = await call(
    '/meetings',
    { title: 'January', scheduledAt: Date.UTC(2026, 0, 5, 11) },
    council.tokens.host,
  );
  m1 = CreatedMeeting.parse(meeting.json);
});

afterAll(() => {
  for (const c of open) c.close();
});

async function enter(who: keyof typeof people, token = people[who].meetingToken): Promise<TestClient> {
  const { memberId, memberSecret } = people[who];
  const client = await connect(suite.url, { roomId: m1.roomId, token, memberId, memberSecret, presence: 'in_room' });
  open.push(client);
  return client;
}

describe('supervision from the council page', () => {
  it('the host names a supervisor with no stake for a decision’s action item', async () => {
    chair = await enter('chair', council.tokens.host);
    const ana = await enter('ana');
    const decided = await decisionOn(suite.url, { roomId: m1.roomId, token: council.tokens.member }, chair, ana, {
      topic: 'One-way lane',
      text: 'The lane is one-way from May.',
      statement: 'One-way from May',
    });
    itemId = decided.itemId;
    const { decisionId } = decided;
    const create = {
      type: 'action.create',
      decisionId,
      title: 'Paint the signs',
      owner: 'Ana',
      ownerMemberId: people.ana.memberId,
      tier: 'residents',
      dueDate: '2026-02-01',
    };
    expect(reason(await chair.command({ ...create, supervisorMemberId: people.ana.memberId }))).toBe(
      'action.supervisorIsOwner',
    );
    actionId = (await ok(chair, { ...create, supervisorMemberId: people.wu.memberId }))!;
    await ok(chair, { type: 'room.setPhase', phase: 'adjourned' });
    const item = (await board()).actions.find((a) => a.id === actionId);
    expect(item).toMatchObject({ supervisor: 'Wu', supervisorId: people.wu.memberId, confirmBar: null });
  });

  it('only the supervisor confirms from the council, without a meeting in session; refusals change nothing', async () => {
    expect((await call('/actions/confirm', { roomId: m1.roomId, actionId, ...asMember('wu') })).status).toBe(401);
    const observer = await confirm('wu', {}, council.tokens.observer);
    expect(observer.json).toMatchObject({ error: { reason: 'role.observer' } });
    expect((await confirm('wu', { memberSecret: 'wrong' })).json).toMatchObject({
      error: { reason: 'council.rejoin' },
    });
    expect((await confirm('li', {}, council.tokens.member)).json).toMatchObject({
      error: { reason: 'role.actionSupervisor' },
    });
    expect((await confirm('wu', { roomId: 'r-elsewhere' })).json).toMatchObject({
      error: { reason: 'council.meetingUnknown' },
    });
    expect((await confirm('wu', { actionId: 'constructor' })).status).toBe(404);
    expect((await confirm('wu', { note: 'x'.repeat(5000) })).status).toBe(400);
    expect((await confirm('wu', { stray: 1 })).json).toMatchObject({ error: { reason: 'request.unknownField' } });
    expect((await board()).actions.find((a) => a.id === actionId)).toMatchObject({ status: 'planned' });
  });

  it('a supervisor who declared an interest since being named is refused with the reason creation gives', async () => {
    const wu = await enter('wu');
    await ok(wu, { type: 'interest.declare', itemId, note: 'My cousin paints the signs' });
    expect((await board()).actions.find((a) => a.id === actionId)?.confirmBar).toBe('action.supervisorInterested');
    const refused = await confirm('wu');
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ error: { reason: 'action.supervisorInterested' } });
    expect(reason(await wu.command({ type: 'action.confirm', actionId }))).toBe('action.supervisorInterested');
    await ok(wu, { type: 'interest.withdraw', itemId });
    wu.close();
  });

  it('confirms exactly once with a note, in the timeline, and is no arrival in that meeting', async () => {
    // Li never came to meeting 1; the host names Li instead of Wu, and Li confirms from the council.
    await ok(chair, { type: 'action.supervise', actionId, supervisorMemberId: people.li.memberId });
    const confirmed = await confirm(
      'li',
      { note: 'Signs checked on the lane', requestId: 'req-confirm-01' },
      council.tokens.member,
    );
    expect(confirmed.status, confirmed.text).toBe(200);
    const again = await confirm(
      'li',
      { note: 'Signs checked on the lane', requestId: 'req-confirm-01' },
      council.tokens.member,
    );
    expect(again.json).toMatchObject({ ok: true, replayed: true });
    expect((await confirm('li', {}, council.tokens.member)).json).toMatchObject({
      error: { reason: 'action.unchanged' },
    });
    const item = (await board()).actions.find((a) => a.id === actionId)!;
    expect(item).toMatchObject({ status: 'done', progress: 100, supervisor: 'Li', confirmedBy: 'Li' });
    expect(item.timeline.filter((e) => e.author === 'Li')).toEqual([
      expect.objectContaining({ status: 'done', note: 'Signs checked on the lane' }),
    ]);
    const live = await enter('chair', council.tokens.host);
    const li = live.welcome.state.members[people.li.memberId]!;
    expect(li.arrivedAt).toBeNull();
  });
});
