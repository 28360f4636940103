/**
 * The ballots a round's result counts (定结果), read from the server's state, where every ballot
 * names its member. In a named round the rules withdraw a ballot that may no longer count as it
 * happens (`consensus.ballotWithdrawn`); in an anonymous round nothing is withdrawn, because an
 * event that moves a ballot next to one that names a member (a declared interest, a removal, a
 * merge, a proxy revoked) would tie the member to the ballot. There the ballot stays in the live
 * count and this filter sets it aside when the round closes. A ballot is set aside when:
 * - its member is no longer a member (removed), or declared an interest the rules bar from voting;
 * - it was cast by proxy and the proxy was revoked, or the principal voted in person;
 * - its member has a later ballot (a merged membership's earlier one);
 * - the room counts households and the household's representative (户代表) voted, or, when they did
 *   not, another member of the household voted first (art. 22).
 * Pure.
 */
import { own } from '../core/own.js';
import { countsHouseholds } from '../meeting/householdRules.js';
import { proxyGivenBy } from '../meeting/proxyRules.js';
import type { Ballot, Round, RoomState } from '../model/state.js';
import { barredFromVoting } from './interestVoting.js';

/** The seq a ballot id was made at (`b<seq>`), for "who voted first". */
function castSeq(ballotId: string): number {
  return Number(ballotId.slice(1)) || 0;
}

/** `round`'s ballots that count, by id (see above). */
export function countedBallots(state: RoomState, round: Round): Record<string, Ballot> {
  const item = own(state.items, round.itemId);
  const votedInPerson = new Set(
    Object.values(round.ballots)
      .filter((b) => !b.castBy)
      .map((b) => b.memberId),
  );
  const standing = Object.entries(round.ballots).filter(([, b]) => {
    if (b.memberId === null) return true; // a client's copy: nothing to check against
    const member = own(state.members, b.memberId);
    if (!member || member.removedAt !== null) return false;
    if (item && barredFromVoting(state.rules, item, b.memberId)) return false;
    if (b.castBy) return !votedInPerson.has(b.memberId) && proxyGivenBy(state, b.memberId)?.holderId === b.castBy;
    return true;
  });
  // One ballot per member: the latest (a merged membership's ballots became its survivor's).
  const latest = new Map<string, [string, Ballot]>();
  for (const entry of standing) {
    const key = entry[1].memberId ?? entry[0];
    const seen = latest.get(key);
    if (!seen || entry[1].at > seen[1].at || (entry[1].at === seen[1].at && entry[0] > seen[0])) latest.set(key, entry);
  }
  let kept = [...latest.values()];
  if (countsHouseholds(state)) {
    // The household's voice: its representative's ballot, else the one cast first.
    const first = new Map<string, [string, Ballot]>();
    const speaksFor = (entry: [string, Ballot]) =>
      entry[1].memberId !== null && own(state.members, entry[1].memberId)?.representative === true;
    for (const entry of kept) {
      const household = entry[1].memberId === null ? null : (own(state.members, entry[1].memberId)?.household ?? null);
      const key = household === null ? `ballot:${entry[0]}` : household;
      const seen = first.get(key);
      const before = seen !== undefined && castSeq(entry[0]) < castSeq(seen[0]);
      if (!seen || (speaksFor(entry) && !speaksFor(seen)) || (before && speaksFor(entry) === speaksFor(seen)))
        first.set(key, entry);
    }
    kept = [...first.values()];
  }
  return Object.fromEntries(kept);
}

/** The round with only the ballots that count, for its closing count and quorum. */
export function countedRound(state: RoomState, round: Round): Round {
  return { ...round, ballots: countedBallots(state, round) };
}
