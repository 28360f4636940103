/**
 * The rules of a matter's path (pure): which step is open, whether a meeting's round passes it (its
 * outcome under the step's rules), where the matter goes then, and whether the text a later body
 * decided is the one the earlier body passed or a visible amendment of it. The server reads the
 * round from the step's meeting (server/src/matter/) and stores what these return.
 */
import type { DecisionRule, LevelCounts, MajorityBase, Outcome, Quorum, QuorumBase } from '../core/vocabulary.js';
import type { CouncilRefusalKey } from '../council/councilRefusals.js';
import { isDeliberation, type ProcedureStep, type StepRules } from './procedure.js';
import { STEP_RULE_SETS } from './stepRuleSets.js';
import type { DecidedStep, DisclosedStep, MatterState, StepNext, StepRecord } from './matterState.js';

/** A round of the step's meeting on the matter's topic, as the room holds it. */
export interface RoundFacts {
  roomId: string;
  itemId: string;
  roundId: string;
  status: 'open' | 'closed' | 'void';
  outcome: Outcome | null;
  rule: DecisionRule;
  quorum: Quorum | null;
  quorumOf: QuorumBase;
  majorityOf: MajorityBase;
  counts: LevelCounts;
  present: number | null;
  text: string;
  textHash: string;
  closedAt: number | null;
}

/** A refusal of a matter rule: a key of the council table, its HTTP code, its parameters. */
export interface MatterRefusal {
  ok: false;
  code: 'invalid' | 'conflict' | 'not_found' | 'forbidden';
  reason: CouncilRefusalKey;
  params?: Record<string, string | number>;
}

/** The step open now, with its definition; null when the matter is done or ended. */
export function openStep(state: MatterState): { record: StepRecord; step: ProcedureStep } | null {
  const record = state.path.at(-1);
  const step = record && state.steps[record.index];
  return state.status === 'open' && record && step && !record.result ? { record, step } : null;
}

/**
 * Whether a round was held under one of the rule sets `rules` names: its quorum, what the quorum
 * counted, its decision rule and what its share was of, as the round opened (`own`: any).
 */
export function roundKeepsRules(
  rules: StepRules,
  round: Pick<RoundFacts, 'quorum' | 'quorumOf' | 'rule' | 'majorityOf'>,
): boolean {
  const sets = STEP_RULE_SETS[rules];
  if (sets.length === 0) return true;
  return sets.some(
    (set) =>
      (set.quorum === undefined || sameQuorum(set.quorum, round.quorum)) &&
      (set.quorumOf === undefined || set.quorumOf === round.quorumOf) &&
      (set.decisionRule === undefined || set.decisionRule === round.rule) &&
      (set.majorityOf === undefined || set.majorityOf === round.majorityOf),
  );
}

function sameQuorum(a: Quorum | null, b: Quorum | null): boolean {
  if (a === null || b === null) return a === b;
  if ('count' in a || 'count' in b) return 'count' in a && 'count' in b && a.count === b.count;
  return Math.abs(a.share - b.share) < 1e-9 && Boolean(a.moreThan) === Boolean(b.moreThan);
}

/** The text the last passed deliberation decided (the one a later body decides on), or null before any passed. */
export function lastPassedText(state: MatterState): { text: string; textHash: string } | null {
  for (const record of [...state.path].reverse()) {
    const result = record.result;
    if (result?.type === 'decided' && result.passed) return { text: result.text, textHash: result.textHash };
  }
  return null;
}

/** Where a step sends the matter: the next step (or `done` after the last) when it passed, else its `onFail`. */
export function nextAfter(state: MatterState, index: number, passed: boolean): StepNext {
  if (!passed) return state.steps[index]!.onFail;
  return index + 1 < state.steps.length ? index + 1 : 'done';
}

export type Judged<R> = { ok: true; index: number; result: R; next: StepNext } | MatterRefusal;

/**
 * Judges the open deliberation step by `round` (the last closed round of its meeting on the topic),
 * recorded by the council `by` (only the one holding the step may). `amended`: the holder says the
 * text is an amendment of the earlier passed text; a changed text not declared so is refused, so
 * every change is visible on the path with its diff.
 */
export function judgeDecision(
  state: MatterState,
  by: string,
  round: RoundFacts | null,
  amended: boolean,
): Judged<DecidedStep> {
  const open = openStep(state);
  if (!open) return refuse('conflict', 'matter.closed');
  if (open.step.councilId !== by) return refuse('forbidden', 'matter.notHolder');
  if (!isDeliberation(open.step.kind)) return refuse('invalid', 'matter.isDisclosure');
  if (!round || round.status !== 'closed' || round.outcome === null) return refuse('conflict', 'matter.notDecided');
  if (!roundKeepsRules(open.step.rules, round)) return refuse('conflict', 'matter.rulesNotMet');
  const earlier = lastPassedText(state);
  const changed = earlier !== null && earlier.textHash !== round.textHash;
  if (changed && !amended) return refuse('conflict', 'matter.textChanged');
  const passed = round.outcome === 'adopted';
  const result: DecidedStep = {
    type: 'decided',
    roomId: round.roomId,
    itemId: round.itemId,
    roundId: round.roundId,
    outcome: round.outcome,
    passed,
    counts: [...round.counts] as LevelCounts,
    present: round.present,
    text: round.text,
    textHash: round.textHash,
    amends: changed ? earlier : null,
    decidedAt: round.closedAt ?? 0,
  };
  return { ok: true, index: open.record.index, result, next: nextAfter(state, open.record.index, passed) };
}

/** Judges the open disclosure step by its publication (when, and where), recorded by the council `by`. Disclosures never fail. */
export function judgeDisclosure(
  state: MatterState,
  by: string,
  published: Omit<DisclosedStep, 'type'>,
): Judged<DisclosedStep> {
  const open = openStep(state);
  if (!open) return refuse('conflict', 'matter.closed');
  if (open.step.councilId !== by) return refuse('forbidden', 'matter.notHolder');
  if (isDeliberation(open.step.kind)) return refuse('invalid', 'matter.notDisclosure');
  const result: DisclosedStep = { type: 'disclosed', ...published };
  return { ok: true, index: open.record.index, result, next: nextAfter(state, open.record.index, true) };
}

function refuse(code: MatterRefusal['code'], reason: CouncilRefusalKey): MatterRefusal {
  return { ok: false, code, reason };
}
