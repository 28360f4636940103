/**
 * The domain's closed vocabularies (五定 · 六步), each a zod enum with its type beside it. This is
 * the base of the house: it imports nothing of ours, and everything else may import it.
 */
import { z } from 'zod';

/** The role a room link gives (decided once, at the door). */
export const ROLES = ['host', 'participant', 'observer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const PRESENCES = ['remote', 'in_room'] as const;
export const Presence = z.enum(PRESENCES);
export type Presence = z.infer<typeof Presence>;

export const LOCALES = ['zh-CN', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const ROOM_PHASES = ['preparing', 'in_session', 'adjourned', 'closed'] as const;
export const RoomPhase = z.enum(ROOM_PHASES);
export type RoomPhase = z.infer<typeof RoomPhase>;

/** The six-step method (六步协商工作法), one stage after another for each topic. */
export const ITEM_STEPS = ['collecting', 'investigating', 'deliberating', 'deciding', 'acting', 'published'] as const;
export const ItemStep = z.enum(ITEM_STEPS);
export type ItemStep = z.infer<typeof ItemStep>;

export const QUEUE_POLICIES = ['fifo', 'firstTimeFirst', 'alternate'] as const;
export const QueuePolicy = z.enum(QUEUE_POLICIES);
export type QueuePolicy = z.infer<typeof QueuePolicy>;

export const HAND_KINDS = ['speak', 'reply', 'pointOfOrder'] as const;
export const HandKind = z.enum(HAND_KINDS);
export type HandKind = z.infer<typeof HandKind>;

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
export const DecisionRule = z.enum(DECISION_RULES);
export type DecisionRule = z.infer<typeof DecisionRule>;

/** Consensus levels: 0 block · 1 serious concerns · 2 some concerns · 3 can live with it · 4 support · 5 strong support. */
export const CONSENSUS_LEVELS = [0, 1, 2, 3, 4, 5] as const;
export const ConsensusLevel = z.number().int().min(0).max(5);
export type ConsensusLevel = (typeof CONSENSUS_LEVELS)[number];

/** Responses per consensus level, index 0 (block) to 5 (strong support). */
export const LevelCounts = z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number()]);
export type LevelCounts = [number, number, number, number, number, number];

/**
 * What a consensus round decided under its rule (consensus/verdict.ts). `no_quorum`: too few
 * responses for the room's quorum (定会纪), so the round decided nothing whatever the levels say.
 */
export const OUTCOMES = ['adopted', 'not_adopted', 'no_quorum'] as const;
export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;

/** When a round's responses become visible: as they come in, or only once it closes. */
export const RESULT_VISIBILITIES = ['live', 'afterClose'] as const;
export const ResultVisibility = z.enum(RESULT_VISIBILITIES);
export type ResultVisibility = z.infer<typeof ResultVisibility>;

/**
 * How many responses a round needs before it can decide (法定人数, part of 定会纪):
 * - `{ count: n }`: at least n responses;
 * - `{ share: x }` (0 < x ≤ 1): at least x of the room's `eligibleCount`, rounded up
 *   (two thirds of 30 households: 20);
 * - `{ share: x, moreThan: true }`: more than x of `eligibleCount` ("more than half of the 40
 *   adults": 21, of 41: 21).
 * A share needs `eligibleCount`. Responses are phone ballots plus the room's hand count.
 */
export const Quorum = z.union([
  z.strictObject({ count: z.number().int().min(1).max(1_000_000) }),
  z.strictObject({ share: z.number().gt(0).max(1), moreThan: z.boolean().optional() }),
]);
export type Quorum = z.infer<typeof Quorum>;

/** The meeting rules (定会纪). */
export interface Rules {
  /** Seconds per turn; null means turns are not timed. */
  speakingLimitSec: number | null;
  queuePolicy: QueuePolicy;
  /** Turns one member may take on one agenda item; null means no cap. */
  maxTurnsPerItem: number | null;
  /** Whether a point of order may jump the queue. */
  pointsOfOrder: boolean;
  decisionRule: DecisionRule;
  /** How many people (or households, as the room counts) are entitled to take part; null when not set. */
  eligibleCount: number | null;
  /** Responses a round needs to decide; null means none (any number of responses decides). */
  quorum: Quorum | null;
  /**
   * Whether members who declared an interest in an item (利益回避) may vote on it. When false
   * their ballots on that item are refused, and any they gave in an open round are withdrawn.
   */
  interestedMayVote: boolean;
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
};

/**
 * Who carries out an action item (分层分类办事): residents themselves, the village or community
 * committee (村(社区)两委), the township or street office (乡镇(街道)), or a government department.
 */
export const ACTION_TIERS = ['residents', 'committee', 'township', 'department'] as const;
export const ActionTier = z.enum(ACTION_TIERS);
export type ActionTier = z.infer<typeof ActionTier>;

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'blocked'] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** Forms of meeting the interface suggests (屋场恳谈会 …); a room may also name any other form. */
export const SUGGESTED_MEETING_KINDS = [
  'houseYardTalk',
  'courtyardCouncil',
  'benchCouncil',
  'roundTable',
  'branchTalk',
  'gridTalk',
] as const;
