/** Folds the events of consensus rounds and recorded decisions (集体研究决事 · 定结果). */
import { assertNever } from '../core/errors.js';
import type { FoldRun } from '../core/foldRun.js';
import { own } from '../core/own.js';
import type { EventOf } from '../model/events.js';
import type { Round, RoomState } from '../model/state.js';
import { updateItem, updateRound } from '../model/updates.js';
import { setBallot } from './ballotIndex.js';
import { emptyCounts } from './verdict.js';

/** The events this fold takes; room/apply.ts hands each to the fold whose list names it. */
export const CONSENSUS_EVENTS = [
  'consensus.opened',
  'consensus.voted',
  'consensus.ballotWithdrawn',
  'consensus.tallied',
  'consensus.closed',
  'consensus.voided',
  'decision.recorded',
] as const;
export type ConsensusEvent = EventOf<(typeof CONSENSUS_EVENTS)[number]>;

/**
 * `apply` for rounds and decisions; `s` already carries the event's seq and time. Within `run`, a
 * vote adds its ballot to the round's ballots in place once the run has copied them (core/foldRun.ts).
 */
export function foldConsensus(s: RoomState, event: ConsensusEvent, run?: FoldRun): RoomState {
  switch (event.type) {
    case 'consensus.opened': {
      const round: Round = {
        id: event.roundId,
        itemId: event.itemId,
        text: event.text,
        textHash: event.textHash,
        openedAt: event.at,
        anonymous: event.anonymous,
        visibility: event.visibility,
        rule: event.rule,
        quorum: event.quorum ?? null,
        eligibleCount: event.eligibleCount ?? null,
        quorumOf: event.quorumOf ?? 'responses',
        majorityOf: event.majorityOf ?? 'responses',
        preset: event.preset ?? null,
        status: 'open',
        ballots: {},
        roomCounts: emptyCounts(),
        roomCountConfirmedAbove: null,
        result: null,
        closedAt: null,
      };
      // The draft stays locked while the round asks about its exact text.
      const withRound = { ...s, rounds: { ...s.rounds, [round.id]: round } };
      return updateItem(withRound, event.itemId, (i) => ({ draftLocked: true, roundIds: [...i.roundIds, round.id] }));
    }
    case 'consensus.voted':
      return updateRound(s, event.roundId, (r) => ({
        ballots: setBallot(
          r.ballots,
          event.ballotId,
          {
            memberId: event.memberId,
            level: event.level,
            reason: event.reason,
            at: event.at,
            castBy: event.castBy ?? null,
          },
          run,
        ),
      }));
    case 'consensus.ballotWithdrawn':
      return updateRound(s, event.roundId, (r) => ({
        ballots: Object.fromEntries(Object.entries(r.ballots).filter(([id]) => id !== event.ballotId)),
      }));
    case 'consensus.tallied':
      return updateRound(s, event.roundId, () => ({
        roomCounts: event.counts,
        roomCountConfirmedAbove: event.confirmedAbove ?? null,
      }));
    case 'consensus.closed': {
      const { outcome, counts, reasons } = event;
      const closed = updateRound(s, event.roundId, () => ({
        status: 'closed',
        result: { outcome, counts, reasons, attendance: event.attendance ?? null },
        closedAt: event.at,
      }));
      return unlockDraftOf(closed, event.roundId);
    }
    case 'consensus.voided':
      return unlockDraftOf(
        updateRound(s, event.roundId, () => ({ status: 'void', closedAt: event.at })),
        event.roundId,
      );
    case 'decision.recorded': {
      const { decisionId: id, itemId, roundId, statement, text, textHash, rule, outcome, counts } = event;
      const decision = {
        id,
        itemId,
        roundId,
        statement,
        text,
        textHash,
        rule,
        outcome,
        counts,
        recordedAt: event.at,
        recordedBy: event.actor,
      };
      const withDecision = {
        ...s,
        decisions: { ...s.decisions, [id]: decision },
        decisionOrder: [...s.decisionOrder, id],
      };
      return updateItem(withDecision, itemId, (i) => ({ decisionIds: [...i.decisionIds, id] }));
    }
    default:
      return assertNever(event);
  }
}

/** A round that ends (closed or void) releases the lock it put on its item's draft. */
function unlockDraftOf(s: RoomState, roundId: string): RoomState {
  const round = own(s.rounds, roundId);
  return round ? updateItem(s, round.itemId, () => ({ draftLocked: false })) : s;
}
