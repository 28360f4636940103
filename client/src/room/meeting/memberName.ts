import { own, type RoomState } from '@dr/shared';

/** A member's display name, or null when the id is not (yet) in the state. */
export function memberName(state: RoomState, memberId: string): string | null {
  return own(state.members, memberId)?.name ?? null;
}
