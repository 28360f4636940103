/**
 * A consensus round as the record proves it (定结果, issue 24 §6): the preset and its legal source,
 * who was entitled and present (members and the hall's headcount), the quorum needed and reached,
 * what the rule's share was taken of, the counts per level, the recusals, the share and the outcome,
 * and the frozen text with its fingerprint. Every round of an item is on record: void and superseded
 * ones too, with the reasons given for blocks. One presenter for the minutes and the notice.
 */
import { z } from 'zod';
import { ownEntries } from '../core/own.js';
import {
  ConsensusLevel,
  DecisionRule,
  LevelCounts,
  MajorityBase,
  Outcome,
  QuorumBase,
  RulePreset,
} from '../core/vocabulary.js';
import { memberName } from '../meeting/memberName.js';
import type { AgendaItem, RoomState, Round } from '../model/state.js';
import { attendanceNow } from '../meeting/attendance.js';
import { roundVerdict } from './verdict.js';
import { roundAttendance } from './quorum.js';

export const RoundRecord = z.object({
  id: z.string(),
  itemTitle: z.string(),
  status: z.enum(['open', 'closed', 'void']),
  /** A later round on the same item followed this one. */
  superseded: z.boolean(),
  anonymous: z.boolean(),
  openedAt: z.number(),
  closedAt: z.number().nullable(),
  /** The preset in force as it opened (core/lawTerms.ts names it and its source); null in older rounds. */
  preset: RulePreset.nullable(),
  rule: DecisionRule,
  /** People (or households) entitled, as the round opened (应到); null when not set. */
  eligibleCount: z.number().nullable(),
  /** Who was present (实到): as it closed, or now while open; null in rounds closed before attendance. */
  attendance: z.object({ members: z.number(), headcount: z.number(), present: z.number() }).nullable(),
  quorum: z.object({ of: QuorumBase, needed: z.number(), reached: z.number(), met: z.boolean() }).nullable(),
  /** The rule's share: of what, over how many, how many it needed, how many were in favour. */
  share: z.object({ of: MajorityBase, denominator: z.number(), needed: z.number(), inFavour: z.number() }),
  counts: LevelCounts,
  responses: z.number(),
  /** The outcome of a closed round; null while open or void. */
  outcome: Outcome.nullable(),
  /** Why, in the verdict's words: no quorum, no responses, blocked, below the threshold, met. */
  reason: z.enum(['no_quorum', 'no_responses', 'blocked', 'below_threshold', 'met']),
  /** Reasons given with blocks and serious concerns; `name` only where the presenter may name people. */
  reasons: z.array(z.object({ level: ConsensusLevel, reason: z.string(), name: z.string().nullable() })),
  /** Members who declared an interest in the item and whom the rules bar from voting on it (回避). */
  recusals: z.array(z.string()),
  /** The exact text the round asked about, and its SHA-256 fingerprint (hex). */
  text: z.string(),
  textHash: z.string(),
});
export type RoundRecord = z.infer<typeof RoundRecord>;

/**
 * `round` on the record. `named`: whether reasons may name who gave them (the minutes, for named
 * rounds; never the public notice, never an anonymous round).
 */
export function presentRound(state: RoomState, round: Round, named: boolean): RoundRecord {
  const item = ownEntries(state.items, [round.itemId])[0];
  const v = roundVerdict(round, attendanceNow(state), round.result?.counts);
  const later = item ? item.roundIds.indexOf(round.id) < item.roundIds.length - 1 : false;
  return {
    id: round.id,
    itemTitle: item?.title ?? '',
    status: round.status,
    superseded: later,
    anonymous: round.anonymous,
    openedAt: round.openedAt,
    closedAt: round.closedAt,
    preset: round.preset,
    rule: round.rule,
    eligibleCount: round.eligibleCount,
    attendance: roundAttendance(round, attendanceNow(state)),
    quorum: v.quorum,
    share: v.share,
    counts: [...v.counts],
    responses: v.total,
    outcome: round.result?.outcome ?? null,
    reason: v.reason,
    reasons: (round.result?.reasons ?? []).map((r) => ({
      level: r.level,
      reason: r.reason,
      name: named && !round.anonymous ? memberName(state, r.memberId) : null,
    })),
    recusals: recusalsOf(state, item),
    text: round.text,
    textHash: round.textHash,
  };
}

/** Names of members the rules bar from voting on `item` (a declared interest, `interestedMayVote: false`). */
function recusalsOf(state: RoomState, item: AgendaItem | undefined): string[] {
  if (!item || state.rules.interestedMayVote) return [];
  return item.interests.map((d) => memberName(state, d.memberId) ?? '');
}

/** Every round of `item`, oldest first. */
export function roundsOnRecord(state: RoomState, item: AgendaItem, named: boolean): RoundRecord[] {
  return ownEntries(state.rounds, item.roundIds).map((r) => presentRound(state, r, named));
}
