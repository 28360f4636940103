/**
 * A recorded meeting for tests of what is built from the record (the minutes): two items on the
 * agenda, two speeches on the first, a consensus round adopted with one serious concern, its
 * decision and an action item already overdue. Built through decide and apply like every test state.
 */
import type { Locale } from '../core/vocabulary.js';
import type { RoomState } from '../model/state.js';
import { RoomHarness } from './roomHarness.js';

/** 2025-05-02 19:00 in Shanghai: when the room was created. */
export const MEETING_START = Date.parse('2025-05-02T11:00:00Z');
/** An hour after the start: the meeting has adjourned and the action item (due 1 May) is overdue. */
export const AFTER_MEETING = MEETING_START + 3600_000;
/** The draft the round froze, as the server renders it. */
export const RECORDED_DRAFT = '东巷改为单行道。\n- 五月起执行';

export interface RecordedMeeting {
  state: RoomState;
  /** The two agenda items: the parking plan (decided) and the street lights (not reached). */
  parkingId: string;
  lightsId: string;
  /** Ana's member id (she proposed the parking plan, spoke first, and gave the serious concern). */
  anaId: string;
  /** Each item's draft as plain text, by item id, as the minutes take them. */
  drafts: Record<string, string>;
}

/**
 * 张主任 hosts in the room, Ana is remote, and the host adds 刘大爷 (in the room, a resident without a
 * phone). Ana proposes the parking plan, the host the street lights; Ana speaks 90 s, 刘大爷 replies
 * 45 s; a round on the frozen draft gets Ana's serious concern (level 1, with her reason) and a
 * count from the room, is adopted and recorded, and the committee gets an action item due 1 May.
 * Then Ana records a fact with its source, and the host records a wrong one and retracts it.
 * `anonymous` makes the round anonymous.
 */
export function recordedMeeting(locale: Locale = 'zh-CN', anonymous = false): RecordedMeeting {
  const room = new RoomHarness({ roomId: 'r1', title: '东巷停车', locale, now: MEETING_START });
  const at = (seconds: number) => room.tick(MEETING_START + seconds * 1000 - room.now);
  at(1);
  const host = room.join('张主任', 'host', 'in_room');
  const ana = room.join('Ana', 'participant', 'remote');
  at(2);
  const liu = room.must(host, { type: 'member.addInRoom', name: '刘大爷', group: 'resident' });
  room.must(host, { type: 'room.setDetails', place: '村委会议室', kind: 'houseYardTalk' });
  at(3);
  const parkingId = room.must(ana, {
    type: 'agenda.propose',
    title: '东巷停车 | 方案',
    description: '42辆车，30个车位',
  });
  const lightsId = room.must(host, { type: 'agenda.propose', title: '路灯' });
  room.must(host, { type: 'agenda.schedule', itemId: parkingId });
  room.must(host, { type: 'agenda.schedule', itemId: lightsId });
  at(4);
  room.must(host, { type: 'room.setPhase', phase: 'in_session' });
  room.must(host, { type: 'agenda.activate', itemId: parkingId });
  at(5);
  room.must(ana, { type: 'queue.raise' });
  room.must(host, { type: 'queue.next' });
  at(95);
  room.must(host, { type: 'speaker.end' });
  at(100);
  room.must(host, { type: 'queue.raise', memberId: liu, kind: 'reply' });
  room.must(host, { type: 'queue.next' });
  at(145);
  room.must(host, { type: 'speaker.end' });
  at(150);
  const frozenDraft = { text: RECORDED_DRAFT, textHash: 'h' };
  const roundId = room.must(host, { type: 'consensus.open', itemId: parkingId, anonymous }, { frozenDraft });
  at(160);
  room.must(ana, { type: 'consensus.vote', roundId, level: 1, reason: '消防通道太窄' });
  at(170);
  room.must(host, { type: 'consensus.tally', roundId, counts: { '3': 2, '4': 3, '5': 1 }, confirm: true });
  at(180);
  room.must(host, { type: 'consensus.close', roundId });
  at(190);
  const decisionId = room.must(host, { type: 'decision.record', roundId, statement: '东巷五月起单行' });
  at(200);
  room.must(host, {
    type: 'action.create',
    decisionId,
    title: '设置单行标志',
    owner: '村委会',
    tier: 'committee',
    dueDate: '2025-05-01',
    category: '交通',
  });
  at(203);
  room.must(ana, {
    type: 'agenda.addFact',
    itemId: parkingId,
    text: '东巷现有42辆车、30个车位',
    source: '村委会停车登记表',
  });
  const wrongFact = room.must(host, { type: 'agenda.addFact', itemId: parkingId, text: '东巷宽3米' });
  at(205);
  room.must(host, { type: 'agenda.retractFact', itemId: parkingId, factId: wrongFact, reason: '实测为4米' });
  at(210);
  room.must(host, { type: 'room.setPhase', phase: 'adjourned' });
  return {
    state: room.state,
    parkingId,
    lightsId,
    anaId: ana.memberId!,
    drafts: { [parkingId]: RECORDED_DRAFT, [lightsId]: '' },
  };
}
