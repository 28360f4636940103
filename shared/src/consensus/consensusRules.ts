/** Rules for consensus rounds (集体研究决事) and for recording the decision (定结果). */
import { advance, findItem } from '../agenda/agendaRules.js';
import { own, ownEntries } from '../core/own.js';
import type { ConsensusLevel, LevelCounts } from '../core/vocabulary.js';
import type { CommandOf } from '../model/commands.js';
import { accept, findOwn, nextId, refuse, type Found, type Ruling, type RuleContext } from '../model/ruling.js';
import type { AgendaItem, Round, RoomState } from '../model/state.js';
import { addCounts, emptyCounts, roundCounts, roundVerdict } from './verdict.js';
import { attendanceNow } from '../meeting/attendance.js';
import { roundRules } from './reservedMatters.js';
import { countableInRoom } from './handCount.js';
import { barredFromVoting, interestOf } from './interestVoting.js';
import { needsReason } from './needsReason.js';
import { commandRules, type MayContext } from '../model/commandRules.js';
import { countedRound } from './countedBallots.js';
import { whoVotes } from './voteRules.js';
import { ballotsFor } from './ballotIndex.js';
import type { EventBody } from '../model/events.js';

function findRound(state: RoomState, roundId: string): Found<Round> {
  return findOwn(state.rounds, roundId, 'round.unknown');
}

/** The round of `item` that is open now, if any (at most one is). */
export function openRoundOf(state: RoomState, item: AgendaItem): Round | undefined {
  return ownEntries(state.rounds, item.roundIds).find((r) => r.status === 'open');
}

/**
 * Whether a round may be opened on item `itemId` now, before the server reads the draft: the item
 * exists, is not rejected, and has no round open.
 */
export function mayOpen({ state }: Pick<MayContext, 'state'>, { itemId }: { itemId: string }): Ruling | null {
  const found = findItem(state, itemId);
  if (!found.ok) return found.decision;
  if (found.value.status === 'rejected') return refuse('conflict', 'item.rejected');
  return openRoundOf(state, found.value) ? refuse('conflict', 'round.openAlready') : null;
}

/** Opens a round on the draft's current text, which the server froze and hashed (`inputs.frozenDraft`). */
export function open({ state, inputs }: RuleContext, command: CommandOf<'consensus.open'>): Ruling {
  const barred = mayOpen({ state }, command);
  if (barred) return barred;
  const item = own(state.items, command.itemId)!;
  const frozen = inputs.frozenDraft;
  if (!frozen) return refuse('internal', 'server.draftUnreadable');
  if (frozen.text.trim().length === 0) return refuse('conflict', 'draft.empty');
  const rules = roundRules(state.rules, item);
  // A share of everyone eligible (the land-contracting plan) needs to know how many that is.
  if (rules.majorityOf === 'eligible' && rules.eligibleCount === null) return refuse('conflict', 'round.needsEligible');
  const roundId = nextId(state, 'r');
  return accept(
    [
      ...advance(item, 'deciding'),
      {
        type: 'consensus.opened',
        roundId,
        itemId: item.id,
        text: frozen.text,
        textHash: frozen.textHash,
        anonymous: command.anonymous ?? false,
        visibility: command.visibility ?? 'live',
        rule: rules.decisionRule,
        quorum: rules.quorum,
        eligibleCount: rules.eligibleCount,
        quorumOf: rules.quorumOf,
        majorityOf: rules.majorityOf,
        preset: rules.preset,
      },
    ],
    roundId,
  );
}

/** A member's response; sending again changes it while the round is open. Blocks and serious concerns need a reason. */
export function vote({ state, actor }: RuleContext, command: CommandOf<'consensus.vote'>): Ruling {
  const found = findRound(state, command.roundId);
  if (!found.ok) return found.decision;
  const round = found.value;
  if (command.forMemberId !== undefined && !own(state.members, command.forMemberId)) {
    return refuse('not_found', 'member.unknown');
  }
  if (round.status !== 'open') return refuse('conflict', 'round.closed');
  const reason = command.reason?.trim() || null;
  if (needsReason(command.level) && !reason) {
    return refuse('invalid', 'round.reasonNeeded');
  }
  // Whose voice this is: the voter's own, or their principal's by written proxy (voteRules.ts).
  const voter = whoVotes(state, round, actor.memberId!, command.forMemberId);
  if (!voter.ok) return voter.decision;
  const { memberId, castBy } = voter;
  // The schema has checked that the level is an integer from 0 to 5.
  const mine = ballotsFor(round.ballots, memberId);
  // A ballot is changed in place only by whoever cast it: a principal voting in person gets a ballot of
  // their own, so the holder does not see their level in the one they cast.
  const existing = mine.find(([, b]) => (b.castBy ?? null) === castBy)?.[0];
  const ballotId = existing ?? nextId(state, 'b');
  const events: EventBody[] = [];
  if (castBy === null && !round.anonymous) {
    // In a named round the proxy's ballot goes as its principal votes; in an anonymous one the
    // closing count sets it aside (countedBallots.ts), so no event ties the two.
    for (const [id, b] of mine) {
      if (b.castBy) events.push({ type: 'consensus.ballotWithdrawn', roundId: round.id, ballotId: id });
    }
  }
  events.push({
    type: 'consensus.voted',
    roundId: round.id,
    ballotId,
    memberId,
    level: command.level as ConsensusLevel,
    reason,
    ...(castBy === null ? {} : { castBy }),
  });
  return accept(events, ballotId);
}

/**
 * Whether `actor` may respond in round `roundId` now, before a level is chosen: the round exists and
 * is open, and no declared interest bars them (利益回避). The rule checks the same, in its order.
 */
export function mayVote({ state, actor }: MayContext, { roundId }: { roundId: string }): Ruling | null {
  const found = findRound(state, roundId);
  if (!found.ok) return found.decision;
  if (found.value.status !== 'open') return refuse('conflict', 'round.closed');
  return interestBar(state, found.value, actor.memberId);
}

function interestBar(state: RoomState, round: Round, memberId: string | null): Ruling | null {
  const item = own(state.items, round.itemId);
  if (!item || !barredFromVoting(state.rules, item, memberId)) return null;
  return refuse('forbidden', 'round.interested', { note: interestOf(item, memberId)!.note });
}

/**
 * The room's count of hands or cards; a new count replaces the previous one. A count larger than
 * the people it may cover (`countableInRoom`) is refused `round.tallyAbovePresent` unless the host
 * confirms it (`confirm: true`); the event then records how many it went above.
 */
export function tally({ state }: RuleContext, command: CommandOf<'consensus.tally'>): Ruling {
  const found = findRound(state, command.roundId);
  if (!found.ok) return found.decision;
  const round = found.value;
  if (round.status !== 'open') return refuse('conflict', 'round.closed');
  const counts = addCounts(
    emptyCounts(),
    [0, 1, 2, 3, 4, 5].map((l) => command.counts[String(l) as '0'] ?? 0),
  );
  const count = counts.reduce((a, b) => a + b, 0);
  const present = countableInRoom(state, round);
  const above = count > present;
  if (above && command.confirm !== true) return refuse('conflict', 'round.tallyAbovePresent', { count, present });
  return accept([{ type: 'consensus.tallied', roundId: round.id, counts, confirmedAbove: above ? present : null }]);
}

/**
 * Closes a round; the decision rule chosen when it opened gives the outcome, over who is present as
 * it closes (members present plus the hall's headcount), which the round keeps.
 */
export function close({ state }: RuleContext, command: CommandOf<'consensus.close'>): Ruling {
  const found = findRound(state, command.roundId);
  if (!found.ok) return found.decision;
  const round = found.value;
  if (round.status !== 'open') return refuse('conflict', 'round.closedAlready');
  // What counts leaves out ballots set aside (countedBallots.ts): recused, removed, superseded.
  const counted = countedRound(state, round);
  const counts: LevelCounts = roundCounts(counted);
  const attendance = attendanceNow(state);
  const { outcome } = roundVerdict(counted, attendance, counts);
  const reasons = Object.values(counted.ballots)
    .filter((b) => b.level !== null && needsReason(b.level) && b.reason)
    .map((b) => ({
      level: b.level!,
      reason: b.reason!,
      memberId: round.anonymous ? null : b.memberId,
      ...(b.castBy && !round.anonymous ? { castBy: b.castBy } : {}),
    }));
  return accept([{ type: 'consensus.closed', roundId: round.id, outcome, counts, reasons, attendance }]);
}

/** Records the decision of a closed round as the item's result; an adopted one moves the item on to acting. */
export function record({ state }: RuleContext, command: CommandOf<'decision.record'>): Ruling {
  const barred = mayRecord({ state }, command);
  if (barred) return barred;
  const round = own(state.rounds, command.roundId)!;
  if (!round.result) return refuse('conflict', 'decision.closeFirst');
  const item = own(state.items, round.itemId)!;
  const decisionId = nextId(state, 'd');
  const { outcome, counts } = round.result;
  return accept(
    [
      {
        type: 'decision.recorded',
        decisionId,
        itemId: item.id,
        roundId: round.id,
        statement: command.statement,
        text: round.text,
        textHash: round.textHash,
        rule: round.rule,
        outcome,
        counts,
      },
      ...(outcome === 'adopted' ? advance(item, 'acting') : []),
    ],
    decisionId,
  );
}

/** Whether round `roundId`'s decision may be recorded now, before the statement is read: closed, not yet recorded. */
export function mayRecord({ state }: Pick<MayContext, 'state'>, { roundId }: { roundId: string }): Ruling | null {
  const found = findRound(state, roundId);
  if (!found.ok) return found.decision;
  const round = found.value;
  if (round.status !== 'closed' || !round.result) return refuse('conflict', 'decision.closeFirst');
  const recorded = Object.values(state.decisions).some((d) => d.roundId === round.id);
  return recorded ? refuse('conflict', 'decision.recordedAlready') : null;
}

/** Consensus rounds' and decisions' commands: who may send each (model/commandRules.ts `Access`) and its rule; `decide` dispatches by this list. */
export const CONSENSUS_COMMANDS = commandRules({
  'consensus.open': { access: 'host', may: mayOpen, rule: open },
  'consensus.vote': { access: 'member', may: mayVote, rule: vote },
  'consensus.tally': { access: 'host', rule: tally },
  'consensus.close': { access: 'host', rule: close },
  'decision.record': { access: 'host', may: mayRecord, rule: record },
});
