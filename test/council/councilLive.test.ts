/**
 * Issue 26 §2 through the real server with real clients: a council page's live connection
 * (`/councils`) is told when the council or one of its meetings changed (a topic proposed, a meeting
 * called, a meeting opened) and refuses a token that opens nothing; the office's
 * token opens its council as an observer; a roster member who says where they take part arrives
 * there; pool topics are added to a meeting already called, once, and never to one that is over.
 */
import {
  AddedMeetingTopics,
  CouncilBoard,
  CreatedCouncil,
  CreatedMeeting,
  CreatedOffice,
  JoinedCouncil,
} from '@dr/shared/council';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, ok, type TestClient } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
const open: { close(): void }[] = [];
afterAll(() => {
  for (const c of open) c.close();
});

async function call(path: string, body: unknown, token?: string): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${suite.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function must<T>(path: string, body: unknown, token?: string): Promise<T> {
  const { status, json } = await call(path, body, token);
  if (status >= 300) throw new Error(`${path}: ${status} ${JSON.stringify(json)}`);
  return json as T;
}

/** A council page's live connection; `changes` counts the notices it was told. */
function watch(councilId: string, token: string): Promise<{ socket: Socket; changes: () => number }> {
  const socket = io(`${suite.url}/councils`, {
    auth: { councilId, token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  open.push(socket);
  let changes = 0;
  socket.on('councilChanged', ({ councilId: id }: { councilId: string }) => {
    if (id === councilId) changes += 1;
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, changes: () => changes }));
    socket.once('connect_error', reject);
  });
}

let office: CreatedOffice;
let council: CreatedCouncil;
let ana: JoinedCouncil;
let base: string;
const topics: Record<string, string> = {};

beforeAll(async () => {
  office = CreatedOffice.parse(await must('/api/offices', { name: 'Chengguan Street Office' }));
  council = CreatedCouncil.parse(
    await must(
      '/api/councils',
      { name: 'East Lane Council', locale: 'en', timeZone: 'Asia/Shanghai', officeId: office.officeId },
      office.token,
    ),
  );
  base = `/api/councils/${council.councilId}`;
  ana = JoinedCouncil.parse(await must(`${base}/members`, { name: 'Ana Wu' }, council.tokens.member));
  for (const title of ['Parking', 'Street lights', 'Benches']) {
    const { id } = await must<{ id: string }>(
      `${base}/commands`,
      { command: { type: 'topic.propose', title }, memberId: ana.memberId, memberSecret: ana.memberSecret },
      council.tokens.member,
    );
    topics[title] = id;
  }
});

describe('a council page kept live', () => {
  it('is told when a topic is proposed, a meeting called and a meeting opened', async () => {
    const member = await watch(council.councilId, council.tokens.member);
    const observer = await watch(council.councilId, council.tokens.observer);
    await must(
      `${base}/commands`,
      { command: { type: 'topic.propose', title: 'Trees' }, memberId: ana.memberId, memberSecret: ana.memberSecret },
      council.tokens.member,
    );
    await expect.poll(() => member.changes()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => observer.changes()).toBeGreaterThanOrEqual(1);

    const meeting = CreatedMeeting.parse(
      await must(
        `${base}/meetings`,
        { title: 'May meeting', scheduledAt: Date.UTC(2099, 4, 1), topicIds: [topics['Parking']!] },
        council.tokens.host,
      ),
    );
    const afterCall = member.changes();
    expect(afterCall).toBeGreaterThanOrEqual(1);

    // In the meeting: its phase is on the board.
    const host = await connect(suite.url, { roomId: meeting.roomId, token: council.tokens.host });
    open.push(host);
    await ok(host, { type: 'room.setPhase', phase: 'in_session' });
    await expect.poll(() => member.changes()).toBeGreaterThan(afterCall);
    const board = CouncilBoard.parse(
      await (
        await fetch(`${suite.url}${base}/board`, { headers: { authorization: `Bearer ${council.tokens.member}` } })
      ).json(),
    );
    expect(board.meetings.find((m) => m.roomId === meeting.roomId)?.phase).toBe('in_session');
  });

  it('refuses a token that opens nothing, and opens with the office’s token', async () => {
    await expect(watch(council.councilId, 'not-a-token-of-this-council')).rejects.toMatchObject({
      data: { code: 'bad_token' },
    });
    await expect(watch('no-such-council', council.tokens.member)).rejects.toMatchObject({
      data: { code: 'not_found' },
    });
    await expect(watch(council.councilId, office.token)).resolves.toBeDefined();
    const board = await fetch(`${suite.url}${base}/board`, { headers: { authorization: `Bearer ${office.token}` } });
    expect(await board.json()).toMatchObject({ role: 'observer', meetingToken: null, name: 'East Lane Council' });
  });
});

describe('a roster member entering a meeting', () => {
  it('arrives where they said they take part', async () => {
    const bo = JoinedCouncil.parse(await must(`${base}/members`, { name: 'Bo Li' }, council.tokens.member));
    const meeting = CreatedMeeting.parse(
      await must(`${base}/meetings`, { title: 'June meeting', scheduledAt: Date.UTC(2099, 5, 1) }, council.tokens.host),
    );
    const watcher = await connect(suite.url, { roomId: meeting.roomId, token: council.tokens.host });
    open.push(watcher);
    const seat = watcher.welcome.state.members[bo.memberId]!;
    expect(seat).toMatchObject({ presence: 'remote', arrivedAt: null });
    const client: TestClient = await connect(suite.url, {
      roomId: meeting.roomId,
      token: bo.meetingToken,
      memberId: bo.memberId,
      memberSecret: bo.memberSecret,
      presence: 'in_room',
    });
    open.push(client);
    const arrived = await watcher.waitForEvent((e) => e.type === 'member.arrived' && e.memberId === bo.memberId);
    expect(arrived).toMatchObject({ presence: 'in_room' });
  });
});

describe('pool topics added to a meeting already called', () => {
  it('go to the end of its agenda once, and are no longer in the pool', async () => {
    const meeting = CreatedMeeting.parse(
      await must(`${base}/meetings`, { title: 'July meeting', scheduledAt: Date.UTC(2099, 6, 1) }, council.tokens.host),
    );
    const watcher = await connect(suite.url, { roomId: meeting.roomId, token: council.tokens.host });
    open.push(watcher);
    const path = `${base}/meetings/${meeting.roomId}/topics`;
    const lights = topics['Street lights']!;
    // Only the host link adds; a topic must be chosen; a topic on an agenda already is not in the pool.
    expect((await call(path, { topicIds: [lights] }, council.tokens.member)).status).toBe(403);
    expect(await call(path, { topicIds: [] }, council.tokens.host)).toMatchObject({
      status: 400,
      json: { error: { reason: 'council.topicsNeeded' } },
    });
    expect(await call(path, { topicIds: [topics['Parking']] }, council.tokens.host)).toMatchObject({
      status: 409,
      json: { error: { reason: 'council.topicNotInPool' } },
    });
    expect((await call(`${base}/meetings/elsewhere/topics`, { topicIds: [lights] }, council.tokens.host)).status).toBe(
      404,
    );

    const added = AddedMeetingTopics.parse(await must(path, { topicIds: [lights, lights] }, council.tokens.host));
    expect(added.topics).toHaveLength(1);
    const { itemId } = added.topics[0]!;
    const proposed = await watcher.waitForEvent((e) => e.type === 'agenda.proposed' && e.itemId === itemId);
    expect(proposed).toMatchObject({ title: 'Street lights' });
    await watcher.waitForEvent((e) => e.type === 'agenda.scheduled' && e.itemId === itemId);
    // Taken: asking again is refused and adds nothing.
    expect((await call(path, { topicIds: [lights] }, council.tokens.host)).status).toBe(409);
    const board = CouncilBoard.parse(
      await (
        await fetch(`${suite.url}${base}/board`, { headers: { authorization: `Bearer ${council.tokens.host}` } })
      ).json(),
    );
    expect(board.topics.find((t) => t.id === lights)).toMatchObject({
      status: 'scheduled',
      meetings: [meeting.roomId],
    });

    // Over: a meeting adjourned takes nothing more.
    await ok(watcher, { type: 'room.setPhase', phase: 'in_session' });
    await ok(watcher, { type: 'room.setPhase', phase: 'adjourned' });
    expect(await call(path, { topicIds: [topics['Benches']] }, council.tokens.host)).toMatchObject({
      status: 409,
      json: { error: { reason: 'council.meetingOver' } },
    });
    // The one item added, and nothing after the refusals.
    expect(watcher.received.filter((e) => e.type === 'agenda.proposed')).toHaveLength(1);
  });
});
