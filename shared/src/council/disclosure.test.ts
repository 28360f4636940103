import { describe, expect, it } from 'vitest';
import { decidedMeeting, withAction } from '../testing/decidedMeeting.js';
import { emptyCouncil, type CouncilState } from './councilState.js';
import {
  councilDisclosures,
  disclosureSettings,
  meetingDisclosures,
  onBoardDisclosures,
  overdueDisclosures,
  upcomingDisclosures,
} from './disclosure.js';
import { meetingNoticeWarning } from './meetingNotice.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
// UTC−10: the harness's decision (1970-01-01 00:01 UTC) is on 31 December there.
const HONOLULU = 'Pacific/Honolulu';
const SEVEN = { disclosureDueDays: 7, disclosurePeriodDays: 7 };

/** A meeting with a recorded decision and one action item owned by Ana. */
function meeting() {
  const m = withAction(decidedMeeting());
  return {
    ...m,
    list: (now: number, settings = SEVEN, tz = HONOLULU) =>
      meetingDisclosures({ roomId: 'r1', state: m.room.state }, settings, tz, now),
  };
}

describe('the resolution’s disclosure (决议公开)', () => {
  it('is due 7 days after the decision’s day in the council’s time zone, then overdue', () => {
    const { room, list } = meeting();
    const decided = room.state.decisionOrder.map((id) => room.state.decisions[id]!.recordedAt)[0]!;
    // 31 December in Honolulu (1 January in UTC): due on 7 January there, 8 January in UTC.
    expect(list(decided)[0]).toMatchObject({ kind: 'resolution', status: 'due', dueDate: '1970-01-07', daysLeft: 7 });
    expect(list(decided, SEVEN, 'UTC')[0]).toMatchObject({ dueDate: '1970-01-08' });
    // The last hour of 7 January in Honolulu is still in time; the next day it is late.
    const lastHour = Date.parse('1970-01-07T23:30:00-10:00');
    expect(list(lastHour)[0]).toMatchObject({ status: 'due', daysLeft: 0 });
    expect(list(lastHour + HOUR)[0]).toMatchObject({ status: 'overdue', daysLeft: -1 });
    expect(overdueDisclosures(list(lastHour + HOUR)).map((d) => d.kind)).toEqual(['resolution']);
    expect(upcomingDisclosures(list(lastHour)).map((d) => d.kind)).toEqual(['resolution']);
    expect(upcomingDisclosures(list(decided), 3)).toEqual([]);
  });

  it('follows the council’s setting (disclosureDueDays), 7 unless set', () => {
    const { room, list } = meeting();
    expect(disclosureSettings(emptyCouncil('c1'))).toEqual(SEVEN);
    const settings = disclosureSettings({ disclosureDueDays: 3, disclosurePeriodDays: null });
    expect(settings).toEqual({ disclosureDueDays: 3, disclosurePeriodDays: 7 });
    expect(list(room.now, settings)[0]).toMatchObject({ dueDate: '1970-01-03' });
  });

  it('is on the board for its period once published, then ended; late when published after its due day', () => {
    const { room, host, list } = meeting();
    room.tick(9 * DAY); // 9 January in Honolulu: two days late
    room.must(host, { type: 'notice.publish', periodDays: 10 });
    const published = room.now;
    const onBoard = list(published)[0]!;
    expect(onBoard).toMatchObject({ status: 'onBoard', late: true, publishedAt: published });
    expect(onBoard.board).toEqual({ periodDays: 10, firstDay: '1970-01-09', lastDay: '1970-01-18' });
    expect(onBoardDisclosures(list(published))).toHaveLength(1);
    expect(list(Date.parse('1970-01-18T23:00:00-10:00'))[0]!.status).toBe('onBoard');
    expect(list(Date.parse('1970-01-19T01:00:00-10:00'))[0]!.status).toBe('ended');
    // Taken down, it is no disclosure any more: overdue again.
    room.must(host, { type: 'notice.unpublish' });
    expect(list(room.now)[0]!.status).toBe('overdue');
  });

  it('is none before the meeting decides anything', () => {
    const state = { ...decidedMeeting().room.state, decisions: {}, decisionOrder: [] };
    expect(meetingDisclosures({ roomId: 'r1', state }, SEVEN, HONOLULU, 0)).toEqual([]);
  });
});

describe('the result’s disclosure (实施结果公开)', () => {
  it('is pending while an action item is open, then due 7 days after the last is done', () => {
    const { room, ana, actionId, list } = meeting();
    expect(list(room.now)[1]).toMatchObject({ kind: 'result', status: 'pending', dueDate: null, daysLeft: null });
    room.tick(20 * DAY); // done on 20 January in Honolulu
    room.must(ana, { type: 'action.update', actionId, status: 'done', progress: 100 });
    expect(list(room.now)[1]).toMatchObject({ status: 'due', dueDate: '1970-01-27', daysLeft: 7 });
    expect(list(room.now + 8 * DAY)[1]).toMatchObject({ status: 'overdue' });
  });

  it('is published by the notice up when the items are done, from that day, for the notice’s period', () => {
    const { room, host, ana, actionId, list } = meeting();
    room.must(host, { type: 'notice.publish' });
    room.tick(20 * DAY);
    room.must(ana, { type: 'action.update', actionId, status: 'done', progress: 100 });
    const [resolution, result] = list(room.now);
    expect(resolution).toMatchObject({ status: 'ended', late: false });
    expect(result).toMatchObject({ status: 'onBoard', publishedAt: room.now, late: false });
    expect(result!.board).toEqual({ periodDays: 7, firstDay: '1970-01-20', lastDay: '1970-01-26' });
  });
});

describe('a council’s disclosures', () => {
  it('lists each meeting’s in the council’s time zone, skipping meetings not loaded', () => {
    const { room } = meeting();
    const meetingRef = (roomId: string) => ({
      roomId,
      title: roomId,
      scheduledAt: 0,
      calledAt: 0,
      reviewItemId: 'i1',
      reviewed: [],
      topics: [],
    });
    const council: CouncilState = {
      ...emptyCouncil('c1'),
      timeZone: HONOLULU,
      disclosureDueDays: 2,
      meetings: [meetingRef('r1'), meetingRef('r2')],
    };
    const list = councilDisclosures(council, new Map([['r1', room.state]]), room.now);
    expect(list.map((d) => [d.roomId, d.kind, d.dueDate])).toEqual([
      ['r1', 'resolution', '1970-01-02'],
      ['r1', 'result', null],
    ]);
  });
});

describe('a 村民会议 called under 10 days ahead (art. 21)', () => {
  const called = Date.parse('2026-12-01T10:00:00+08:00');
  const at = (day: string, time = '09:00') => Date.parse(`${day}T${time}:00+08:00`);
  it('warns from the calendar days between the call and the meeting where the council is', () => {
    expect(meetingNoticeWarning('villagersMeeting', called, at('2026-12-10'), 'Asia/Shanghai')).toEqual({
      code: 'noticeShort',
      days: 9,
      minimum: 10,
    });
    expect(meetingNoticeWarning('villagersMeeting', called, at('2026-12-11', '00:30'), 'Asia/Shanghai')).toBeNull();
    // 00:30 on the 11th in Shanghai is still the 10th in UTC: nine days there.
    expect(meetingNoticeWarning('villagersMeeting', called, at('2026-12-11', '00:30'), 'UTC')).toMatchObject({
      days: 9,
    });
  });

  it('does not warn for other meetings', () => {
    expect(meetingNoticeWarning('representativesMeeting', called, at('2026-12-02'), 'Asia/Shanghai')).toBeNull();
    expect(meetingNoticeWarning(null, called, at('2026-12-02'), 'Asia/Shanghai')).toBeNull();
  });
});
