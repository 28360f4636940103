/**
 * What a room's connection shows, as one value replaced on every change (views compare it by
 * identity), with the listeners told of each change; and the one move of the status machine that a
 * timer makes: after the server ended the connection (`stopped`), it tries again by itself.
 */
import type { RoomView } from './roomTypes';

/**
 * After the server ended the connection (a restart, a replaced link), try again by itself: a phone in
 * a pocket or a board on a wall has nobody to press Reconnect (a replaced link: the invalid-link page).
 */
export const AUTO_RETRY_MS = 5_000;

export interface ConnectionView {
  /** The current view: the same value until something changes. */
  read(): RoomView;
  set(change: Partial<RoomView>): void;
  subscribe(listener: () => void): () => void;
  /** The connection closed for good: no retry from here on. */
  stopRetrying(): void;
}

/** `retry` is what the connection does to try again, once `stopped` has lasted `AUTO_RETRY_MS`. */
export function connectionView(retry: () => void): ConnectionView {
  let view: RoomView = {
    status: 'connecting',
    clockOffset: 0,
    state: null,
    you: null,
    presence: null,
    joinError: null,
    refusal: null,
    outbox: [],
    memberCount: null,
  };
  const listeners = new Set<() => void>();
  let autoRetry: ReturnType<typeof setTimeout> | undefined;
  return {
    read: () => view,
    set(change) {
      const was = view.status;
      view = { ...view, ...change };
      if (view.status !== was) {
        clearTimeout(autoRetry);
        if (view.status === 'stopped') autoRetry = setTimeout(retry, AUTO_RETRY_MS);
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stopRetrying: () => clearTimeout(autoRetry),
  };
}
