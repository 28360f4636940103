/**
 * Web push to a council's roster members (issue 29, part 4), through the real server and a real push
 * service on localhost (support/pushReceiver.ts) that checks the VAPID signature and decrypts each
 * payload with the device's keys (RFC 8291). Subscribing and its refusals, each kind of notification
 * in the subscriber's language, a device the push service calls gone (410) dropped, unsubscribing,
 * and the reminders' scheduler: kept across a restart and run once by two servers on one store.
 * Time is the server's injected clock, moved by the test; the scheduler looks only when told (`tick`).
 */
import { CreatedCouncil, CreatedMeeting, JoinedCouncil, PushKey, type BrowserSubscription } from '@dr/shared/council';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, httpCall, ok, type TestClient } from '../support/clients.js';
import { decisionOn } from '../support/rounds.js';
import { PushReceiver } from '../support/pushReceiver.js';
import { serverSuite } from '../support/serverSuite.js';
import type { ServerOptions, TestServer } from '../support/testServer.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
let now = Date.UTC(2026, 2, 2, 1); // 09:00 in Shanghai, 2 March 2026
const suite = serverSuite({ server: false });
const receiver = new PushReceiver();
let server: TestServer;
let council: CreatedCouncil;
const people: Record<'chair' | 'ana' | 'wu', JoinedCouncil> = {} as never;
const devices: Record<'ana' | 'wu', { id: string; subscription: BrowserSubscription }> = {} as never;
let meeting: CreatedMeeting;
const open: TestClient[] = [];

const options = (): ServerOptions => ({ clock: () => now, push: { agent: receiver.agent!, schedulerEveryMs: 0 } });

const call = (path: string, body?: unknown, token?: string, method = body === undefined ? 'GET' : 'POST') =>
  httpCall(server.url, method, path, body, token);
const councilPath = (path: string) => `/api/councils/${council.councilId}${path}`;
const asMember = (who: keyof typeof people) => ({
  memberId: people[who].memberId,
  memberSecret: people[who].memberSecret,
});
const subscribe = (who: 'ana' | 'wu', locale: string, subscription: unknown, token = people[who].meetingToken) =>
  call(councilPath('/push'), { ...asMember(who), locale, subscription }, token);
const stored = async (memberId?: string) =>
  (await server.store.push.subscriptionsOf(council.councilId, memberId ? [memberId] : undefined)).length;

beforeAll(async () => {
  await receiver.start();
  server = await suite.startServer(undefined, 0, options());
  const made = await call('/api/councils', { name: '东巷议事会', locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
  council = CreatedCouncil.parse(made.json);
  const join = async (token: string, name: string) =>
    JoinedCouncil.parse((await call(councilPath('/members'), { name }, token)).json);
  people.chair = await join(council.tokens.host, 'Chair Zhang');
  people.ana = await join(council.tokens.member, 'Ana');
  people.wu = await join(council.tokens.supervisor, '吴');
  devices.ana = receiver.subscribe();
  devices.wu = receiver.subscribe();
});

afterAll(async () => {
  for (const client of open) client.close();
  await receiver.stop();
});

describe('subscribing', () => {
  it('publishes the VAPID public key', async () => {
    const { publicKey } = PushKey.parse((await call('/api/push/key')).json);
    expect(Buffer.from(publicKey, 'base64url')).toHaveLength(65);
  });

  it('refuses what is not a roster member’s valid subscription, and keeps nothing', async () => {
    const good = devices.ana.subscription;
    const refusals = [
      [await subscribe('ana', 'en', good, council.tokens.observer), 403, 'role.observer'],
      [await call(councilPath('/push'), { ...asMember('ana'), memberSecret: 'x', locale: 'en', subscription: good }, people.ana.meetingToken), 403, 'council.rejoin'],
      [await subscribe('ana', 'en', { ...good, endpoint: good.endpoint.replace('https:', 'http:') }), 400, 'push.subscriptionInvalid'],
      [await subscribe('ana', 'en', { ...good, endpoint: `https://push.example/${'x'.repeat(1100)}` }), 400, 'push.subscriptionInvalid'],
      [await subscribe('ana', 'en', { ...good, keys: { ...good.keys, p256dh: 'short' } }), 400, 'push.subscriptionInvalid'],
      [await subscribe('ana', 'fr', good), 400, 'push.subscriptionInvalid'],
      [await subscribe('ana', 'en', { ...good, stray: 1 }), 400, 'request.unknownField'],
    ] as const; // prettier-ignore
    for (const [answer, status, reason] of refusals) {
      expect(answer.status).toBe(status);
      expect(answer.json).toMatchObject({ error: { reason } });
    }
    expect((await call(councilPath('/push'), { ...asMember('ana'), locale: 'en', subscription: good })).status).toBe(
      401,
    );
    expect(await stored()).toBe(0);
  });

  it('keeps one subscription per device, in the member’s language', async () => {
    expect((await subscribe('ana', 'zh-CN', devices.ana.subscription)).json).toEqual({ ok: true, subscribed: true });
    // The same device again (language changed): replaced, not added.
    expect((await subscribe('ana', 'en', devices.ana.subscription)).status).toBe(201);
    expect((await subscribe('wu', 'zh-CN', devices.wu.subscription, council.tokens.supervisor)).status).toBe(201);
    expect(await stored(people.ana.memberId)).toBe(1);
    expect(await stored()).toBe(2);
  });
});

describe('notifications', () => {
  it('a meeting called reaches every member, each in their language, signed with the server’s key', async () => {
    const scheduledAt = now + 3 * DAY;
    const called = await call(councilPath('/meetings'), { title: '三月例会', scheduledAt }, council.tokens.host);
    meeting = CreatedMeeting.parse(called.json);
    const [ana] = await receiver.forDevice(devices.ana.id);
    const [wu] = await receiver.forDevice(devices.wu.id);
    expect(ana).toMatchObject({
      kind: 'meetingCalled',
      title: '东巷议事会: meeting called',
      url: `/c/${council.councilId}`,
    });
    expect(ana!.body).toMatch(/^三月例会 · Thu, Mar 5, 09:00/);
    expect(wu).toMatchObject({ kind: 'meetingCalled', title: '东巷议事会：召开会议' });
    expect(wu!.body).toMatch(/^三月例会 · 3月5日周四 09:00/);
    const { publicKey } = PushKey.parse((await call('/api/push/key')).json);
    expect(receiver.received.every((r) => r.vapidKey === publicKey && r.ttl > 0)).toBe(true);
  });

  it('an action item: to its owner when given, to its supervisor when reported done', async () => {
    const enter = async (who: keyof typeof people, token = people[who].meetingToken) => {
      const client = await connect(server.url, {
        roomId: meeting.roomId,
        token,
        ...asMember(who),
        presence: 'in_room',
      });
      open.push(client);
      return client;
    };
    const chair = await enter('chair', council.tokens.host);
    const ana = await enter('ana');
    const { decisionId } = await decisionOn(
      server.url,
      { roomId: meeting.roomId, token: council.tokens.member },
      chair,
      ana,
      { topic: 'Lane lights', text: 'Two lights on the east lane.', statement: 'Two lights' },
    );
    const actionId = (await ok(chair, {
      type: 'action.create',
      decisionId,
      title: 'Buy the lights',
      owner: 'Ana',
      ownerMemberId: people.ana.memberId,
      supervisorMemberId: people.wu.memberId,
      tier: 'residents',
      dueDate: '2026-03-10',
    }))!;
    const assigned = (await receiver.forDevice(devices.ana.id, 2))[1];
    expect(assigned).toMatchObject({ kind: 'actionAssigned', body: 'Buy the lights · Due date: 2026-03-10' });
    await ok(ana, { type: 'action.update', actionId, progress: 100 });
    const toConfirm = (await receiver.forDevice(devices.wu.id, 2))[1];
    expect(toConfirm).toMatchObject({
      kind: 'actionToConfirm',
      title: '东巷议事会：待您作为监督人确认',
      body: 'Buy the lights · 办结时限：2026-03-10',
      url: `/c/${council.councilId}?view=supervision`,
    });
    await ok(chair, { type: 'notice.publish' });
    const notice = (await receiver.forDevice(devices.wu.id, 3))[2];
    expect(notice).toMatchObject({
      kind: 'noticePublished',
      title: '东巷议事会：发布公示',
      url: `/notice/${meeting.roomId}`,
    });
    expect((await receiver.forDevice(devices.ana.id, 3))[2]).toMatchObject({ kind: 'noticePublished' });
  });
});

describe('the scheduler', () => {
  it('keeps reminders across a restart and runs each once on two servers sharing the store', async () => {
    expect(await server.app.push!.scheduler.tick()).toBe(0); // nothing due yet
    await server.stop();
    server = await suite.startServer(server.dataDir, 0, options());
    const other = await suite.startServer(server.dataDir, 0, options());
    // The day before the meeting (5 March, 09:00 Shanghai): one reminder, by one of the two.
    now = Date.UTC(2026, 2, 4, 1, 30);
    const ran = await Promise.all([server.app.push!.scheduler.tick(), other.app.push!.scheduler.tick()]);
    expect(ran[0] + ran[1]).toBe(1);
    const tomorrow = (await receiver.forDevice(devices.ana.id, 4))[3];
    expect(tomorrow).toMatchObject({ kind: 'meetingTomorrow', title: '东巷议事会: meeting tomorrow' });
    expect((await receiver.forDevice(devices.wu.id, 4))[3]).toMatchObject({ kind: 'meetingTomorrow' });
    // Due soon from the start of 9 March in Shanghai: once, whoever looks.
    now = Date.UTC(2026, 2, 8, 16, 30);
    const dueSoon = await Promise.all([server.app.push!.scheduler.tick(), other.app.push!.scheduler.tick()]);
    expect(dueSoon[0] + dueSoon[1]).toBe(1);
    expect((await receiver.forDevice(devices.ana.id, 5))[4]).toMatchObject({ kind: 'actionDueSoon' });
    // Overdue from 11 March: the owner and the supervisor.
    now = Date.UTC(2026, 2, 10, 16, 30);
    await Promise.all([server.app.push!.scheduler.tick(), other.app.push!.scheduler.tick()]);
    expect((await receiver.forDevice(devices.ana.id, 6))[5]).toMatchObject({
      kind: 'actionOverdue',
      title: '东巷议事会: past its due date',
    });
    expect((await receiver.forDevice(devices.wu.id, 5))[4]).toMatchObject({
      kind: 'actionOverdue',
      title: '东巷议事会：已超过办结时限',
    });
    expect(await Promise.all([server.app.push!.scheduler.tick(), other.app.push!.scheduler.tick()])).toEqual([0, 0]);
    await other.stop();
    expect(receiver.of(devices.ana.id).map((m) => m.kind)).toEqual([
      'meetingCalled', 'actionAssigned', 'noticePublished', 'meetingTomorrow', 'actionDueSoon', 'actionOverdue',
    ]); // prettier-ignore
  });
});

describe('leaving', () => {
  it('a device the push service calls gone (410) is dropped; unsubscribing stops the rest', async () => {
    receiver.gone(devices.ana.id);
    const host = await connect(server.url, {
      roomId: meeting.roomId,
      token: council.tokens.host,
      ...asMember('chair'),
    });
    open.push(host);
    await ok(host, { type: 'notice.unpublish' });
    await ok(host, { type: 'notice.publish' });
    expect((await receiver.forDevice(devices.wu.id, 6))[5]).toMatchObject({ kind: 'noticePublished' });
    await expect.poll(() => stored(people.ana.memberId)).toBe(0);
    // Someone else's device cannot be switched off by its endpoint alone.
    const other = { ...asMember('ana'), endpoint: devices.wu.subscription.endpoint };
    expect((await call(councilPath('/push'), other, people.ana.meetingToken, 'DELETE')).json).toEqual({
      ok: true,
      subscribed: false,
    });
    expect(await stored(people.wu.memberId)).toBe(1);
    const mine = { ...asMember('wu'), endpoint: devices.wu.subscription.endpoint };
    expect((await call(councilPath('/push'), mine, council.tokens.supervisor, 'DELETE')).json).toEqual({
      ok: true,
      subscribed: false,
    });
    expect(await stored()).toBe(0);
  });

  it('keeps at most ten devices per member', async () => {
    const chair = (subscription: BrowserSubscription) =>
      call(councilPath('/push'), { ...asMember('chair'), locale: 'en', subscription }, council.tokens.host);
    const devicesOfChair = Array.from({ length: 11 }, () => receiver.subscribe().subscription);
    for (const device of devicesOfChair.slice(0, 10)) expect((await chair(device)).status).toBe(201);
    const eleventh = await chair(devicesOfChair[10]!);
    expect(eleventh).toMatchObject({
      status: 409,
      json: { error: { reason: 'push.tooManyDevices', params: { max: 10 } } },
    });
    expect((await chair(devicesOfChair[0]!)).status).toBe(201); // one of the ten again: still fine
    expect(await stored(people.chair.memberId)).toBe(10);
  });
});
