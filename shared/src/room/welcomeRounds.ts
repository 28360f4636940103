/**
 * A big round as a welcome carries it (issue 30). A round open to a hall of 2,000 has up to 2,000
 * ballots, ~80 bytes each as JSON, and every phone opening the link was sent them all. What a
 * screen shows of an open round is its count (levels, how many responded), the reasons given with
 * blocks and serious concerns (named in a named round), and your own ballot: so a round with more
 * than `LIMITS.welcomeBallots` ballots is welcomed with each ballot as its level alone (`levels`,
 * ~10 bytes: null while hidden), in full only the ballots a screen shows by name (a stated reason, a
 * proxy's); a closed one with none, its result having the counts, the reasons and the attendance.
 * Why the levels and not only a count: a changed vote names its ballot, not the level it had, so a
 * client's fold must hold each ballot's level to keep the count exact. Never who voted what in an
 * anonymous round, nor a hidden level: this packs the state as already redacted (redaction.ts).
 * The server packs (`packRounds`); the client unpacks into an ordinary state (`unpackRounds`). Pure.
 */
import { LIMITS } from '../core/limits.js';
import type { ConsensusLevel } from '../core/vocabulary.js';
import type { Ballot, Round, RoomState } from '../model/state.js';

/** A round in a welcome: `levels` holds the ballots `ballots` leaves out (only a big round's, only on the wire). */
export type WelcomeRound = Round & { levels?: Record<string, ConsensusLevel | null> };

/** The state as a welcome carries it: its big rounds packed. */
export type WelcomeState = Omit<RoomState, 'rounds'> & { rounds: Record<string, WelcomeRound> };

/** A ballot a screen shows by name or with its words, which the welcome keeps whole. */
function shownWhole(ballot: Ballot): boolean {
  return ballot.reason !== null || (ballot.castBy ?? null) !== null;
}

/** `state` (as presented to others) with each round of more than `limit` ballots packed. */
export function packRounds(state: RoomState, limit: number = LIMITS.welcomeBallots): WelcomeState {
  const big = (round: Round) => Object.keys(round.ballots).length > limit;
  if (!Object.values(state.rounds).some(big)) return state;
  const rounds = Object.values(state.rounds).map((round): [string, WelcomeRound] => [
    round.id,
    big(round) ? packRound(round) : round,
  ]);
  return { ...state, rounds: Object.fromEntries(rounds) };
}

function packRound(round: Round): WelcomeRound {
  if (round.status === 'closed') return { ...round, ballots: {} };
  const entries = Object.entries(round.ballots);
  const whole = entries.filter(([, ballot]) => shownWhole(ballot));
  const levels = entries.filter(([, ballot]) => !shownWhole(ballot)).map(([id, ballot]) => [id, ballot.level]);
  return { ...round, ballots: Object.fromEntries(whole), levels: Object.fromEntries(levels) };
}

/**
 * The welcome's state as an ordinary state: each packed ballot becomes a ballot with its level and
 * nothing else known (no member, no reason, the round's opening as its time), which is what the
 * counts, the responses and a changed vote's fold need.
 */
export function unpackRounds(state: WelcomeState): RoomState {
  if (!Object.values(state.rounds).some((r) => r.levels !== undefined)) return state as RoomState;
  const rounds = Object.values(state.rounds).map(({ levels, ...round }): [string, Round] => {
    if (!levels) return [round.id, round];
    const known = Object.entries(levels).map(([id, level]): [string, Ballot] => [
      id,
      { memberId: null, level, reason: null, at: round.openedAt, castBy: null },
    ]);
    return [round.id, { ...round, ballots: { ...Object.fromEntries(known), ...round.ballots } }];
  });
  return { ...state, rounds: Object.fromEntries(rounds) };
}
