/**
 * A fact as shown (明事): its text and source, who recorded it and when, and whether the host
 * retracted it. One presenter for the screen, the public notice and the minutes, so all three keep
 * a retracted fact in the record, marked as such, instead of dropping it.
 */
import { z } from 'zod';
import { ownEntries } from '../core/own.js';
import { memberName } from '../meeting/memberName.js';
import type { AgendaItem, Fact, RoomState } from '../model/state.js';

export const FactView = z.object({
  id: z.string(),
  text: z.string(),
  /** Where the fact comes from, as written; empty when none was given. */
  source: z.string(),
  /** The recorder's name; null when a host console that never joined as a member recorded it. */
  recordedBy: z.string().nullable(),
  /** ms since the epoch (server time). */
  recordedAt: z.number(),
  retracted: z
    .object({
      reason: z.string(),
      /** As `recordedBy`: a name, or null for a host console. */
      by: z.string().nullable(),
      at: z.number(),
    })
    .nullable(),
});
export type FactView = z.infer<typeof FactView>;

/** An item's facts on the record, by the item's title. */
export const ItemFactsView = z.object({ itemId: z.string(), itemTitle: z.string(), facts: z.array(FactView) });
export type ItemFactsView = z.infer<typeof ItemFactsView>;

/** One fact as shown; names come from the room's members (a removed member keeps their name). */
export function presentFact(state: Pick<RoomState, 'members'>, fact: Fact): FactView {
  return {
    id: fact.id,
    text: fact.text,
    source: fact.source,
    recordedBy: memberName(state, fact.addedBy),
    recordedAt: fact.at,
    retracted: fact.retracted && {
      reason: fact.retracted.reason,
      by: memberName(state, fact.retracted.by),
      at: fact.retracted.at,
    },
  };
}

/** The facts of every item that has any: agenda items in agenda order, then the others as proposed. */
export function factsOnRecord(state: RoomState): ItemFactsView[] {
  const others = state.itemOrder.filter((id) => !state.agenda.includes(id));
  return ownEntries(state.items, [...state.agenda, ...others])
    .filter((item: AgendaItem) => item.facts.length > 0)
    .map((item) => ({
      itemId: item.id,
      itemTitle: item.title,
      facts: item.facts.map((f) => presentFact(state, f)),
    }));
}
