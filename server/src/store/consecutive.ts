import type { StoredEvent } from './eventLog.js';

/**
 * Guards `appendEvents` against a caller bug: a batch must continue the log exactly where the caller
 * believes it ends. A stale `expectedSeq` is a race (`SeqConflictError`); a gap inside the batch is not.
 */
export function assertConsecutive(streamId: string, expectedSeq: number, events: readonly StoredEvent[]): void {
  events.forEach((event, index) => {
    const want = expectedSeq + 1 + index;
    if (event.seq !== want) {
      throw new Error(`Stream ${streamId}: event ${index} of the batch has seq ${event.seq}, expected ${want}`);
    }
  });
}
