/** The structured state of one room, folded from its events by `apply`; each area's shapes in its own module. */
import type { ActionItem, CouncilLink, NoticeState, ScorecardState } from './followUpState.js';
import type { AgendaItem } from './agendaState.js';
import type { Decision, Round } from './consensusState.js';
import type { Headcount, Joining, MeetingDetails, Member, Proxy, Roll, Sitting } from './meetingState.js';
import type { QueueEntry, Speaker, Turn } from './queueState.js';
import { DEFAULT_RULES } from '../core/vocabularyLists.js';
import type { Locale, RoomPhase, Rules } from '../core/vocabulary.js';

export type {
  ActionItem,
  ActionTimelineEntry,
  CouncilLink,
  ReviewedAction,
  NoticeState,
  ScorecardState,
  SubmittedScorecard,
} from './followUpState.js';
export type { AgendaItem, AgendaStatus, DraftVersion, Fact, FactRetraction, Interest } from './agendaState.js';
export type { Ballot, Decision, Round, StatedReason } from './consensusState.js';
export type { Attendance, Headcount, MeetingDetails, Member, Proxy, Roll, Sitting } from './meetingState.js';
export type { QueueEntry, Speaker, Turn } from './queueState.js';

/**
 * The shape of `RoomState`; bumped whenever a field is added or changes meaning. A snapshot is only
 * a cache of the events: one of another version is ignored and the room replays its events instead.
 */
export const STATE_VERSION = 11;

export interface RoomState {
  version: number;
  roomId: string;
  title: string;
  locale: Locale;
  phase: RoomPhase;
  createdAt: number;
  /** The seq and server time of the last event folded in. */
  seq: number;
  updatedAt: number;
  rules: Rules;
  members: Record<string, Member>;
  /** The hall's headcount of people without an entry; present = members present + this (meeting/attendance.ts). */
  headcount: Headcount;
  /** Who is present, counted over every member (meeting/roll.ts): a client may lack the members it counts. */
  roll: Roll;
  /** Every item ever proposed, by id, and their order of proposal. */
  items: Record<string, AgendaItem>;
  itemOrder: string[];
  /** The scheduled items, in agenda order. */
  agenda: string[];
  activeItemId: string | null;
  /** Raised hands in the order they were raised (or moved by the host); see queuePolicy for serving order. */
  queue: QueueEntry[];
  speaker: Speaker | null;
  turns: Turn[];
  rounds: Record<string, Round>;
  decisions: Record<string, Decision>;
  /** Decisions in the order they were recorded. */
  decisionOrder: string[];
  details: MeetingDetails;
  sittings: Sitting[];
  actions: Record<string, ActionItem>;
  /** Action items in the order they were created. */
  actionOrder: string[];
  notice: NoticeState;
  /** The standing council this room is a meeting of, or null for a room on its own. */
  council: CouncilLink | null;
  scorecard: ScorecardState;
  /** Written proxies (委托名单) by id, revoked ones included. */
  proxies: Record<string, Proxy>;
  /** Whether joining by name is locked, and who waits for the host (issue 30). */
  joining: Joining;
}

/** The state before the first event (`room.created`) is applied. */
export function emptyState(roomId: string): RoomState {
  return {
    version: STATE_VERSION,
    roomId,
    title: '',
    locale: 'en',
    phase: 'preparing',
    createdAt: 0,
    seq: 0,
    updatedAt: 0,
    rules: DEFAULT_RULES,
    members: {},
    headcount: { count: 0, countedAt: null },
    roll: { people: 0, households: 0, withoutPhone: 0 },
    items: {},
    itemOrder: [],
    agenda: [],
    activeItemId: null,
    queue: [],
    speaker: null,
    turns: [],
    rounds: {},
    decisions: {},
    decisionOrder: [],
    details: { place: null, kind: null, scheduledAt: null, timeZone: null },
    sittings: [],
    actions: {},
    actionOrder: [],
    notice: { published: false, publishedAt: null },
    council: null,
    scorecard: { rubric: null, cards: {} },
    proxies: {},
    joining: { locked: false, waiting: {} },
  };
}

/** Everyone who took part: every member, removed ones included, in the order they joined. */
export function membersInOrder(state: RoomState): Member[] {
  return Object.values(state.members).sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
}

/**
 * Who attended (came to the meeting at any time), removed ones included, in the order they joined:
 * a member seated in advance who never arrived is not among them. Every attendance, presence and
 * participation figure counts these.
 */
export function attendingMembers(state: Pick<RoomState, 'members'>): Member[] {
  return Object.values(state.members)
    .filter((m) => m.arrivedAt !== null)
    .sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
}

/** The members taking part now: those not removed, in the order they joined. */
export function currentMembers(state: RoomState): Member[] {
  return membersInOrder(state).filter((m) => m.removedAt === null);
}
