/**
 * Resuming instead of a whole welcome (`auth.resume`, shared/src/protocol/socket.ts): a client that
 * holds the room's state at some seq is brought up to date by the events after it, which it asks
 * for with one `sync`.
 */
import { LIMITS } from '@dr/shared';

/**
 * Whether a client holding the state at `from` can be brought to the room's `seq` by one `sync`: not
 * ahead of the room (a store restored from an older backup), and at most `LIMITS.syncBatch` behind.
 */
export function canResume(from: number, seq: number): boolean {
  return from <= seq && seq - from <= LIMITS.syncBatch;
}
