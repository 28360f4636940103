/**
 * One stream's write queue: every piece of work chains onto the one before it, so two never
 * interleave (a decision always sees the state its predecessor left). A failure does not stop the
 * queue; it is the caller's to handle.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  /** Runs `work` after everything queued before it; resolves or rejects as `work` does. */
  enqueue<T>(work: () => Promise<T>): Promise<T> {
    this.waiting += 1;
    const run = this.tail.then(work, work);
    this.tail = run.then(
      () => void (this.waiting -= 1),
      () => void (this.waiting -= 1),
    );
    return run;
  }

  /** Nothing queued or running (a book of many streams drops idle queues). */
  get idle(): boolean {
    return this.waiting === 0;
  }
}
