/** The structured state of one room, folded from its events by `apply`. */
import type { ActionItem, CouncilLink, MeetingDetails, NoticeState, ScorecardState, Sitting } from './followUpState.js';
import { DEFAULT_RULES } from '../core/vocabularyLists.js';
import type {
  ConsensusLevel,
  DecisionRule,
  HandKind,
  ItemCategory,
  ItemStep,
  MajorityBase,
  Quorum,
  QuorumBase,
  ResultVisibility,
  RoomPhase,
  RulePreset,
  Rules,
} from '../core/vocabulary.js';
import type { Locale, Presence, LevelCounts, Outcome } from '../core/vocabulary.js';

export type {
  ActionItem,
  ActionTimelineEntry,
  CouncilLink,
  MeetingDetails,
  ReviewedAction,
  NoticeState,
  ScorecardState,
  Sitting,
  SubmittedScorecard,
} from './followUpState.js';

export interface Member {
  id: string;
  name: string;
  role: 'host' | 'participant';
  presence: Presence;
  /** Stakeholder group (村民, 党员, 专家 …), or null. */
  group: string | null;
  /** Added by the host for someone without a phone. */
  proxy: boolean;
  joinedAt: number;
  /**
   * When they came (server ms): their join, or for a member seated in advance (a council's roster)
   * their `member.arrived`; null while seated and not come. Only an arrived member is attending.
   */
  arrivedAt: number | null;
  /**
   * When the host removed them (`member.remove`), else null. The record keeps a removed member:
   * what they said and did stays theirs, but they no longer act, vote or come back as this member.
   */
  removedAt: number | null;
  /**
   * The member already present under the same name (by `nameKey`) when this one joined, while the
   * host has not decided (merge or keep both); null otherwise.
   */
  sameNameAs: string | null;
  /** The member this one was merged into (`member.merge`); such a member is also removed. */
  mergedInto: string | null;
  /**
   * Their household (户), a short label the host gives (a house number, the head's name), or null.
   * When the room counts households, one household has one voice (村民委员会组织法 art. 22).
   */
  household: string | null;
  /** When the host marked that they left the meeting (`member.departed`), else null; they are then not present. */
  departedAt: number | null;
}

/**
 * Who is present (实到), as a round uses it: `members` present (arrived, not departed, not removed)
 * plus the hall's `headcount` of people without an entry; `present` is their sum. Nobody is in both.
 */
export interface Attendance {
  members: number;
  headcount: number;
  present: number;
}

/** The hall's headcount (签到 · 清点人数) of people without an entry, and when it was taken (null: never). */
export interface Headcount {
  count: number;
  countedAt: number | null;
}

/** proposed → scheduled onto the agenda, or rejected with a reason. */
export type AgendaStatus = 'proposed' | 'scheduled' | 'rejected';

/** A fact established for an item (明事), with its source, who recorded it (a member id) and when. */
export interface Fact {
  id: string;
  text: string;
  source: string;
  addedBy: string | null;
  at: number;
  /** Set when the host withdrew it as wrong (`agenda.retractFact`); the record keeps the fact. */
  retracted: FactRetraction | null;
}

export interface FactRetraction {
  reason: string;
  /** The member id of the host who retracted it, or null for a host console without membership. */
  by: string | null;
  at: number;
}

export interface AgendaItem {
  id: string;
  title: string;
  description: string;
  proposedBy: string | null;
  proposedAt: number;
  status: AgendaStatus;
  step: ItemStep;
  supporters: string[];
  facts: Fact[];
  timeboxSec: number | null;
  rejectReason: string | null;
  /** When it last became the active item, for its timebox. */
  activatedAt: number | null;
  /** A locked draft is read-only for everyone (the host locks it, a consensus round too). */
  draftLocked: boolean;
  /** Named versions of the draft the host saved, oldest first. */
  versions: DraftVersion[];
  /** Consensus rounds and recorded decisions on this item, oldest first. */
  roundIds: string[];
  decisionIds: string[];
  /** Members who declared an interest in this item (利益回避), in the order they declared. */
  interests: Interest[];
  /** A matter the law reserves to the 村民会议 (村民委员会组织法 art. 24), or null for an ordinary one. */
  category: ItemCategory | null;
}

/** A declared interest of a member in an agenda item (利益回避): shown to all, and it may bar their vote. */
export interface Interest {
  memberId: string;
  note: string;
  declaredAt: number;
  /** Who declared it: the member, or the host on their behalf (null for a host console without a membership). */
  declaredBy: string | null;
}

/** A named copy of a draft's text, kept beside the live document. */
export interface DraftVersion {
  id: string;
  name: string;
  text: string;
  savedAt: number;
  savedBy: string | null;
}

/**
 * One response from a phone. In anonymous rounds `memberId` is null on every client (the server
 * alone knows whose ballot is whose); while results are hidden, `level` and `reason` are null too.
 */
export interface Ballot {
  memberId: string | null;
  level: ConsensusLevel | null;
  reason: string | null;
  at: number;
  /**
   * The member who cast it by written proxy (委托) for `memberId`, or null for their own ballot
   * (and on every client in anonymous rounds). Absent in ballots recorded before proxies.
   */
  castBy?: string | null;
}

/**
 * A written proxy (委托) for this meeting: `principalId` names `holderId` to vote for them. It is in
 * force while not revoked and the principal is not present; a principal who arrives (or comes back)
 * votes themselves. `reference` is the paper authorisation's reference the host recorded.
 */
export interface Proxy {
  id: string;
  principalId: string;
  holderId: string;
  reference: string | null;
  /** The member who granted it (the principal, or a host), or null for a host console without membership. */
  grantedBy: string | null;
  grantedAt: number;
  revokedAt: number | null;
  revokedBy: string | null;
}

/** A reason given with a block or serious concern; named only in named rounds. */
export interface StatedReason {
  level: ConsensusLevel;
  reason: string;
  memberId: string | null;
  /** The holder who cast it by written proxy for `memberId` ("for A, by B"); null or absent otherwise, and in anonymous rounds. */
  castBy?: string | null;
}

/** A consensus check on the exact text of a draft, frozen when the round opened. */
export interface Round {
  id: string;
  itemId: string;
  text: string;
  textHash: string;
  openedAt: number;
  anonymous: boolean;
  visibility: ResultVisibility;
  rule: DecisionRule;
  /** The room's quorum and eligible count when the round opened (null for rounds recorded before quorums). */
  quorum: Quorum | null;
  eligibleCount: number | null;
  /** What the quorum counted and what the rule's share was of, as the round opened ('responses' in older rounds). */
  quorumOf: QuorumBase;
  majorityOf: MajorityBase;
  /** The preset in force as it opened (`landContracting` when its topic forced it); null in older rounds. */
  preset: RulePreset | null;
  status: 'open' | 'closed' | 'void';
  ballots: Record<string, Ballot>;
  /** Hands or cards counted in the room by the host, per level. */
  roomCounts: LevelCounts;
  /**
   * Set when the host confirmed a room count above the people marked in the room who had not voted
   * by phone: how many those were. Null when the count fits (the meter shows it either way).
   */
  roomCountConfirmedAbove: number | null;
  /** Set when the round closes: the combined counts, the outcome and the stated reasons. */
  result: {
    counts: LevelCounts;
    outcome: Outcome;
    reasons: StatedReason[];
    /** Who was present as it closed, the figure the result used; null in rounds closed before attendance. */
    attendance: Attendance | null;
  } | null;
  closedAt: number | null;
}

/** The recorded result of an item (定结果): what was decided, on which text, by which rule. */
export interface Decision {
  id: string;
  itemId: string;
  roundId: string;
  statement: string;
  text: string;
  textHash: string;
  rule: DecisionRule;
  outcome: Outcome;
  counts: LevelCounts;
  recordedAt: number;
  recordedBy: string | null;
}

export interface QueueEntry {
  memberId: string;
  kind: HandKind;
  raisedAt: number;
}

/** The member who has the floor. Time spoken is derived from these fields, never broadcast per second. */
export interface Speaker {
  /**
   * Names this turn: the seq of its `speaker.started` event, so every turn has its own, even the same
   * member's next one. Commands on the floor carry it (`queue.stale` when it is no longer current).
   */
  turnId: number;
  memberId: string;
  itemId: string | null;
  kind: HandKind;
  startedAt: number;
  /** The limit at the start of the turn plus extensions; null when turns are not timed. */
  limitSec: number | null;
  /** Set while paused. */
  pausedAt: number | null;
  /** Paused time before `pausedAt`, excluded from the time spoken. */
  pausedMs: number;
}

/** One finished turn at speaking, for participation figures. */
export interface Turn {
  memberId: string;
  itemId: string | null;
  kind: HandKind;
  startedAt: number;
  spokenMs: number;
}

/**
 * The shape of `RoomState`; bumped whenever a field is added or changes meaning. A snapshot is only
 * a cache of the events: one of another version is ignored and the room replays its events instead.
 */
export const STATE_VERSION = 7;

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
  /** Written proxies (委托名单) by id, revoked ones included; ids in order of grant. */
  proxies: Record<string, Proxy>;
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
