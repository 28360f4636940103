/**
 * Declared interests and votes (利益回避): when the meeting rules say interested members do not vote
 * (`interestedMayVote: false`), a member who declared an interest in an item has no ballot in its
 * rounds. Pure.
 */
import { own } from '../core/own.js';
import type { Rules } from '../core/vocabulary.js';
import type { EventBody } from '../model/events.js';
import type { AgendaItem, Interest, RoomState } from '../model/state.js';

/** The member's declared interest in `item`, if any. */
export function interestOf(item: AgendaItem, memberId: string | null): Interest | undefined {
  return memberId === null ? undefined : item.interests.find((d) => d.memberId === memberId);
}

/** Whether `rules` bar a member with a declared interest in `item` from voting on it. */
export function barredFromVoting(rules: Rules, item: AgendaItem, memberId: string | null): boolean {
  return !rules.interestedMayVote && interestOf(item, memberId) !== undefined;
}

/**
 * The ballots in open named rounds that `rules` no longer allow once `state`'s interests (plus
 * `declared`, a declaration about to be made) stand: one `consensus.ballotWithdrawn` each. Anonymous
 * rounds get none: the withdrawal would sit beside `interest.declared`, which names the member, and
 * tie them to their ballot; the closing count sets the ballot aside instead (countedBallots.ts).
 */
export function barredBallots(
  state: RoomState,
  rules: Rules,
  declared?: { itemId: string; memberId: string },
): EventBody[] {
  if (rules.interestedMayVote) return [];
  const events: EventBody[] = [];
  for (const round of Object.values(state.rounds)) {
    if (round.status !== 'open' || round.anonymous) continue;
    const item = own(state.items, round.itemId);
    if (!item) continue;
    for (const [ballotId, ballot] of Object.entries(round.ballots)) {
      const isDeclared = declared?.itemId === item.id && declared.memberId === ballot.memberId;
      if (isDeclared || interestOf(item, ballot.memberId)) {
        events.push({ type: 'consensus.ballotWithdrawn', roundId: round.id, ballotId });
      }
    }
  }
  return events;
}
