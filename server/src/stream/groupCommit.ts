/**
 * Group commit: every command that arrives during one turn of the event loop (or while the last
 * commit was being written and sent) goes into one durable transaction. A busy stream writes and
 * sends once per commit instead of once per command; a quiet stream's lone command waits for nothing.
 */
import { setImmediate as nextTurn } from 'node:timers';
import type { SerialQueue } from './serialQueue.js';

/** The most commands stored in one transaction; more wait for the next one. */
export const MAX_GROUP_COMMIT = 512;

export class GroupCommit<Op> {
  private pending: Op[] = [];
  private draining = false;

  constructor(
    private readonly queue: SerialQueue,
    /** Stores one batch and answers each of its commands; never left to reject (see `failed`). */
    private readonly commit: (batch: Op[]) => Promise<void>,
    /** Answers every command of a batch whose commit threw. */
    private readonly failed: (batch: Op[], error: unknown) => void,
  ) {}

  /** Queues `op` for the next commit. */
  add(op: Op): void {
    this.pending.push(op);
    if (this.draining) return;
    this.draining = true;
    // After this turn's I/O: every command read from the sockets in this turn joins the batch.
    nextTurn(() => void this.queue.enqueue(() => this.drain()));
  }

  /** Commits batches until nothing waits: what arrives during one commit goes into the next. */
  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, MAX_GROUP_COMMIT);
        await this.commit(batch).catch((error: unknown) => this.failed(batch, error));
        // A synchronous store never yields: let the sockets' waiting input in before the next batch.
        await new Promise<void>((resolve) => nextTurn(resolve));
      }
    } finally {
      this.draining = false;
    }
  }
}
