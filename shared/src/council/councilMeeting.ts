/**
 * Calling a meeting of a council (固定场所、时间、人员): the room it becomes starts with the council's
 * roster (the same member ids, so a person is counted as one across meetings), the rules of its last
 * meeting, its place and time zone, and an agenda that opens with a review of every open action item
 * of earlier meetings (行难管), then the chosen topics and those earlier meetings left undecided. Pure:
 * the server passes the earlier meetings' states and the time.
 */
import { ownEntries, own } from '../core/own.js';
import type { Locale, Rules } from '../core/vocabulary.js';
import { isOverdue } from '../followup/actions.js';
import { roomTimeZone } from '../meeting/roomTimeZone.js';
import { memberName } from '../meeting/memberName.js';
import type { EventBody } from '../model/events.js';
import type { ReviewedAction, RoomState } from '../model/state.js';
import type { CouncilMember, CouncilState, MeetingTopic } from './councilState.js';

/** An earlier meeting, as the server loaded it. */
export interface EarlierMeeting {
  roomId: string;
  title: string;
  state: RoomState;
}

/** Every action item of earlier meetings that is not done, as it stands at `now` (行难管). */
export function openActions(earlier: readonly EarlierMeeting[], now: number): ReviewedAction[] {
  return earlier.flatMap(({ roomId, title, state }) =>
    ownEntries(state.actions, state.actionOrder)
      .filter((a) => a.status !== 'done')
      .map((a) => ({
        roomId,
        meetingTitle: title,
        actionId: a.id,
        title: a.title,
        owner: a.owner,
        status: a.status,
        progress: a.progress,
        dueDate: a.dueDate,
        overdue: isOverdue(a, now, roomTimeZone(state)),
        supervisor: memberName(state, a.supervisorMemberId),
      })),
  );
}

/**
 * What became of the topics earlier meetings took up: decided (a decision on its item) or rejected
 * there is `settled`; still open is carried to the next meeting.
 */
export function topicOutcomes(
  council: CouncilState,
  earlier: readonly EarlierMeeting[],
): { settled: string[]; carried: string[] } {
  const settled: string[] = [];
  const carried: string[] = [];
  for (const meeting of council.meetings) {
    const state = earlier.find((m) => m.roomId === meeting.roomId)?.state;
    if (!state) continue;
    for (const placed of meeting.topics) {
      const topic = own(council.topics, placed.topicId);
      // Only a topic whose latest meeting is this one is judged by it.
      if (!topic || topic.status !== 'scheduled' || topic.meetings.at(-1) !== meeting.roomId) continue;
      const decided = Object.values(state.decisions).some((d) => d.itemId === placed.itemId);
      const rejected = own(state.items, placed.itemId)?.status === 'rejected';
      (decided || rejected ? settled : carried).push(topic.id);
    }
  }
  return { settled, carried };
}

const REVIEW_TITLE: Record<Locale, string> = {
  'zh-CN': '回顾此前会议未办结的落实事项（行难管）',
  en: 'Review of open action items from earlier meetings',
};

/** The review item's description: one line per open action item, in the council's language. */
export function reviewDescription(reviewed: readonly ReviewedAction[], locale: Locale): string {
  if (reviewed.length === 0) return locale === 'zh-CN' ? '没有未办结的落实事项。' : 'No open action items.';
  return reviewed
    .map((a) => {
      const late = a.overdue ? (locale === 'zh-CN' ? '，已逾期' : ', overdue') : '';
      return locale === 'zh-CN'
        ? `· ${a.title}（${a.meetingTitle}）— 负责：${a.owner}，进度 ${a.progress}%，期限 ${a.dueDate}${late}`
        : `· ${a.title} (${a.meetingTitle}) — owner: ${a.owner}, ${a.progress}%, due ${a.dueDate}${late}`;
    })
    .join('\n');
}

/**
 * A roster member's seat in one of the council's meetings (`member.joined`, seated), whether the
 * meeting is called after they joined or they join after it was called: their council id and name,
 * their group (an expert without one: `expert`), and the role the council gave them, so its chair
 * chairs every meeting (the minutes' and notice's conveners) whichever link they open it with.
 */
export function seatOf(member: CouncilMember): Extract<EventBody, { type: 'member.joined' }> {
  return {
    type: 'member.joined',
    memberId: member.id,
    name: member.name,
    role: member.host ? 'host' : 'participant',
    presence: 'remote',
    group: member.group ?? (member.expert ? 'expert' : null),
    household: member.household ?? null,
    ...(member.representative ? { representative: true } : {}),
    // Seated so their credential opens the meeting as this member; attending only once they come.
    seated: true,
  };
}

export interface MeetingPlan {
  council: CouncilState;
  roomId: string;
  scheduledAt: number;
  /** The rules of the council's last meeting, if any. */
  rules: Rules | null;
  reviewed: ReviewedAction[];
  /** Topic ids in agenda order: carried-over ones first, then the host's choice. */
  topics: { topicId: string; carried: boolean }[];
}

/**
 * The events that make a new room a meeting of the council, to append after its `room.created`
 * (which has seq 1): ids are derived from the seqs they will get, as the room's own rules derive them.
 */
export function meetingSeed(plan: MeetingPlan): { events: EventBody[]; reviewItemId: string; topics: MeetingTopic[] } {
  const { council, reviewed } = plan;
  const events: EventBody[] = [];
  const seqOfNext = () => events.length + 2;
  events.push({
    type: 'room.detailsSet',
    details: { place: council.place, kind: null, scheduledAt: plan.scheduledAt, timeZone: council.timeZone },
  });
  if (plan.rules) events.push({ type: 'rules.set', rules: plan.rules });
  for (const member of Object.values(council.members)) events.push(seatOf(member));
  type Entry = { title: string; description: string; proposedBy: string | null; supporters: string[] };
  const agenda: { entry: Entry; placed: { topicId: string; carried: boolean } | null }[] = [
    {
      entry: {
        title: REVIEW_TITLE[council.locale],
        description: reviewDescription(reviewed, council.locale),
        proposedBy: null,
        supporters: [],
      },
      placed: null,
    },
  ];
  for (const placed of plan.topics) {
    const topic = own(council.topics, placed.topicId);
    if (topic) agenda.push({ entry: topic, placed });
  }
  let reviewItemId = '';
  const topics: MeetingTopic[] = [];
  agenda.forEach(({ entry, placed }, position) => {
    const itemId = `i${seqOfNext()}`;
    const { title, description, proposedBy } = entry;
    events.push({ type: 'agenda.proposed', itemId, title, description, proposedBy });
    for (const memberId of entry.supporters) events.push({ type: 'agenda.supported', itemId, memberId });
    events.push({ type: 'agenda.scheduled', itemId, position });
    if (placed) topics.push({ topicId: placed.topicId, itemId, carried: placed.carried });
    else reviewItemId = itemId;
  });
  events.push({ type: 'room.councilLinked', council: { councilId: council.councilId, reviewItemId, reviewed } });
  return { events, reviewItemId, topics };
}
