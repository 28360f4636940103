/**
 * When a phone asks for a big room's other members (issue 30): its welcome carries only the members
 * the room's live parts name, and the rest (~470 KB at 2,000) come in pages only once a screen needs
 * them: one that shows everyone (the members list opened, the host console's attendance lists), or a
 * name it must show and does not know. Counts over everyone (those present, the board's attendance,
 * an open round's verdict) come with the state (`state.roll`, shared meeting/roll.ts): no pages.
 */
import { own } from '@dr/shared';
import { useEffect } from 'react';
import { useRoomView } from './RoomContext';

/** While `needed`, a big room's members are asked for (once; nothing when the state has them all). */
export function useAllMembers(needed = true): void {
  const { membersMissing, wantMembers } = useRoomView();
  const missing = membersMissing !== null;
  useEffect(() => {
    if (needed && missing) wantMembers();
  }, [needed, missing, wantMembers]);
}

/** Names to show: when the state lacks one of `ids`, the members are asked for (the name shows once they come). */
export function useNamesOf(ids: readonly (string | null | undefined)[]): void {
  const { state } = useRoomView();
  useAllMembers(ids.some((id) => id && !own(state.members, id)));
}
