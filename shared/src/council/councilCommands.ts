/**
 * What a council's members and host send through `POST /api/councils/:councilId/commands`: one
 * strict, capped zod schema each, with the type beside it (docs/protocol.md, "Councils").
 */
import { z } from 'zod';
import { LIMITS } from '../core/limits.js';
import { nameText, optionalNameText } from '../core/names.js';
import { EntityId, NOTICE_PERIOD_MAX_DAYS } from '../model/commands.js';

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

/** The host keeps the roster: a member's group, and whether they are in the expert pool (专家库). */
export const RosterUpdate = command('roster.update', {
  memberId: EntityId,
  group: optionalNameText(LIMITS.group).nullable().optional(),
  expert: z.boolean().optional(),
  /** Their household (户); null or empty clears it. */
  household: optionalNameText(LIMITS.household).nullable().optional(),
});
/** Anyone on the roster (or the host) proposes a topic for the pool (广泛征集知事), between meetings too. */
export const TopicPropose = command('topic.propose', {
  title: nameText(LIMITS.title),
  description: z.string().trim().max(LIMITS.description).optional(),
});
export const TopicSupport = command('topic.support', { topicId: EntityId });
export const TopicUnsupport = command('topic.unsupport', { topicId: EntityId });

/**
 * The host sets the council's disclosure settings (村务公开, council/disclosure.ts): the days a
 * meeting's resolution must be published within (`disclosureDueDays`) and a notice's default period on
 * the board (`disclosurePeriodDays`); a field left out stays as it is, null goes back to 7.
 */
export const SettingsSet = command('settings.set', {
  disclosureDueDays: z.number().int().min(1).max(NOTICE_PERIOD_MAX_DAYS).nullable().optional(),
  disclosurePeriodDays: z.number().int().min(1).max(NOTICE_PERIOD_MAX_DAYS).nullable().optional(),
});

export const CouncilCommand = z.discriminatedUnion('type', [
  RosterUpdate,
  TopicPropose,
  TopicSupport,
  TopicUnsupport,
  SettingsSet,
]);
export type CouncilCommand = z.infer<typeof CouncilCommand>;
export type CouncilCommandOf<T extends CouncilCommand['type']> = Extract<CouncilCommand, { type: T }>;

/** A person joining the roster (`POST …/members`): a name, a group; `expert` from the host only. */
export const JoinCouncil = z.strictObject({
  name: nameText(LIMITS.name),
  group: optionalNameText(LIMITS.group).optional(),
  /** Their household (户), for meetings that count households. */
  household: optionalNameText(LIMITS.household).optional(),
  expert: z.boolean().optional(),
  /**
   * A host of every meeting (the chair, 主持人/召集人): host link only. Through the host link it
   * defaults to true (the link's holder joining), except for an expert the host adds (an adviser).
   */
  host: z.boolean().optional(),
});
export type JoinCouncil = z.infer<typeof JoinCouncil>;
