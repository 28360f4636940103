/**
 * The consensus meter's arithmetic (集体研究决事): responses from phones and counts from the room
 * are added level by level, and the room's decision rule, taken over its denominator (the responses,
 * the people present, or all eligible), gives the outcome. Pure; integer arithmetic.
 */
import type { Attendance, Round } from '../model/state.js';
import type { DecisionRule, LevelCounts, MajorityBase, Outcome } from '../core/vocabulary.js';
import { roundAttendance, roundQuorum, type QuorumStanding } from './quorum.js';

/** The rule's share: what it is taken of, of how many, how many it needs, and how many are in favour. */
export interface ShareStanding {
  of: MajorityBase;
  /** The denominator: responses, people present, or people (households) eligible. */
  denominator: number;
  /** Responses in favour the rule needs over that denominator. */
  needed: number;
  /** Responses in favour: level 3 or above under consensus, level 4 or above otherwise. */
  inFavour: number;
}

export interface Verdict {
  counts: LevelCounts;
  total: number;
  blocks: number;
  seriousConcerns: number;
  /** Responses at level 3 (can live with it) or above, and at 4 (support) or above. */
  atLeast3: number;
  atLeast4: number;
  outcome: Outcome;
  /**
   * Why, for people: too few for the quorum, nobody responded, a block stopped it, the threshold
   * was not met, or it was met.
   */
  reason: 'no_quorum' | 'no_responses' | 'blocked' | 'below_threshold' | 'met';
  /** The round against its quorum, or null when it has none. */
  quorum: QuorumStanding | null;
  share: ShareStanding;
}

/** What a rule's share is taken of: the base and, for `present` and `eligible`, how many that is. */
export interface ShareBase {
  of: MajorityBase;
  /** People present, or eligible; ignored for `responses`. Null when not known (counts as none). */
  count?: number | null;
}

export function emptyCounts(): LevelCounts {
  return [0, 0, 0, 0, 0, 0];
}

export function addCounts(a: LevelCounts, b: readonly number[]): LevelCounts {
  return a.map((n, level) => n + (b[level] ?? 0)) as LevelCounts;
}

/** Phone responses whose level is known, plus the room's own count. */
export function roundCounts(round: Round): LevelCounts {
  const counts = emptyCounts();
  for (const ballot of Object.values(round.ballots)) {
    if (ballot.level !== null) counts[ballot.level] += 1;
  }
  return addCounts(counts, round.roomCounts);
}

/**
 * How many in favour `rule` needs over `denominator` (inclusive thresholds, exact integers):
 * - majority: more than half (过半数): ⌊d/2⌋ + 1 (21 of 40, 31 of 61);
 * - supermajority: at least two thirds (三分之二以上, which in Chinese law includes the number
 *   itself): ⌈2d/3⌉ (60 of 90, the land-contracting plan, 农村土地承包法 art. 19);
 * - consensus: at least three quarters at level 3 or above: ⌈3d/4⌉.
 */
export function neededFor(rule: DecisionRule, denominator: number): number {
  if (rule === 'majority') return Math.floor(denominator / 2) + 1;
  if (rule === 'supermajority') return Math.ceil((2 * denominator) / 3);
  return Math.ceil((3 * denominator) / 4);
}

/**
 * The outcome under `rule`, its share taken of `base` (default: the responses). Without the
 * quorum the outcome is `no_quorum`, whatever the levels: a round never reads "adopted" before its
 * quorum is met. Under consensus a single block stops it. A denominator of the present or eligible
 * is never below the responses (people who responded were there; a short count is a miscount),
 * so the share is never above 100%.
 */
export function verdict(
  counts: LevelCounts,
  rule: DecisionRule,
  quorum: QuorumStanding | null = null,
  base: ShareBase = { of: 'responses' },
): Verdict {
  const total = counts.reduce((a, b) => a + b, 0);
  const atLeast3 = counts[3] + counts[4] + counts[5];
  const atLeast4 = counts[4] + counts[5];
  const denominator = base.of === 'responses' ? total : Math.max(total, base.count ?? 0);
  const inFavour = rule === 'consensus' ? atLeast3 : atLeast4;
  const share = { of: base.of, denominator, needed: neededFor(rule, denominator), inFavour };
  const done = { counts, total, blocks: counts[0], seriousConcerns: counts[1], atLeast3, atLeast4, quorum, share };
  if (quorum && !quorum.met) return { ...done, outcome: 'no_quorum', reason: 'no_quorum' };
  if (total === 0) return { ...done, outcome: 'not_adopted', reason: 'no_responses' };
  if (rule === 'consensus' && counts[0] > 0) return { ...done, outcome: 'not_adopted', reason: 'blocked' };
  const met = inFavour >= share.needed;
  return { ...done, outcome: met ? 'adopted' : 'not_adopted', reason: met ? 'met' : 'below_threshold' };
}

/**
 * `round` under the rule, quorum and denominators it opened with: `now` is who is present now (for an
 * open round; a closed one uses the attendance it kept as it closed). `counts` defaults to the round's.
 */
export function roundVerdict(round: Round, now: Attendance, counts: LevelCounts = roundCounts(round)): Verdict {
  const present = roundAttendance(round, now);
  const count = round.majorityOf === 'eligible' ? round.eligibleCount : (present?.present ?? null);
  return verdict(counts, round.rule, roundQuorum(round, present), { of: round.majorityOf, count });
}
