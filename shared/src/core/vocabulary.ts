/**
 * The domain's closed vocabularies (五定 · 六步), each a zod enum with its type beside it. This is
 * the base of the house: it imports nothing of ours but its plain lists (core/vocabularyLists.ts, no
 * zod, which the web app uses), and everything else may import it.
 */
import { z } from 'zod';
import {
  ROLES,
  PRESENCES,
  LOCALES,
  ROOM_PHASES,
  ITEM_STEPS,
  QUEUE_POLICIES,
  HAND_KINDS,
  DECISION_RULES,
  OUTCOMES,
  RESULT_VISIBILITIES,
  ACTION_TIERS,
  ACTION_STATUSES,
  QUORUM_BASES,
  MAJORITY_BASES,
  RULE_PRESETS,
  ITEM_CATEGORIES,
} from './vocabularyLists.js';
import type { CONSENSUS_LEVELS } from './vocabularyLists.js';

/** The plain lists, without zod (core/vocabularyLists.ts): the web app imports these. */
export {
  ROLES,
  PRESENCES,
  LOCALES,
  ROOM_PHASES,
  ITEM_STEPS,
  QUEUE_POLICIES,
  HAND_KINDS,
  SUGGESTED_GROUPS,
  DECISION_RULES,
  CONSENSUS_LEVELS,
  OUTCOMES,
  RESULT_VISIBILITIES,
  ACTION_TIERS,
  ACTION_STATUSES,
  SUGGESTED_MEETING_KINDS,
  DEFAULT_RULES,
  QUORUM_BASES,
  MAJORITY_BASES,
  RULE_PRESETS,
  ITEM_CATEGORIES,
} from './vocabularyLists.js';

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Presence = z.enum(PRESENCES);
export type Presence = z.infer<typeof Presence>;

export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const RoomPhase = z.enum(ROOM_PHASES);
export type RoomPhase = z.infer<typeof RoomPhase>;

export const ItemStep = z.enum(ITEM_STEPS);
export type ItemStep = z.infer<typeof ItemStep>;

export const QueuePolicy = z.enum(QUEUE_POLICIES);
export type QueuePolicy = z.infer<typeof QueuePolicy>;

export const HandKind = z.enum(HAND_KINDS);
export type HandKind = z.infer<typeof HandKind>;

export const DecisionRule = z.enum(DECISION_RULES);
export type DecisionRule = z.infer<typeof DecisionRule>;

export const ConsensusLevel = z.number().int().min(0).max(5);
export type ConsensusLevel = (typeof CONSENSUS_LEVELS)[number];

/** Responses per consensus level, index 0 (block) to 5 (strong support). */
export const LevelCounts = z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number()]);
export type LevelCounts = [number, number, number, number, number, number];

export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;

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

export const QuorumBase = z.enum(QUORUM_BASES);
export type QuorumBase = z.infer<typeof QuorumBase>;

export const MajorityBase = z.enum(MAJORITY_BASES);
export type MajorityBase = z.infer<typeof MajorityBase>;

export const RulePreset = z.enum(RULE_PRESETS);
export type RulePreset = z.infer<typeof RulePreset>;

export const ItemCategory = z.enum(ITEM_CATEGORIES);
export type ItemCategory = z.infer<typeof ItemCategory>;

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
  /**
   * Whether a member may name another to vote for them by written proxy (委托, `proxy.grant`); off
   * by default: the national law knows proxies for elections only (村民委员会组织法 art. 15), and
   * provinces cap them.
   */
  proxies: boolean;
  /** The proxies one holder may carry at once, 1 to 3 (provincial rules cap it at one, or up to three). */
  maxProxiesPerHolder: number;
  /**
   * What `eligibleCount` counts: people (villagers aged 18+, representatives) or households (户), as
   * a 村民会议 of households' representatives does (art. 22). With households, one household's
   * ballots count once and the quorum of attendance counts households present.
   */
  eligibleUnit: EligibleUnit;
  /** What the quorum counts: responses to the round, or the people present (the law's quorum). */
  quorumOf: QuorumBase;
  /** What the decision rule's share is taken of: responses, the people present, or all eligible. */
  majorityOf: MajorityBase;
  /**
   * The body whose legal rules these are (consensus/presets.ts), `consent` for a consultation that
   * decides nothing in law, `custom` once the host changed a rule a preset fixes.
   */
  preset: RulePreset;
}

/** What a room's `eligibleCount` counts: people, or households (户). */
export const EligibleUnit = z.enum(['people', 'households']);
export type EligibleUnit = z.infer<typeof EligibleUnit>;

export const ActionTier = z.enum(ACTION_TIERS);
export type ActionTier = z.infer<typeof ActionTier>;

export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;
