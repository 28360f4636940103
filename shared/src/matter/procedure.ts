/**
 * A matter's procedure (议事程序): the steps it goes through, each held by a council (a body) with
 * its own rules, and where it goes when a step does not pass. The preset `fourDeliberations` is
 * 四议两公开 as local guides write it: 村党组织提议 (proposal), 村两委会议商议 (consultation),
 * 党员大会审议 (review), 村民会议或村民代表会议决议 (resolution), then 决议公开 and 实施结果公开.
 * Pure: schemas and the rules a procedure must keep.
 */
import { z } from 'zod';

/** The four deliberations, then the two disclosures (公开). */
export const STEP_KINDS = [
  'proposal',
  'consultation',
  'review',
  'resolution',
  'resolutionDisclosure',
  'resultDisclosure',
] as const;
export const StepKind = z.enum(STEP_KINDS);
export type StepKind = z.infer<typeof StepKind>;

/** Steps a body decides in a meeting (a round on the matter's topic); the others are disclosures. */
export function isDeliberation(kind: StepKind): boolean {
  return kind !== 'resolutionDisclosure' && kind !== 'resultDisclosure';
}

/**
 * The rules a step's meeting must decide under, by name. `own`: the body's own rules, whichever they
 * are (a 村党组织 or 两委 meeting). `partyMembersMeeting`: 党员大会, at least two thirds of the party
 * members present and more than half of those present agreeing (the figures local guides to
 * 四议两公开 give). The others are the law's presets (meeting/presets.ts, each with its article);
 * `villagersOrRepresentatives` takes either body (村民会议 art. 22 or 村民代表会议 art. 25–26).
 */
export const STEP_RULES = [
  'own',
  'partyMembersMeeting',
  'villagersMeeting',
  'representativesMeeting',
  'villagersOrRepresentatives',
  'landContracting',
] as const;
export const StepRules = z.enum(STEP_RULES);
export type StepRules = z.infer<typeof StepRules>;

/** Where a matter goes when a step does not pass: back to an earlier step (its index), or it ends. */
export const OnFail = z.union([z.literal('end'), z.number().int().min(0)]);
export type OnFail = z.infer<typeof OnFail>;

/** One step: what it is, the council (body) holding it, its rules, and where a failure sends it. */
export const ProcedureStep = z.strictObject({
  kind: StepKind,
  councilId: z.string().regex(/^[\w-]{1,64}$/),
  rules: StepRules.default('own'),
  onFail: OnFail.default('end'),
});
export type ProcedureStep = z.infer<typeof ProcedureStep>;

/** At most this many steps in a procedure (a sent-back matter holds a step again; that is not a new step). */
export const MAX_STEPS = 12;

/** The councils holding 四议两公开's steps: one for each deliberation, one for both disclosures. */
export const FourDeliberationsCouncils = z.strictObject({
  proposal: ProcedureStep.shape.councilId,
  consultation: ProcedureStep.shape.councilId,
  review: ProcedureStep.shape.councilId,
  resolution: ProcedureStep.shape.councilId,
  disclosure: ProcedureStep.shape.councilId,
});
export type FourDeliberationsCouncils = z.infer<typeof FourDeliberationsCouncils>;

/**
 * 四议两公开 on the given councils. A proposal the party organisation does not adopt ends the
 * matter; a consultation that fails goes back to the proposal; a review or a resolution that fails
 * goes back to the consultation (the two committees rework it). Disclosures are recorded, not voted.
 */
export function fourDeliberations(councils: FourDeliberationsCouncils): ProcedureStep[] {
  return [
    { kind: 'proposal', councilId: councils.proposal, rules: 'own', onFail: 'end' },
    { kind: 'consultation', councilId: councils.consultation, rules: 'own', onFail: 0 },
    { kind: 'review', councilId: councils.review, rules: 'partyMembersMeeting', onFail: 1 },
    { kind: 'resolution', councilId: councils.resolution, rules: 'villagersOrRepresentatives', onFail: 1 },
    { kind: 'resolutionDisclosure', councilId: councils.disclosure, rules: 'own', onFail: 'end' },
    { kind: 'resultDisclosure', councilId: councils.disclosure, rules: 'own', onFail: 'end' },
  ];
}

/** Why a procedure cannot be followed, as a refusal key of the council table with its parameters; null when it can. */
export function procedureFault(
  steps: readonly ProcedureStep[],
): { reason: 'matter.procedureInvalid'; params: { n: number } } | null {
  const fault = (index: number) => ({ reason: 'matter.procedureInvalid' as const, params: { n: index + 1 } });
  if (steps.length === 0 || steps.length > MAX_STEPS) return fault(0);
  if (!isDeliberation(steps[0]!.kind)) return fault(0);
  for (const [index, step] of steps.entries()) {
    // A failure can only send a matter back to a deliberation before it; a disclosure never fails.
    if (typeof step.onFail === 'number' && (step.onFail >= index || !isDeliberation(steps[step.onFail]!.kind)))
      return fault(index);
    if (!isDeliberation(step.kind) && step.rules !== 'own') return fault(index);
  }
  return null;
}
