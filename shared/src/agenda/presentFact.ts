/**
 * A fact as shown (明事), presented for the screen, the public notice and the minutes alike, so all
 * three keep a retracted fact in the record, marked as such. No zod here (the shapes' schemas are
 * in agenda/factView.ts): the web app runs these.
 */
import { ownEntries } from '../core/own.js';
import { memberName } from '../meeting/memberName.js';
import type { AgendaItem, Fact, RoomState } from '../model/state.js';
import type { FactView, ItemFactsView } from './factView.js';

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
