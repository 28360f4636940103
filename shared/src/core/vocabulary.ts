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
  ELIGIBLE_UNITS,
} from './vocabularyLists.js';
import type { CONSENSUS_LEVELS, Quorum as QuorumShape } from './vocabularyLists.js';

/**
 * The plain lists, without zod (core/vocabularyLists.ts), which the web app imports, and the meeting
 * rules' shape (定会纪), which lives beside their defaults; `Quorum` here is the schema's.
 */
export * from './vocabularyLists.js';

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

/** How many responses a round needs before it can decide (`Quorum` in core/vocabularyLists.ts). */
export const Quorum = z.union([
  z.strictObject({ count: z.number().int().min(1).max(1_000_000) }),
  z.strictObject({ share: z.number().gt(0).max(1), moreThan: z.boolean().optional() }),
]) satisfies z.ZodType<QuorumShape>;
export type Quorum = QuorumShape;

export const QuorumBase = z.enum(QUORUM_BASES);
export type QuorumBase = z.infer<typeof QuorumBase>;

export const MajorityBase = z.enum(MAJORITY_BASES);
export type MajorityBase = z.infer<typeof MajorityBase>;

export const RulePreset = z.enum(RULE_PRESETS);
export type RulePreset = z.infer<typeof RulePreset>;

export const ItemCategory = z.enum(ITEM_CATEGORIES);
export type ItemCategory = z.infer<typeof ItemCategory>;

/** What a room's `eligibleCount` counts: people, or households (户). */
export const EligibleUnit = z.enum(ELIGIBLE_UNITS);
export type EligibleUnit = z.infer<typeof EligibleUnit>;

export const ActionTier = z.enum(ACTION_TIERS);
export type ActionTier = z.infer<typeof ActionTier>;

export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;
