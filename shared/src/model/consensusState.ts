/** The state of consensus: rounds with their ballots and results, and recorded decisions. */
import type {
  ConsensusLevel,
  DecisionRule,
  LevelCounts,
  MajorityBase,
  Outcome,
  Quorum,
  QuorumBase,
  ResultVisibility,
  RulePreset,
} from '../core/vocabulary.js';
import type { Attendance } from './meetingState.js';

/**
 * One response from a phone. In anonymous rounds `memberId` is null on every client (the server
 * alone knows whose ballot is whose); while results are hidden, `level` and `reason` are null too.
 */
export interface Ballot {
  memberId: string | null;
  level: ConsensusLevel | null;
  reason: string | null;
  at: number;
  /**
   * The member who cast it by written proxy (委托) for `memberId`, or null for their own ballot
   * (and on every client in anonymous rounds). Absent in ballots recorded before proxies.
   */
  castBy?: string | null;
}

/** A reason given with a block or serious concern; named only in named rounds. */
export interface StatedReason {
  level: ConsensusLevel;
  reason: string;
  memberId: string | null;
  /** The holder who cast it by written proxy for `memberId` ("for A, by B"); null or absent otherwise, and in anonymous rounds. */
  castBy?: string | null;
}

/** A consensus check on the exact text of a draft, frozen when the round opened. */
export interface Round {
  id: string;
  itemId: string;
  text: string;
  textHash: string;
  openedAt: number;
  anonymous: boolean;
  visibility: ResultVisibility;
  rule: DecisionRule;
  /** The room's quorum and eligible count when the round opened (null for rounds recorded before quorums). */
  quorum: Quorum | null;
  eligibleCount: number | null;
  /** What the quorum counted and what the rule's share was of, as the round opened ('responses' in older rounds). */
  quorumOf: QuorumBase;
  majorityOf: MajorityBase;
  /** The preset in force as it opened (`landContracting` when its topic forced it); null in older rounds. */
  preset: RulePreset | null;
  status: 'open' | 'closed' | 'void';
  ballots: Record<string, Ballot>;
  /** Hands or cards counted in the room by the host, per level. */
  roomCounts: LevelCounts;
  /**
   * Set when the host confirmed a room count above the people marked in the room who had not voted
   * by phone: how many those were. Null when the count fits (the meter shows it either way).
   */
  roomCountConfirmedAbove: number | null;
  /** Set when the round closes: the combined counts, the outcome and the stated reasons. */
  result: {
    counts: LevelCounts;
    outcome: Outcome;
    reasons: StatedReason[];
    /** Who was present as it closed, the figure the result used; null in rounds closed before attendance. */
    attendance: Attendance | null;
  } | null;
  closedAt: number | null;
}

/** What was decided, on which text, by which rule: what the `decision.recorded` event carries. */
export interface DecisionRecord {
  itemId: string;
  roundId: string;
  statement: string;
  text: string;
  textHash: string;
  rule: DecisionRule;
  outcome: Outcome;
  counts: LevelCounts;
}

/** The recorded result of an item (定结果): its record, and who recorded it when. */
export interface Decision extends DecisionRecord {
  id: string;
  recordedAt: number;
  recordedBy: string | null;
}
