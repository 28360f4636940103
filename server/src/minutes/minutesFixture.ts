/** A recorded meeting for the minutes' tests, folded from plain events (no server, no sockets). */
import { applyAll, emptyState, type EventBody, type RoomEvent, type RoomState } from '@dr/shared';

const T0 = Date.parse('2025-05-02T11:00:00Z'); // 19:00 in Shanghai

/** Two items on the agenda; Ana (remote) and Grandpa Liu (in the room, added by the host) spoke on the first. */
export function recordedMeeting(locale: 'zh-CN' | 'en' = 'zh-CN', anonymous = false): RoomState {
  const bodies: [number, string | null, EventBody][] = [
    [0, null, { type: 'room.created', roomId: 'r1', title: '东巷停车', locale }],
    [1, null, { type: 'member.joined', memberId: 'm2', name: '张主任', role: 'host', presence: 'in_room' }],
    [1, null, { type: 'member.joined', memberId: 'm3', name: 'Ana', role: 'participant', presence: 'remote' }],
    [
      2,
      'm2',
      {
        type: 'member.joined',
        memberId: 'm4',
        name: '刘大爷',
        role: 'participant',
        presence: 'in_room',
        group: 'resident',
        proxy: true,
      },
    ],
    [
      2,
      'm2',
      {
        type: 'room.detailsSet',
        details: { place: '村委会议室', kind: 'houseYardTalk', scheduledAt: null, timeZone: null },
      },
    ],
    [
      3,
      'm3',
      {
        type: 'agenda.proposed',
        itemId: 'i6',
        title: '东巷停车 | 方案',
        description: '42辆车，30个车位',
        proposedBy: 'm3',
      },
    ],
    [3, 'm2', { type: 'agenda.proposed', itemId: 'i7', title: '路灯', description: '', proposedBy: 'm2' }],
    [3, 'm2', { type: 'agenda.scheduled', itemId: 'i6', position: 0 }],
    [3, 'm2', { type: 'agenda.scheduled', itemId: 'i7', position: 1 }],
    [4, 'm2', { type: 'room.phaseSet', phase: 'in_session' }],
    [4, 'm2', { type: 'agenda.activated', itemId: 'i6' }],
    [5, 'm2', { type: 'speaker.started', memberId: 'm3', itemId: 'i6', kind: 'speak', limitSec: 120 }],
    [95, 'm2', { type: 'speaker.ended', memberId: 'm3' }],
    [100, 'm2', { type: 'speaker.started', memberId: 'm4', itemId: 'i6', kind: 'reply', limitSec: 120 }],
    [145, 'm2', { type: 'speaker.ended', memberId: 'm4' }],
    [
      150,
      'm2',
      {
        type: 'consensus.opened',
        roundId: 'r16',
        itemId: 'i6',
        text: '东巷改为单行道。\n- 五月起执行',
        textHash: 'h',
        anonymous,
        visibility: 'live',
        rule: 'consensus',
      },
    ],
    [
      160,
      'm3',
      { type: 'consensus.voted', roundId: 'r16', ballotId: 'b17', memberId: 'm3', level: 1, reason: '消防通道太窄' },
    ],
    [170, 'm2', { type: 'consensus.tallied', roundId: 'r16', counts: [0, 0, 0, 2, 3, 1] }],
    [
      180,
      'm2',
      {
        type: 'consensus.closed',
        roundId: 'r16',
        outcome: 'adopted',
        counts: [0, 1, 0, 2, 3, 1],
        reasons: [{ level: 1, reason: '消防通道太窄', memberId: anonymous ? null : 'm3' }],
      },
    ],
    [
      190,
      'm2',
      {
        type: 'decision.recorded',
        decisionId: 'd20',
        itemId: 'i6',
        roundId: 'r16',
        statement: '东巷五月起单行',
        text: '东巷改为单行道。\n- 五月起执行',
        textHash: 'h',
        rule: 'consensus',
        outcome: 'adopted',
        counts: [0, 1, 0, 2, 3, 1],
      },
    ],
    [
      200,
      'm2',
      {
        type: 'action.created',
        actionId: 'a21',
        decisionId: 'd20',
        title: '设置单行标志',
        owner: '村委会',
        ownerMemberId: null,
        tier: 'committee',
        dueDate: '2025-05-01',
        category: '交通',
      },
    ],
    [210, 'm2', { type: 'room.phaseSet', phase: 'adjourned' }],
  ];
  const events = bodies.map(([seconds, actor, body], i): RoomEvent => ({
    ...body,
    seq: i + 1,
    at: T0 + seconds * 1000,
    actor,
  }));
  return applyAll(emptyState('r1'), events);
}

export const AFTER_MEETING = T0 + 3600_000;
