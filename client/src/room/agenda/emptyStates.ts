/**
 * What an empty list means, from the record: "none yet" and "all handled" are different truths
 * (after every proposal was scheduled, "nobody has proposed a topic" was false). Each function
 * names which one holds, and the view says it.
 */
import type { RoomState } from '@dr/shared';

/** No open proposal: because nobody proposed one yet, or because each was scheduled or declined. */
export function proposalsEmpty(state: Pick<RoomState, 'itemOrder'>): 'noneYet' | 'allHandled' {
  return state.itemOrder.length === 0 ? 'noneYet' : 'allHandled';
}

/** No topic under discussion: none has been yet, or one was and the floor is between topics. */
export function activeEmpty(state: Pick<RoomState, 'items'>): 'noneYet' | 'between' {
  return Object.values(state.items).some((item) => item.activatedAt !== null) ? 'between' : 'noneYet';
}
