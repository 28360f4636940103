/** Rules for consensus rounds (集体研究决事) and for recording the decision (定结果). */
import { advance, findItem } from '../agenda/agendaRules.js';
import { own, ownEntries } from '../core/own.js';
import type { ConsensusLevel, LevelCounts } from '../core/vocabulary.js';
import type { CommandOf } from '../model/commands.js';
import { accept, findOwn, nextId, refuse, type Found, type Ruling, type RuleContext } from '../model/ruling.js';
import type { AgendaItem, Round, RoomState } from '../model/state.js';
import { addCounts, emptyCounts, roundCounts, verdict } from './verdict.js';
import { roundQuorum } from './quorum.js';
import { countableInRoom } from './handCount.js';
import { barredFromVoting, interestOf } from './interestVoting.js';
import { needsReason } from './needsReason.js';
import { commandRules } from '../room/commandRules.js';

function findRound(state: RoomState, roundId: string): Found<Round> {
  return findOwn(state.rounds, roundId, 'round.unknown');
}

/** The round of `item` that is open now, if any (at most one is). */
export function openRoundOf(state: RoomState, item: AgendaItem): Round | undefined {
  return ownEntries(state.rounds, item.roundIds).find((r) => r.status === 'open');
}

/** Opens a round on the draft's current text, which the server froze and hashed (`inputs.frozenDraft`). */
export function open({ state, inputs }: RuleContext, command: CommandOf<'consensus.open'>): Ruling {
  const found = findItem(state, command.itemId);
  if (!found.ok) return found.decision;
  const item = found.value;
  if (item.status === 'rejected') return refuse('conflict', 'item.rejected');
  if (openRoundOf(state, item)) return refuse('conflict', 'round.openAlready');
  const frozen = inputs.frozenDraft;
  if (!frozen) return refuse('internal', 'server.draftUnreadable');
  if (frozen.text.trim().length === 0) return refuse('conflict', 'draft.empty');
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
        rule: state.rules.decisionRule,
        quorum: state.rules.quorum,
        eligibleCount: state.rules.eligibleCount,
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
  if (round.status !== 'open') return refuse('conflict', 'round.closed');
  const reason = command.reason?.trim() || null;
  if (needsReason(command.level) && !reason) {
    return refuse('invalid', 'round.reasonNeeded');
  }
  const memberId = actor.memberId!;
  const item = own(state.items, round.itemId);
  if (item && barredFromVoting(state.rules, item, memberId)) {
    return refuse('forbidden', 'round.interested', { note: interestOf(item, memberId)!.note });
  }
  // The schema has checked that the level is an integer from 0 to 5.
  const existing = Object.entries(round.ballots).find(([, b]) => b.memberId === memberId)?.[0];
  const ballotId = existing ?? nextId(state, 'b');
  return accept(
    [
      {
        type: 'consensus.voted',
        roundId: round.id,
        ballotId,
        memberId,
        level: command.level as ConsensusLevel,
        reason,
      },
    ],
    ballotId,
  );
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

/** Closes a round; the decision rule chosen when it opened gives the outcome. */
export function close({ state }: RuleContext, command: CommandOf<'consensus.close'>): Ruling {
  const found = findRound(state, command.roundId);
  if (!found.ok) return found.decision;
  const round = found.value;
  if (round.status !== 'open') return refuse('conflict', 'round.closedAlready');
  const counts: LevelCounts = roundCounts(round);
  const { outcome } = verdict(counts, round.rule, roundQuorum(round));
  const reasons = Object.values(round.ballots)
    .filter((b) => b.level !== null && needsReason(b.level) && b.reason)
    .map((b) => ({ level: b.level!, reason: b.reason!, memberId: round.anonymous ? null : b.memberId }));
  return accept([{ type: 'consensus.closed', roundId: round.id, outcome, counts, reasons }]);
}

/** Records the decision of a closed round as the item's result; an adopted one moves the item on to acting. */
export function record({ state }: RuleContext, command: CommandOf<'decision.record'>): Ruling {
  const found = findRound(state, command.roundId);
  if (!found.ok) return found.decision;
  const round = found.value;
  if (round.status !== 'closed' || !round.result) return refuse('conflict', 'decision.closeFirst');
  if (Object.values(state.decisions).some((d) => d.roundId === round.id)) {
    return refuse('conflict', 'decision.recordedAlready');
  }
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

/** Consensus rounds' and decisions' commands: who may send each (room/commandRules.ts `Access`) and its rule; `decide` dispatches by this list. */
export const CONSENSUS_COMMANDS = commandRules({
  'consensus.open': { access: 'host', rule: open },
  'consensus.vote': { access: 'member', rule: vote },
  'consensus.tally': { access: 'host', rule: tally },
  'consensus.close': { access: 'host', rule: close },
  'decision.record': { access: 'host', rule: record },
});
