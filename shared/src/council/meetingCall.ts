/**
 * The council's decision when its host calls a meeting (固定场所、时间、人员), as pure functions in the
 * room's manner (`decide` with `decideInputs`): first what needs nothing loaded (every chosen topic
 * is in the pool), then, from the earlier meetings the server read, what the meeting takes up (the
 * open action items to review, the topics earlier meetings left undecided, the chosen ones) and
 * which topics earlier meetings settled; once the server has created the room, the events that seed
 * it and the council's `council.meetingCalled`. The server only reads, creates and stores
 * (server/src/council/callMeeting.ts).
 */
import { own } from '../core/own.js';
import type { RulePreset, Rules } from '../core/vocabulary.js';
import { DEFAULT_RULES } from '../core/vocabularyLists.js';
import { withPreset } from '../meeting/presets.js';
import type { EventBody } from '../model/events.js';
import type { ReviewedAction } from '../model/state.js';
import { meetingSeed, openActions, topicOutcomes, type EarlierMeeting } from './councilMeeting.js';
import { councilError } from './councilRefusals.js';
import type { CouncilEventBody } from './councilEvents.js';
import type { CouncilRuling } from './councilRules.js';
import type { CouncilState, MeetingTopic } from './councilState.js';

/**
 * What the host asks for: a title, a time (`scheduledAt`, ms) and the pool topics to take up; with
 * `preset`, the meeting starts under that preset's rules (a 村民会议: `villagersMeeting`).
 */
export interface MeetingCall {
  title: string;
  scheduledAt: number;
  topicIds: readonly string[];
  preset?: RulePreset | undefined;
}

/**
 * Whether the call may go on before anything is loaded: null when it may, else the refusal
 * (`conflict`, `council.topicNotInPool`, naming the first chosen topic not in the pool).
 */
export function refuseMeetingCall(council: CouncilState, call: MeetingCall): CouncilRuling | null {
  const outside = call.topicIds.find((topicId) => own(council.topics, topicId)?.status !== 'pool');
  return outside === undefined
    ? null
    : { ok: false, error: councilError('conflict', 'council.topicNotInPool', { topic: outside }) };
}

/** What a call decides from the earlier meetings, before the room exists. */
export interface MeetingCallRuling {
  /** Every open action item of earlier meetings, as it stands at the call (行难管). */
  reviewed: ReviewedAction[];
  /** Topics earlier meetings decided or rejected: they leave the pool for good. */
  settled: string[];
  /** The agenda's topics in order: those earlier meetings left undecided first, then the host's choice. */
  topics: { topicId: string; carried: boolean }[];
  /** The rules of the council's last meeting, which the new one starts with; null before the first. */
  rules: Rules | null;
}

/**
 * Decides a call the pool allows (`refuseMeetingCall` first) from `earlier`, the council's earlier
 * meetings as the server loaded them (a meeting it could not load counts as none), at `now` (ms).
 * A topic chosen twice, or chosen and also carried, is taken up once.
 */
export function decideMeetingCall(
  council: CouncilState,
  call: MeetingCall,
  earlier: readonly EarlierMeeting[],
  now: number,
): MeetingCallRuling {
  const { settled, carried } = topicOutcomes(council, earlier);
  const chosen = [...new Set(call.topicIds)].filter((id) => !carried.includes(id));
  return {
    reviewed: openActions(earlier, now),
    settled,
    topics: [
      ...carried.map((topicId) => ({ topicId, carried: true })),
      ...chosen.map((topicId) => ({ topicId, carried: false })),
    ],
    rules: call.preset
      ? withPreset(earlier.at(-1)?.state.rules ?? DEFAULT_RULES, call.preset)
      : (earlier.at(-1)?.state.rules ?? null),
  };
}

/** What carrying out a call writes, once its room `roomId` exists. */
export interface MeetingCallEvents {
  /** The room's events after its `room.created` (seq 1), in order. */
  seed: EventBody[];
  /** The council's event for the call. */
  event: Extract<CouncilEventBody, { type: 'council.meetingCalled' }>;
  reviewItemId: string;
  topics: MeetingTopic[];
}

/** The room's seed and the council's `council.meetingCalled` for a decided call whose room is `roomId`. */
export function meetingCalled(
  council: CouncilState,
  call: MeetingCall,
  ruling: MeetingCallRuling,
  roomId: string,
): MeetingCallEvents {
  const { reviewed, rules, topics: placed, settled } = ruling;
  const seed = meetingSeed({ council, roomId, scheduledAt: call.scheduledAt, rules, reviewed, topics: placed });
  return {
    seed: seed.events,
    reviewItemId: seed.reviewItemId,
    topics: seed.topics,
    event: {
      type: 'council.meetingCalled',
      roomId,
      title: call.title,
      scheduledAt: call.scheduledAt,
      reviewItemId: seed.reviewItemId,
      reviewed: reviewed.map(({ roomId: r, actionId }) => ({ roomId: r, actionId })),
      topics: seed.topics,
      settled,
    },
  };
}
