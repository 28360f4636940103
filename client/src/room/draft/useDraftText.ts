/** The current text of one item's draft, rendered as the server freezes it, kept up to date. */
import { renderFragmentText } from '@dr/shared/draftText';
import { useCallback, useSyncExternalStore } from 'react';
import type { RoomDrafts } from './roomDrafts';

export function useDraftText(drafts: RoomDrafts, itemId: string): string {
  const fragment = drafts.draft(itemId);
  const subscribe = useCallback(
    (listener: () => void) => {
      fragment.observeDeep(listener);
      return () => fragment.unobserveDeep(listener);
    },
    [fragment],
  );
  // Strings compare by value, so an unchanged text is the same snapshot.
  return useSyncExternalStore(subscribe, () => renderFragmentText(fragment));
}
