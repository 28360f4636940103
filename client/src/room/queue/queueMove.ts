import { servingOrder, type RoomState } from '@dr/shared';

/**
 * The `queue.move` position that moves a member one place up (-1) or down (+1) in serving order:
 * just before or just after their neighbour in the queue as stored. The policy still orders the
 * result, so a move that the policy overrides changes nothing visible.
 */
export function movePosition(state: RoomState, memberId: string, direction: -1 | 1): number | null {
  const order = servingOrder(state);
  const index = order.findIndex((e) => e.memberId === memberId);
  const neighbour = order[index + direction];
  if (index === -1 || !neighbour) return null;
  const rest = state.queue.filter((e) => e.memberId !== memberId);
  const at = rest.findIndex((e) => e.memberId === neighbour.memberId);
  return direction === -1 ? at : at + 1;
}
