/**
 * Disclosures and the council's calendar (村务公开, 五定: 定时间; issue 29 parts 2 and 3), through the
 * real server with real clients: the council's settings, a meeting's resolution due and then overdue
 * on the office's list across two councils (the server's clock moved forward: the `clock` option,
 * which the routes read; events keep their real times), the notice published for the council's
 * default period (the online notice and the poster say it), the 10-day warning for a 村民会议, and
 * calendar.ics parsed with ical.js: its VTIMEZONE, TZIDs, times and all-day disclosure days.
 */
import { addDays, localDate, Notice } from '@dr/shared';
import {
  CouncilSummary,
  CreatedCouncil,
  CreatedMeeting,
  CreatedOffice,
  JoinedCouncil,
  OfficeReport,
} from '@dr/shared/council';
import ICAL from 'ical.js';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, httpCall, ok, type TestClient } from '../support/clients.js';
import { decisionOn } from '../support/rounds.js';
import { serverSuite } from '../support/serverSuite.js';

const DAY = 86_400_000;
const ZONE = 'Asia/Shanghai';
/**
 * How far the server's clock is ahead of the real one (ms): the routes read it, the rooms do not.
 * It only grows: the door's request limits read the same clock, and a clock going back stalls them.
 */
let ahead = 0;
const now = () => Date.now() + ahead;
const suite = serverSuite({ server: { clock: () => Date.now() + ahead } });
const open: TestClient[] = [];
let office: CreatedOffice;
let east: CreatedCouncil;
let west: CreatedCouncil;
let eastMeeting: CreatedMeeting;
let westMeeting: CreatedMeeting;
/** The day (in Shanghai) east's meeting recorded its decision. */
let decidedDay = '';

const call = (path: string, body?: unknown, token?: string) =>
  httpCall(suite.url, body === undefined ? 'GET' : 'POST', path, body, token);

async function councilOf(name: string): Promise<CreatedCouncil> {
  const body = { name, locale: 'en', timeZone: ZONE, place: 'Village hall', officeId: office.officeId };
  return CreatedCouncil.parse((await call('/api/councils', body, office.token)).json);
}

/** A meeting of `council` that decides one topic (Ana supports it); the host stays connected. */
async function decidedMeeting(council: CreatedCouncil, title: string, scheduledAt: number) {
  const base = `/api/councils/${council.councilId}`;
  const chair = JoinedCouncil.parse((await call(`${base}/members`, { name: 'Chair' }, council.tokens.host)).json);
  const ana = JoinedCouncil.parse((await call(`${base}/members`, { name: 'Ana' }, council.tokens.member)).json);
  const meeting = CreatedMeeting.parse(
    (await call(`${base}/meetings`, { title, scheduledAt }, council.tokens.host)).json,
  );
  const enter = async (who: JoinedCouncil, token: string) => {
    const auth = { roomId: meeting.roomId, token, memberId: who.memberId, memberSecret: who.memberSecret };
    const client = await connect(suite.url, { ...auth, presence: 'in_room' });
    open.push(client);
    return client;
  };
  const host = await enter(chair, council.tokens.host);
  const member = await enter(ana, ana.meetingToken);
  await decisionOn(suite.url, { roomId: meeting.roomId, token: council.tokens.member }, host, member, {
    topic: 'Street lights',
    text: 'Four new street lights by March.',
    statement: 'Four lights',
  });
  await ok(host, { type: 'room.setPhase', phase: 'adjourned' });
  return { meeting, host };
}

async function summary(council: CreatedCouncil): Promise<CouncilSummary> {
  return CouncilSummary.parse((await call(`/api/councils/${council.councilId}`)).json);
}
async function report(): Promise<OfficeReport> {
  return OfficeReport.parse((await call(`/api/offices/${office.officeId}/report`, undefined, office.token)).json);
}
const command = (council: CreatedCouncil, command: unknown, token = council.tokens.host) =>
  call(`/api/councils/${council.councilId}/commands`, { command }, token);

let eastHost: TestClient;
let westHost: TestClient;

beforeAll(async () => {
  office = CreatedOffice.parse((await call('/api/offices', { name: 'Riverside street office' })).json);
  east = await councilOf('East lane council');
  west = await councilOf('West lane council');
  const soon = Date.now() + 20 * DAY;
  ({ meeting: eastMeeting, host: eastHost } = await decidedMeeting(east, 'December', soon));
  ({ meeting: westMeeting, host: westHost } = await decidedMeeting(west, 'December', soon));
  const events = await suite.server.store.readEvents(eastMeeting.roomId, 0);
  const recorded = events.find((e) => e.type === 'decision.recorded')!;
  decidedDay = localDate(recorded.at, ZONE);
});

afterAll(() => {
  for (const client of open) client.close();
});

describe('the council’s disclosure settings', () => {
  it('are the host’s: 7 days each unless set; observers are refused and nothing changes', async () => {
    expect((await summary(east)).settings).toEqual({ disclosureDueDays: 7, disclosurePeriodDays: 7 });
    const settings = { type: 'settings.set', disclosureDueDays: 3, disclosurePeriodDays: 10 };
    expect((await command(east, settings, east.tokens.member)).json).toMatchObject({
      error: { reason: 'role.hostOnly' },
    });
    expect((await command(east, settings, east.tokens.observer)).status).toBe(403);
    expect((await command(east, { ...settings, disclosureDueDays: 0 })).status).toBe(400);
    expect((await summary(east)).settings).toEqual({ disclosureDueDays: 7, disclosurePeriodDays: 7 });
    expect((await command(east, settings)).status).toBe(200);
    expect((await command(east, settings)).json).toMatchObject({ error: { reason: 'council.unchanged' } });
    expect((await summary(east)).settings).toEqual({ disclosureDueDays: 3, disclosurePeriodDays: 10 });
  });
});

describe('disclosure deadlines across the office’s councils', () => {
  it('a resolution not yet published is due within the council’s days of its decision, then overdue', async () => {
    ahead = 0;
    const due = addDays(decidedDay, 3);
    const [resolution] = (await summary(east)).disclosures;
    expect(resolution).toMatchObject({ roomId: eastMeeting.roomId, kind: 'resolution', status: 'due', dueDate: due });
    expect((await report()).disclosures.upcoming.map((d) => [d.councilName, d.kind, d.dueDate])).toEqual([
      ['East lane council', 'resolution', due],
      ['West lane council', 'resolution', addDays(decidedDay, 7)],
    ]);
    expect((await report()).disclosures.overdue).toEqual([]);

    ahead = 5 * DAY; // east's three days are over, west's seven are not
    const later = await report();
    expect(later.disclosures.overdue.map((d) => [d.councilId, d.roomId, d.status])).toEqual([
      [east.councilId, eastMeeting.roomId, 'overdue'],
    ]);
    expect(later.disclosures.upcoming.map((d) => d.councilId)).toEqual([west.councilId]);
    expect((await summary(east)).disclosures[0]).toMatchObject({ status: 'overdue', daysLeft: expect.any(Number) });
  });

  it('a notice published without a period takes its council’s default; the online notice and poster say it', async () => {
    ahead = 5 * DAY;
    await ok(eastHost, { type: 'notice.publish' });
    await ok(westHost, { type: 'notice.publish', periodDays: 14 });
    const notice = Notice.parse((await call(`/api/rooms/${eastMeeting.roomId}/notice`)).json);
    const firstDay = localDate(notice.publishedAt!, ZONE);
    expect(notice.period).toEqual({ periodDays: 10, firstDay, lastDay: addDays(firstDay, 9) });
    const west14 = Notice.parse((await call(`/api/rooms/${westMeeting.roomId}/notice`)).json);
    expect(west14.period?.periodDays).toBe(14);

    const pdf = await fetch(`${suite.url}/api/rooms/${eastMeeting.roomId}/notice.pdf`);
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    const day = (d: string) =>
      new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'long' }).format(Date.parse(`${d}T00:00:00Z`));
    expect(text.replace(/\s+/g, '')).toContain(
      `${day(firstDay)}to${day(addDays(firstDay, 9))}(10days)`.replace(/\s+/g, ''),
    );

    // Published on the board now: on neither list of the office; east's was late (published after its due day).
    const [resolution] = (await summary(east)).disclosures;
    expect(resolution).toMatchObject({ status: 'onBoard', board: { periodDays: 10, firstDay } });
    expect((await report()).disclosures).toEqual({ overdue: [], upcoming: [] });
    ahead = 30 * DAY;
    expect((await summary(east)).disclosures[0]!.status).toBe('ended');
  });
});

describe('a 村民会议 called under 10 days ahead', () => {
  it('is called, with a warning the council page keeps showing (art. 21)', async () => {
    const base = `/api/councils/${east.councilId}/meetings`;
    const scheduledAt = now() + 3 * DAY;
    const short = await call(base, { title: 'Villagers', scheduledAt, preset: 'villagersMeeting' }, east.tokens.host);
    expect(short.status).toBe(201);
    const days = Math.round((Date.parse(localDate(scheduledAt, ZONE)) - Date.parse(localDate(now(), ZONE))) / DAY);
    const called = CreatedMeeting.parse(short.json);
    expect(called.warnings).toEqual([{ code: 'noticeShort', days, minimum: 10 }]);
    const inTime = { title: 'Villagers, in time', scheduledAt: now() + 12 * DAY, preset: 'villagersMeeting' };
    expect(CreatedMeeting.parse((await call(base, inTime, east.tokens.host)).json).warnings).toEqual([]);
    // A meeting starts under its last meeting's rules: a 村民会议 again unless the call names another preset.
    const other = { title: 'Representatives', scheduledAt: now() + DAY, preset: 'representativesMeeting' };
    expect(CreatedMeeting.parse((await call(base, other, east.tokens.host)).json).warnings).toEqual([]);
    const listed = (await summary(east)).meetings.find((m) => m.roomId === called.roomId);
    expect(listed?.warnings).toEqual([{ code: 'noticeShort', days, minimum: 10 }]);
    expect((await call(base, { ...other, preset: 'nonsense' }, east.tokens.host)).status).toBe(400);
  });
});

describe('the council’s calendar (calendar.ics)', () => {
  const path = () => `/api/councils/${east.councilId}/calendar.ics`;

  it('takes one of the council’s links, in the header or as ?token=', async () => {
    expect((await call(path())).status).toBe(401);
    expect((await call(`${path()}?token=not-a-link`)).status).toBe(403);
    expect((await call(`${path()}?token=${west.tokens.observer}`)).status).toBe(403);
    const ok = await call(`${path()}?token=${east.tokens.observer}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(ok.headers.get('cache-control')).toContain('no-store');
    expect((await call(path(), undefined, office.token)).status).toBe(200);
  });

  it('parses with ical.js: the council’s VTIMEZONE, each meeting at its time in it, disclosure periods as days', async () => {
    const text = (await call(`${path()}?token=${east.tokens.observer}`)).text;
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe(ZONE);
    ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const { meetings, disclosures } = await summary(east);
    for (const meeting of meetings) {
      const event = events.find((e) => e.summary === meeting.title);
      expect(event, meeting.title).toBeDefined();
      expect(event!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(ZONE);
      // To the second: ical times have no milliseconds.
      expect(event!.startDate.toJSDate().getTime()).toBe(Math.floor(meeting.scheduledAt / 1000) * 1000);
      expect(event!.endDate.toJSDate().getTime() - event!.startDate.toJSDate().getTime()).toBe(2 * 3_600_000);
      expect(event!.location).toBe('Village hall');
    }
    const onBoard = disclosures.find((d) => d.kind === 'resolution' && d.roomId === eastMeeting.roomId)!;
    const period = events.find((e) => e.summary === `Resolution disclosure: ${onBoard.title}`)!;
    expect(period.startDate.isDate).toBe(true);
    expect(period.startDate.toString()).toBe(onBoard.board!.firstDay);
    // DTEND of an all-day event is the day after its last.
    expect(period.endDate.toString()).toBe(addDays(onBoard.board!.lastDay, 1));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('gives each meeting alone to add to a calendar, and 404 for a meeting not the council’s', async () => {
    const one = await call(
      `/api/councils/${east.councilId}/meetings/${eastMeeting.roomId}/calendar.ics?token=${east.tokens.member}`,
    );
    expect(one.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(one.text)).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual(['December']);
    const elsewhere = `/api/councils/${east.councilId}/meetings/${westMeeting.roomId}/calendar.ics?token=${east.tokens.member}`;
    expect((await call(elsewhere)).status).toBe(404);
  });

  it('writes a UTC council’s times in UTC, with no TZID and no VTIMEZONE', async () => {
    const body = { name: 'Harbour council', locale: 'en', timeZone: 'UTC' };
    const harbour = CreatedCouncil.parse((await call('/api/councils', body)).json);
    const scheduledAt = Date.UTC(2099, 4, 1, 18, 30);
    const meeting = { title: 'May', scheduledAt };
    expect((await call(`/api/councils/${harbour.councilId}/meetings`, meeting, harbour.tokens.host)).status).toBe(201);
    const text = (await call(`/api/councils/${harbour.councilId}/calendar.ics?token=${harbour.tokens.observer}`)).text;
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstSubcomponent('vtimezone')).toBeNull();
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBeUndefined();
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.startDate.toJSDate().getTime()).toBe(scheduledAt);
  });

  it('ends a subscription when its link is replaced', async () => {
    const before = `${path()}?token=${east.tokens.observer}`;
    expect((await call(before)).status).toBe(200);
    const rotated = await call(`/api/councils/${east.councilId}/links/observer/rotate`, {}, east.tokens.host);
    expect(rotated.status).toBe(200);
    const fresh = new URL((rotated.json as { observer: string }).observer).hash.replace('#t=', '');
    expect((await call(before)).status).toBe(403);
    expect((await call(`${path()}?token=${fresh}`)).status).toBe(200);
  });
});
