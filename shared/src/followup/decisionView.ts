/**
 * A recorded decision as shown (定结果): what was decided, on which exact text, by which rule and
 * with which counts, and its action items. One presenter for the public notice and the minutes.
 */
import { z } from 'zod';
import { own } from '../core/own.js';
import { DecisionRule, LevelCounts, Outcome } from '../core/vocabulary.js';
import type { AgendaItem, Decision, RoomState } from '../model/state.js';
import { memberName } from '../meeting/memberName.js';
import { actionsOf } from './actions.js';
import { roomTimeZone } from '../meeting/roomTimeZone.js';
import { ActionView, presentAction } from './actionView.js';

export const DecisionView = z.object({
  id: z.string(),
  itemTitle: z.string(),
  statement: z.string(),
  /** The exact text the meeting decided on, as frozen when its round opened. */
  text: z.string(),
  outcome: Outcome,
  rule: DecisionRule,
  /** Responses per level, 0 (block) to 5 (strong support), phones and the room's count together. */
  counts: LevelCounts,
  responses: z.number(),
  recordedAt: z.number(),
  /** Interests declared in the item (利益回避), by name, and whether the rules let those members vote. */
  interests: z.array(z.object({ name: z.string(), note: z.string() })),
  interestedMayVote: z.boolean(),
  actions: z.array(ActionView),
});
export type DecisionView = z.infer<typeof DecisionView>;

/** An item's declared interests (利益回避) as everyone reads them: the member's name and the note. */
export function presentInterests(state: RoomState, item: AgendaItem | undefined): { name: string; note: string }[] {
  return (item?.interests ?? []).map((d) => ({ name: memberName(state, d.memberId) ?? '', note: d.note }));
}

/** The decision as shown at server time `now`, with its action items in the order they were created. */
export function presentDecision(
  state: RoomState,
  decision: Decision,
  now: number,
  timeZone: string = roomTimeZone(state),
): DecisionView {
  return {
    id: decision.id,
    itemTitle: own(state.items, decision.itemId)?.title ?? '',
    statement: decision.statement,
    text: decision.text,
    outcome: decision.outcome,
    rule: decision.rule,
    counts: [...decision.counts],
    responses: decision.counts.reduce((a, b) => a + b, 0),
    recordedAt: decision.recordedAt,
    interests: presentInterests(state, own(state.items, decision.itemId)),
    interestedMayVote: state.rules.interestedMayVote,
    actions: actionsOf(state, decision.id).map((a) => presentAction(state, a, now, timeZone)),
  };
}
