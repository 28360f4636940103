/**
 * The matters' HTTP requests and answers (docs/protocol.md, "Matters"):
 *
 * | route                                                        | request                 | answer           |
 * | ------------------------------------------------------------ | ----------------------- | ---------------- |
 * | `POST /api/councils/:councilId/matters` (host)               | `CreateMatterRequest`   | `MatterView`     |
 * | `GET /api/councils/:councilId/matters` (any council link)    | —                       | `CouncilMatters` |
 * | `GET /api/matters/:matterId` (a link of an involved council) | —                       | `MatterView`     |
 * | `POST /api/matters/:matterId/outcome` (host of the open step's council) | `MatterOutcomeRequest` | `MatterView` |
 * | `POST /api/matters/:matterId/disclosure` (host of the open step's council) | `MatterDisclosureRequest` | `MatterView` |
 */
import { z } from 'zod';
import { COUNCIL_ROLES } from '../council/councilState.js';
import { LIMITS } from '../core/limits.js';
import { nameText } from '../core/names.js';
import { ItemCategory, LevelCounts, Outcome } from '../core/vocabulary.js';
import { FourDeliberationsCouncils, MAX_STEPS, OnFail, ProcedureStep, StepKind, StepRules } from './procedure.js';

export const MatterParams = z.object({ matterId: z.string().regex(/^[\w-]{1,64}$/) });

/** How long a disclosure's link may be. */
export const MATTER_LIMITS = { link: 2000, proposedBy: 200 } as const;

const requestId = z.string().min(8).max(64).optional();

/**
 * A new matter: its title, category (art. 24's reserved matters, or null), who proposed it, what it
 * proposes, and its procedure: the preset with the councils holding its steps, or custom steps.
 */
export const CreateMatterRequest = z.strictObject({
  title: nameText(LIMITS.title),
  category: ItemCategory.nullable().optional(),
  proposedBy: nameText(MATTER_LIMITS.proposedBy),
  description: z.string().trim().max(LIMITS.description).optional(),
  procedure: z.union([
    z.strictObject({ preset: z.literal('fourDeliberations'), councils: FourDeliberationsCouncils }),
    z.strictObject({ steps: z.array(ProcedureStep).min(1).max(MAX_STEPS) }),
  ]),
  requestId,
});
export type CreateMatterRequest = z.infer<typeof CreateMatterRequest>;

/** Records the open deliberation's outcome from its meeting; `amended` declares a changed text an amendment. */
export const MatterOutcomeRequest = z.strictObject({ amended: z.boolean().optional(), requestId });
export type MatterOutcomeRequest = z.infer<typeof MatterOutcomeRequest>;

/** Records the open disclosure: its publication date (ms) and where it is published. */
export const MatterDisclosureRequest = z.strictObject({
  publishedAt: z.number().int().min(0),
  link: z.url({ protocol: /^https?$/ }).max(MATTER_LIMITS.link),
  requestId,
});
export type MatterDisclosureRequest = z.infer<typeof MatterDisclosureRequest>;

const StepNextView = z.union([z.number(), z.literal('end'), z.literal('done')]);

export const StepRecordView = z.object({
  index: z.number(),
  openedAt: z.number(),
  topicId: z.string().nullable(),
  result: z
    .discriminatedUnion('type', [
      z.object({
        type: z.literal('decided'),
        roomId: z.string(),
        itemId: z.string(),
        roundId: z.string(),
        outcome: Outcome,
        passed: z.boolean(),
        counts: LevelCounts,
        present: z.number().nullable(),
        text: z.string(),
        textHash: z.string(),
        amends: z.object({ text: z.string(), textHash: z.string() }).nullable(),
        decidedAt: z.number(),
      }),
      z.object({ type: z.literal('disclosed'), publishedAt: z.number(), link: z.string() }),
    ])
    .nullable(),
  recordedAt: z.number().nullable(),
  next: StepNextView.nullable(),
});
export type StepRecordView = z.infer<typeof StepRecordView>;

/** A matter as its page shows it: the procedure's steps with their bodies' names, and the path so far. */
export const MatterView = z.object({
  matterId: z.string(),
  councilId: z.string(),
  title: z.string(),
  category: ItemCategory.nullable(),
  proposedBy: z.string(),
  description: z.string(),
  preset: z.enum(['fourDeliberations', 'custom']),
  status: z.enum(['open', 'done', 'ended']),
  createdAt: z.number(),
  /** The time zone of the council it was created at, in which its dates are read. */
  timeZone: z.string(),
  steps: z.array(
    z.object({
      kind: StepKind,
      councilId: z.string(),
      /** The holding council's name (null if it is gone). */
      councilName: z.string().nullable(),
      rules: StepRules,
      onFail: OnFail,
    }),
  ),
  path: z.array(StepRecordView),
  /** Which involved council's link read it, and its role there (what that holder may do on the page). */
  you: z.object({ councilId: z.string(), role: z.enum(COUNCIL_ROLES) }).optional(),
});
export type MatterView = z.infer<typeof MatterView>;

/** A council's matters (created there or holding one of their steps), newest first. */
export const CouncilMatters = z.object({
  matters: z.array(
    z.object({
      matterId: z.string(),
      title: z.string(),
      status: z.enum(['open', 'done', 'ended']),
      /** The open step's kind, or null when the matter is done or ended. */
      openStep: StepKind.nullable(),
      /** Whether this council holds the open step (its host records it). */
      holdsOpenStep: z.boolean(),
      createdAt: z.number(),
    }),
  ),
});
export type CouncilMatters = z.infer<typeof CouncilMatters>;
