/**
 * The consensus meter's arithmetic (集体研究决事): responses from phones and counts from the room
 * are added level by level, and the room's decision rule gives the outcome. Pure.
 */
import type { Round } from '../model/state.js';
import type { DecisionRule, LevelCounts, Outcome } from '../core/vocabulary.js';
import type { QuorumStanding } from './quorum.js';

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
   * Why, for people: too few responses for the quorum, nobody responded, a block stopped it, the
   * threshold was not met, or it was met.
   */
  reason: 'no_quorum' | 'no_responses' | 'blocked' | 'below_threshold' | 'met';
  /** The round against its quorum, or null when it has none. */
  quorum: QuorumStanding | null;
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
 * The outcome under `rule`. Without the quorum's responses the outcome is `no_quorum`, whatever the
 * levels: a round never reads "consensus reached" before its quorum is met. Thresholds are inclusive and exact (integer arithmetic, no rounding):
 * - consensus: no block, and at least 75% of all responses at level 3 or above;
 * - supermajority: at least two thirds at level 4 (support) or above; blocks count as opposition;
 * - majority: more than half at level 4 or above.
 */
export function verdict(counts: LevelCounts, rule: DecisionRule, quorum: QuorumStanding | null = null): Verdict {
  const total = counts.reduce((a, b) => a + b, 0);
  const atLeast3 = counts[3] + counts[4] + counts[5];
  const atLeast4 = counts[4] + counts[5];
  const base = { counts, total, blocks: counts[0], seriousConcerns: counts[1], atLeast3, atLeast4, quorum };
  if (quorum && !quorum.met) return { ...base, outcome: 'no_quorum', reason: 'no_quorum' };
  if (total === 0) return { ...base, outcome: 'not_adopted', reason: 'no_responses' };
  if (rule === 'consensus' && counts[0] > 0) return { ...base, outcome: 'not_adopted', reason: 'blocked' };
  const met =
    rule === 'consensus'
      ? 4 * atLeast3 >= 3 * total
      : rule === 'supermajority'
        ? 3 * atLeast4 >= 2 * total
        : 2 * atLeast4 > total;
  return { ...base, outcome: met ? 'adopted' : 'not_adopted', reason: met ? 'met' : 'below_threshold' };
}
