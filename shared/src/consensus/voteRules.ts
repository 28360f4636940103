/**
 * Who a ballot is for (集体研究决事): the voter themselves, or the principal whose written proxy
 * (委托) they carry; and whether that voice may vote now: not after declaring an interest the rules
 * bar, not a second voice of one household when the room counts households (村民委员会组织法
 * art. 22), not by proxy for a principal who is present or who voted in person. Pure.
 */
import { own } from '../core/own.js';
import { countsHouseholds } from '../meeting/householdRules.js';
import { findCurrentMember } from '../meeting/memberRules.js';
import { principalsOf } from '../meeting/proxyRules.js';
import { refuse, type Ruling } from '../model/ruling.js';
import type { Round, RoomState } from '../model/state.js';
import { ballotsFor } from './ballotIndex.js';
import { countedBallots } from './countedBallots.js';
import { barredFromVoting, interestOf } from './interestVoting.js';

export type Voter = { ok: true; memberId: string; castBy: string | null } | { ok: false; decision: Ruling };

/** The voice `actorId` casts in `round`: their own, or with `forMemberId` their principal's. */
export function whoVotes(state: RoomState, round: Round, actorId: string, forMemberId?: string): Voter {
  const item = own(state.items, round.itemId);
  const byProxy = forMemberId !== undefined && forMemberId !== actorId;
  if (byProxy) {
    const principal = findCurrentMember(state, forMemberId);
    if (!principal.ok) return { ok: false, decision: principal.decision };
    if (!principalsOf(state, actorId).some((m) => m.id === forMemberId)) {
      return { ok: false, decision: refuse('forbidden', 'round.notHolder') };
    }
    if (item && interestOf(item, actorId))
      return { ok: false, decision: refuse('forbidden', 'proxy.holderInterested') };
    if (item && barredFromVoting(state.rules, item, forMemberId)) {
      return { ok: false, decision: refuse('forbidden', 'round.principalInterested') };
    }
    if (ballotsFor(round.ballots, forMemberId).some(([, b]) => !b.castBy)) {
      return { ok: false, decision: refuse('conflict', 'round.principalVoted') };
    }
  } else if (item && barredFromVoting(state.rules, item, actorId)) {
    return { ok: false, decision: refuse('forbidden', 'round.interested', { note: interestOf(item, actorId)!.note }) };
  }
  const memberId = byProxy ? forMemberId : actorId;
  const household = householdTaken(state, round, memberId);
  if (household !== null) return { ok: false, decision: refuse('conflict', 'round.householdVoted', { household }) };
  return { ok: true, memberId, castBy: byProxy ? actorId : null };
}

/**
 * The household label when the room counts households and another member of `memberId`'s household
 * has a ballot that counts in `round`; otherwise null. The household's representative (户代表, art.
 * 22) is never held back: their ballot is the household's (countedBallots.ts sets the other aside).
 */
function householdTaken(state: RoomState, round: Round, memberId: string): string | null {
  if (!countsHouseholds(state)) return null;
  const member = own(state.members, memberId);
  const household = member?.household ?? null;
  if (household === null || member?.representative === true) return null;
  const taken = Object.values(countedBallots(state, round)).some(
    (b) => b.memberId !== null && b.memberId !== memberId && own(state.members, b.memberId)?.household === household,
  );
  return taken ? household : null;
}
