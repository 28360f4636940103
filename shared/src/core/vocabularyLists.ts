/**
 * The domain's closed vocabularies as plain lists (and the meeting rules: their shape and their
 * defaults), with no zod: what a client needs at run time. The zod enum of each list, and its type, are in core/vocabulary.ts,
 * which re-exports these; the web app's bundle then leaves zod out (docs/performance.md).
 */
/** The role a room link gives (decided once, at the door). */
export const ROLES = ['host', 'participant', 'observer'] as const;

export const PRESENCES = ['remote', 'in_room'] as const;

export const LOCALES = ['zh-CN', 'en'] as const;

export const ROOM_PHASES = ['preparing', 'in_session', 'adjourned', 'closed'] as const;

/** The six-step method (六步协商工作法), one stage after another for each topic. */
export const ITEM_STEPS = ['collecting', 'investigating', 'deliberating', 'deciding', 'acting', 'published'] as const;

export const QUEUE_POLICIES = ['fifo', 'firstTimeFirst', 'alternate'] as const;

export const HAND_KINDS = ['speak', 'reply', 'pointOfOrder'] as const;

/** Stakeholder groups the interface suggests (多元参与); members may also carry any other group name. */
export const SUGGESTED_GROUPS = [
  'resident',
  'partyMember',
  'expert',
  'propertyOffice',
  'committee',
  'official',
] as const;

/** How a consensus round is decided (定会纪): see consensus/verdict.ts for each rule's threshold. */
export const DECISION_RULES = ['consensus', 'supermajority', 'majority'] as const;

/**
 * What a quorum counts (法定人数): the round's `responses` (phone ballots plus the hall's hand count),
 * or the people `present` at the meeting (members present plus the hall headcount; the law's quorum
 * is attendance: 村民委员会组织法 art. 22, art. 26).
 */
export const QUORUM_BASES = ['responses', 'present'] as const;

/**
 * What a decision rule's share is taken of: the round's `responses`, the people `present`
 * ("过半数 of those present", 村民委员会组织法 art. 22, art. 26), or all who are `eligible` (the
 * room's `eligibleCount`: "two thirds of all members", 农村土地承包法 art. 19).
 */
export const MAJORITY_BASES = ['responses', 'present', 'eligible'] as const;

/**
 * The meeting rules the law sets for a body (meeting/presets.ts holds each preset's rules and
 * its legal source): 村民会议 (art. 22), 村民代表会议 (art. 25–26), a land-contracting plan
 * (农村土地承包法 art. 19), a consultation that decides nothing in law (`consent`, the default), or
 * rules the host set by hand (`custom`).
 */
export const RULE_PRESETS = [
  'villagersMeeting',
  'representativesMeeting',
  'landContracting',
  'consent',
  'custom',
] as const;

/**
 * Matters the law reserves to the 村民会议 (村民委员会组织法 art. 24), as a topic's `category`:
 * allowances for lost work time, use of collective income, public-welfare projects, the
 * land-contracting plan, collective economic projects, homestead allocation, use of
 * land-requisition compensation, disposal of collective property. A topic without a category is
 * an ordinary matter.
 */
export const ITEM_CATEGORIES = [
  'allowances',
  'collectiveIncome',
  'publicWelfare',
  'landContracting',
  'collectiveProjects',
  'homestead',
  'compensation',
  'collectiveProperty',
] as const;

/** Consensus levels: 0 block · 1 serious concerns · 2 some concerns · 3 can live with it · 4 support · 5 strong support. */
export const CONSENSUS_LEVELS = [0, 1, 2, 3, 4, 5] as const;

/**
 * What a consensus round decided under its rule (consensus/verdict.ts). `no_quorum`: too few
 * responses for the room's quorum (定会纪), so the round decided nothing whatever the levels say.
 */
export const OUTCOMES = ['adopted', 'not_adopted', 'no_quorum'] as const;

/** When a round's responses become visible: as they come in, or only once it closes. */
export const RESULT_VISIBILITIES = ['live', 'afterClose'] as const;

/**
 * Who carries out an action item (分层分类办事): residents themselves, the village or community
 * committee (村(社区)两委), the township or street office (乡镇(街道)), or a government department.
 */
export const ACTION_TIERS = ['residents', 'committee', 'township', 'department'] as const;

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'blocked'] as const;

/** Forms of meeting the interface suggests (屋场恳谈会 …); a room may also name any other form. */
export const SUGGESTED_MEETING_KINDS = [
  'houseYardTalk',
  'courtyardCouncil',
  'benchCouncil',
  'roundTable',
  'branchTalk',
  'gridTalk',
] as const;

/**
 * How many responses a round needs before it can decide (法定人数, part of 定会纪):
 * - `{ count: n }`: at least n responses;
 * - `{ share: x }` (0 < x ≤ 1): at least x of the room's `eligibleCount`, rounded up
 *   (two thirds of 30 households: 20);
 * - `{ share: x, moreThan: true }`: more than x of `eligibleCount` ("more than half of the 40
 *   adults": 21, of 41: 21).
 * A share needs `eligibleCount`. What it counts is the rules' `quorumOf`: the round's responses
 * (phone ballots plus the room's hand count) or the people present.
 */
export type Quorum = { count: number } | { share: number; moreThan?: boolean };

/** The meeting rules (定会纪). */
export interface Rules {
  /** Seconds per turn; null means turns are not timed. */
  speakingLimitSec: number | null;
  queuePolicy: (typeof QUEUE_POLICIES)[number];
  /** Turns one member may take on one agenda item; null means no cap. */
  maxTurnsPerItem: number | null;
  /** Whether a point of order may jump the queue. */
  pointsOfOrder: boolean;
  decisionRule: (typeof DECISION_RULES)[number];
  /** How many people (or households, as the room counts) are entitled to take part; null when not set. */
  eligibleCount: number | null;
  /** Responses a round needs to decide; null means none (any number of responses decides). */
  quorum: Quorum | null;
  /**
   * Whether members who declared an interest in an item (利益回避) may vote on it. When false
   * their ballots on that item are refused, and any they gave in an open round are withdrawn.
   */
  interestedMayVote: boolean;
  /** What the quorum counts: responses to the round, or the people present (the law's quorum). */
  quorumOf: (typeof QUORUM_BASES)[number];
  /** What the decision rule's share is taken of: responses, the people present, or all eligible. */
  majorityOf: (typeof MAJORITY_BASES)[number];
  /**
   * The body whose legal rules these are (meeting/presets.ts), `consent` for a consultation that
   * decides nothing in law, `custom` once the host changed a rule a preset fixes.
   */
  preset: (typeof RULE_PRESETS)[number];
}

/**
 * The rules of a new room. Rooms recorded before a rule existed read it from here too (the
 * `rules.set` fold fills missing rules with these), so old histories keep folding.
 */
export const DEFAULT_RULES: Rules = {
  speakingLimitSec: 120,
  queuePolicy: 'fifo',
  maxTurnsPerItem: null,
  pointsOfOrder: true,
  decisionRule: 'consensus',
  eligibleCount: null,
  quorum: null,
  interestedMayVote: false,
  quorumOf: 'responses',
  majorityOf: 'responses',
  preset: 'consent',
};
