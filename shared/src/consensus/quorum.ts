/**
 * Quorum (法定人数, one of the meeting rules, 定会纪): how many a round needs before its levels decide
 * anything. It counts what the round's `quorumOf` says: its responses (phone ballots plus the room's
 * hand count, kept apart so the meter can show both and nobody is counted twice unseen), or the
 * people present (members present plus the hall's headcount: the law's quorum is attendance,
 * 村民委员会组织法 art. 22, art. 26). Pure; integer results.
 */
import type { Quorum, QuorumBase } from '../core/vocabulary.js';
import type { Attendance, Round } from '../model/state.js';

/** Responses to a round: phone ballots (`digital`) and hands or cards counted in the room (`counted`). */
export interface Responses {
  digital: number;
  counted: number;
  total: number;
}

/** Where a round stands against its quorum. */
export interface QuorumStanding {
  /** What the quorum counts: the round's responses, or the people present. */
  of: QuorumBase;
  /** How many the quorum asks for. */
  needed: number;
  /** How many there are: responses so far (digital plus counted), or the people present. */
  reached: number;
  met: boolean;
}

/** Products within this of an integer are that integer: 2/3 of 30 is 20, not 20.000000000000004. */
const EPSILON = 1e-9;

/**
 * The responses `quorum` needs, or null when there is none. `{ count: n }` needs n; `{ share: x }`
 * needs x × `eligibleCount` rounded up; with `moreThan` it needs the next whole number above
 * x × `eligibleCount` (more than half of 40 is 21, of 41 also 21). A share without an eligible
 * count needs nothing to compare with and gives null (rules.set refuses that combination).
 */
export function quorumNeeded(quorum: Quorum | null, eligibleCount: number | null): number | null {
  if (quorum === null) return null;
  if ('count' in quorum) return quorum.count;
  if (eligibleCount === null) return null;
  const exact = quorum.share * eligibleCount;
  const whole = Math.round(exact);
  if (Math.abs(exact - whole) < EPSILON) return Math.max(1, quorum.moreThan ? whole + 1 : whole);
  return Math.max(1, Math.ceil(exact));
}

/**
 * A round's responses: while open, every phone ballot (even one whose level is hidden from this
 * viewer) and the room's count; once closed, the closing totals, of which the room's count is part.
 */
export function roundResponses(round: Round): Responses {
  const counted = round.roomCounts.reduce((a, b) => a + b, 0);
  if (round.result) {
    const total = round.result.counts.reduce((a, b) => a + b, 0);
    return { digital: total - counted, counted, total };
  }
  const digital = Object.keys(round.ballots).length;
  return { digital, counted, total: digital + counted };
}

/**
 * Who was present for `round`: as it closed (the figure its result used and keeps), or `now` while
 * it is open. Null for a round closed before attendance was recorded.
 */
export function roundAttendance(round: Round, now: Attendance): Attendance | null {
  return round.result ? round.result.attendance : now;
}

/**
 * The round against the quorum it opened with, or null when it opened without one. `present` is
 * who was present (`roundAttendance`); a quorum of the present with no figure counts nobody.
 */
export function roundQuorum(round: Round, present: Attendance | null): QuorumStanding | null {
  const needed = quorumNeeded(round.quorum, round.eligibleCount);
  if (needed === null) return null;
  const of = round.quorumOf;
  const reached = of === 'present' ? (present?.present ?? 0) : roundResponses(round).total;
  return { of, needed, reached, met: reached >= needed };
}
