/**
 * The room's refusal texts on a phone, loaded when first needed. The server says every refusal it
 * sends in the page's language (`message`, with `locale`), so most phones never load them; they are
 * needed for a refusal the phone makes itself (its own `decide`: "put your hand down first"), one
 * with no words (a draft's change the server did not keep), or one said before the reader switched
 * language. The chunk is in the service worker's precache (client/vite.config.ts), so a phone that
 * is offline still has the words.
 */
import { useSyncExternalStore } from 'react';
import type { Locale, RefusalParams } from '@dr/shared';

/** The text of a refusal key in `locale`, or null for a key the table does not hold. */
export type ReasonText = (key: string, locale: Locale, params?: RefusalParams) => string | null;

let loaded: ReasonText | null = null;
let loading: Promise<ReasonText> | null = null;
const listeners = new Set<() => void>();

/** The texts, fetched once (again after a failed fetch); every `useRefusalTexts` renders again when they come. */
export function loadRefusalTexts(): Promise<ReasonText> {
  loading ??= import('./refusalTable').then(
    ({ roomRefusalText }) => {
      loaded = roomRefusalText;
      listeners.forEach((listener) => listener());
      return roomRefusalText;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The texts if they are here, else null. */
export function refusalTexts(): ReasonText | null {
  return loaded;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * For a view that shows refusals as it renders: it renders again once the texts have come (asking
 * for them is `errorMessage`'s, when a refusal needs them).
 */
export function useRefusalTexts(): ReasonText | null {
  return useSyncExternalStore(subscribe, refusalTexts, refusalTexts);
}
