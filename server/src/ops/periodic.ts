/**
 * Work a node does now and then on its own (the retention sweep, the scheduler's look for due jobs):
 * once at start, then every `everyMs` on a timer that never keeps the process alive, one run at a
 * time (a run asked for while one is going gets that one), and `stop` waits for the run in hand.
 */
export class Periodic<T> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<T> | null = null;

  constructor(private readonly work: () => Promise<T>) {}

  start(everyMs: number): void {
    void this.run();
    this.timer = setInterval(() => void this.run(), everyMs);
    this.timer.unref();
  }

  /** Runs now, or joins the run in hand. */
  run(): Promise<T> {
    this.running ??= this.work().finally(() => (this.running = null));
    return this.running;
  }

  stop(): Promise<unknown> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    return this.running ?? Promise.resolve();
  }
}
