import { own, type AgendaItem, type RoomState } from '@dr/shared';

/** Topics still only proposed, most supported first; ties keep the order they were proposed in. */
export function proposalsBySupport(state: RoomState): AgendaItem[] {
  return state.itemOrder
    .flatMap((id) => own(state.items, id) ?? [])
    .filter((item) => item.status === 'proposed')
    .sort((a, b) => b.supporters.length - a.supporters.length || a.proposedAt - b.proposedAt);
}
