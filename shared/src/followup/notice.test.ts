import { describe, expect, it } from 'vitest';
import { decidedMeeting } from '../testing/decidedMeeting.js';
import { presentNotice } from './notice.js';
import { parseCommand } from '../protocol/parseCommand.js';
import { NoticePublish } from '../model/commands.js';
import { roomTimeZone } from '../meeting/roomTimeZone.js';
import { localDate } from './actions.js';
import { addDays } from './noticePeriod.js';

const MAY_2 = Date.parse('2025-05-02T08:00:00Z');

function publishedMeeting(options: { anonymous?: boolean } = {}) {
  const meeting = decidedMeeting(options);
  const { room, host, ana, decisionId } = meeting;
  room.must(host, { type: 'room.setDetails', place: '村委会议室', kind: 'houseYardTalk' });
  const signs = room.must(host, {
    type: 'action.create',
    decisionId,
    title: 'Paint the signs',
    owner: 'Ana',
    ownerMemberId: ana.memberId!,
    tier: 'residents',
    dueDate: '2025-05-01',
  });
  const report = room.must(host, {
    type: 'action.create',
    decisionId,
    title: 'Ask the township for a sign permit',
    owner: 'Street office',
    tier: 'township',
    dueDate: '2025-06-01',
  });
  room.must(ana, { type: 'action.update', actionId: signs, progress: 40, note: 'Half painted' });
  room.must(host, { type: 'room.setPhase', phase: 'adjourned' });
  room.must(host, { type: 'notice.publish' });
  return { ...meeting, signs, report };
}

describe('notice.publish', () => {
  it('is the host’s, and publishing twice or taking down an unpublished notice is a conflict', () => {
    const { room, host, ana } = decidedMeeting();
    expect(room.refusal(ana, { type: 'notice.publish' })).toBe('forbidden');
    expect(room.refusal(host, { type: 'notice.unpublish' })).toBe('conflict');
    room.must(host, { type: 'notice.publish' });
    expect(room.state.notice).toEqual({ published: true, publishedAt: room.state.updatedAt, periodDays: 7 });
    expect(room.refusal(host, { type: 'notice.publish' })).toBe('conflict');
    expect(room.refusal(ana, { type: 'notice.unpublish' })).toBe('forbidden');
    room.must(host, { type: 'notice.unpublish' });
    expect(room.state.notice).toEqual({ published: false, publishedAt: null });
  });

  it('publishes for the host’s period, else the council’s default, else 7 days (公示期)', () => {
    const { room, host } = decidedMeeting();
    room.must(host, { type: 'notice.publish' }, { noticePeriodDays: 10 });
    expect(room.state.notice.periodDays).toBe(10);
    room.must(host, { type: 'notice.unpublish' });
    room.must(host, { type: 'notice.publish', periodDays: 15 }, { noticePeriodDays: 10 });
    expect(room.state.notice.periodDays).toBe(15);
    const published = room.state.notice.publishedAt!;
    // The notice shows its first and last day where the meeting is (Asia/Shanghai for a zh-CN room).
    expect(presentNotice(room.state, published).period).toEqual({
      periodDays: 15,
      firstDay: localDate(published, roomTimeZone(room.state)),
      lastDay: addDays(localDate(published, roomTimeZone(room.state)), 14),
    });
    expect(NoticePublish.safeParse({ type: 'notice.publish', periodDays: 0 }).success).toBe(false);
    expect(NoticePublish.safeParse({ type: 'notice.publish', periodDays: 2.5 }).success).toBe(false);
  });
});

describe('room.setDetails', () => {
  it('keeps what is left out, clears what is emptied, and refuses an unknown time zone', () => {
    const { room, host, ana } = decidedMeeting();
    room.must(host, { type: 'room.setDetails', place: 'Courtyard', scheduledAt: MAY_2, timeZone: 'Asia/Shanghai' });
    room.must(host, { type: 'room.setDetails', kind: 'benchCouncil', place: '' });
    expect(room.state.details).toEqual({
      place: null,
      kind: 'benchCouncil',
      scheduledAt: MAY_2,
      timeZone: 'Asia/Shanghai',
    });
    expect(room.refusal(ana, { type: 'room.setDetails', place: 'Mine' })).toBe('forbidden');
    expect(room.refusal(host, { type: 'room.setDetails' })).toBe('invalid');
    expect(parseCommand({ type: 'room.setDetails', timeZone: 'Mars/Olympus' })).toMatchObject({ ok: false });
  });

  it('records each sitting from entering the session to adjourning', () => {
    const { room, host } = decidedMeeting();
    room.must(host, { type: 'room.setPhase', phase: 'adjourned' });
    room.tick(1000);
    room.must(host, { type: 'room.setPhase', phase: 'in_session' });
    const [first, second] = room.state.sittings;
    expect(first!.endedAt).not.toBeNull();
    expect(second).toEqual({ startedAt: room.state.updatedAt, endedAt: null });
  });
});

describe('presentNotice', () => {
  it('shows the meeting, the decision with its tally, and each action with its timeline', () => {
    const { room, signs, report } = publishedMeeting();
    const notice = presentNotice(room.state, MAY_2);
    expect(notice).toMatchObject({
      title: 'Courtyard council',
      phase: 'adjourned',
      meeting: { place: '村委会议室', kind: 'houseYardTalk' },
      conveners: ['Chair'],
      attendance: { total: 3, inRoom: 2, remote: 1 },
      speakers: 2,
      summary: { decisions: 1, adopted: 1, actions: 2, done: 0, overdue: 1 },
    });
    expect(notice.decisions).toEqual([
      expect.objectContaining({
        itemTitle: 'East lane',
        statement: 'One-way from May',
        text: 'The east lane becomes one-way from May.',
        outcome: 'adopted',
        rule: 'consensus',
        counts: [0, 0, 0, 1, 1, 0],
        responses: 2,
      }),
    ]);
    const [first, second] = notice.decisions[0]!.actions;
    expect(first).toMatchObject({ id: signs, owner: 'Ana', tier: 'residents', progress: 40, overdue: true });
    expect(first!.timeline).toEqual([
      expect.objectContaining({ author: 'Ana', progress: 40, status: null, note: 'Half painted' }),
    ]);
    expect(second).toMatchObject({ id: report, tier: 'township', status: 'planned', overdue: false });
  });

  it('shows each item’s facts with source, recorder and time, and keeps a retracted one marked', () => {
    const { room, host, ana, itemId } = publishedMeeting();
    const kept = room.must(ana, { type: 'agenda.addFact', itemId, text: '42 cars, 30 spaces', source: 'Survey' });
    const wrong = room.must(host, { type: 'agenda.addFact', itemId, text: 'The lane is 3 m wide' });
    room.must(host, { type: 'agenda.retractFact', itemId, factId: wrong, reason: 'Measured 4 m' });
    const notice = presentNotice(room.state, MAY_2);
    expect(notice.facts).toEqual([
      {
        itemId,
        itemTitle: 'East lane',
        facts: [
          {
            id: kept,
            text: '42 cars, 30 spaces',
            source: 'Survey',
            recordedBy: 'Ana',
            recordedAt: room.now,
            retracted: null,
          },
          {
            id: wrong,
            text: 'The lane is 3 m wide',
            source: '',
            recordedBy: 'Chair',
            recordedAt: room.now,
            retracted: { reason: 'Measured 4 m', by: 'Chair', at: room.now },
          },
        ],
      },
    ]);
  });

  it('never names a member id, a ballot or a voter, even of an anonymous round', () => {
    const { room, roundId } = publishedMeeting({ anonymous: true });
    const json = JSON.stringify(presentNotice(room.state, MAY_2));
    const round = room.state.rounds[roundId]!;
    for (const ballotId of Object.keys(round.ballots)) expect(json).not.toContain(`"${ballotId}"`);
    for (const memberId of Object.keys(room.state.members)) expect(json).not.toContain(`"${memberId}"`);
    expect(json).not.toMatch(/memberId|ballot|secret|token|roundId/i);
  });
});
