/**
 * Resuming instead of a whole welcome (`auth.resume`, shared/src/protocol/socket.ts): a client that
 * holds the room's state at some seq is brought up to date by the events after it, which it asks
 * for with one `sync`.
 */
import { LIMITS } from '@dr/shared';

/** About what one event weighs as JSON (a raised hand ~150 bytes, a topic with its description up to ~1 KB). */
export const EVENT_BYTES = 256;

/**
 * Whether a client holding the state at `from` is better brought to the room's `seq` by one `sync`
 * than sent the state (`stateBytes` of JSON): not ahead of the room (a store restored from an older
 * backup), at most `LIMITS.syncBatch` behind, and the events it missed weigh less than the state (a
 * phone back after a day in a small room is sent the room; one back after a Wi-Fi drop in a hall of
 * 2,000, the few events it missed).
 */
export function canResume(from: number, seq: number, stateBytes: number): boolean {
  const missed = seq - from;
  return missed >= 0 && missed <= LIMITS.syncBatch && missed * EVENT_BYTES < stateBytes;
}
