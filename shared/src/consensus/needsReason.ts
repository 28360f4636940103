/**
 * Which responses must say why (the seed's consensus levels, docs/protocol.md "consensus.vote"): a
 * block (0) or a serious concern (1) needs a reason the meeting can read. The rule refuses a vote
 * without one (`round.reasonNeeded`), a round's close keeps these reasons, and the web app asks for
 * the reason before it sends such a vote and lists them beside the meter. Pure, zod-free.
 */

/** Whether a response at consensus `level` (0–5) needs a reason: a block or a serious concern. */
export function needsReason(level: number): boolean {
  return level <= 1;
}
