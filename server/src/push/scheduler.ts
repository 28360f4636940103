/**
 * Jobs that run once at a given time, kept in the store (`store.push`: scheduled_jobs), so they
 * survive a restart, and taken by one node only: every node looks for due jobs, and the store's
 * atomic `takeJob` lets exactly one of them run each (docs/development.md, "Notifications", says why
 * not BullMQ). A job is taken before it runs: at most once, so a node dying mid-job loses that
 * reminder rather than sending it twice.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { Periodic } from '../ops/periodic.js';
import type { PushStore } from '../store/pushStore.js';

/** Runs one job's payload (JSON-parsed). */
export type JobHandler = (payload: unknown) => Promise<void>;

export interface SchedulerDeps {
  store: PushStore;
  logger: Logger;
  clock: () => number;
  /** This node's name in the store (who took a job); random when absent. */
  node?: string | undefined;
  /** How often due jobs are looked for (default 30 s); 0 never by itself (tests call `tick`). */
  everyMs?: number | undefined;
}

const DEFAULT_EVERY_MS = 30_000;
/** Jobs one look takes at most; the rest wait for the next. */
const BATCH = 100;

export class Scheduler {
  readonly node: string;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly looks = new Periodic(() => this.runDue());

  constructor(private readonly deps: SchedulerDeps) {
    this.node = deps.node ?? randomUUID();
  }

  /** What jobs of `kind` do. */
  handle(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Keeps a job to run at `dueAt`; the same `jobId` scheduled again keeps the first. */
  schedule(kind: string, jobId: string, dueAt: number, payload: unknown): Promise<boolean> {
    return this.deps.store.scheduleJob({ jobId, dueAt, kind, payload: JSON.stringify(payload) });
  }

  /** Looks for due jobs now and then every `everyMs` (the timer never keeps the process alive); 0: only when told (`tick`). */
  start(): void {
    if (this.deps.everyMs !== 0) this.looks.start(this.deps.everyMs ?? DEFAULT_EVERY_MS);
  }

  stop(): Promise<unknown> {
    return this.looks.stop();
  }

  /** Runs the jobs due now that this node takes; resolves how many it ran. One look at a time. */
  tick(): Promise<number> {
    return this.looks.run();
  }

  private async runDue(): Promise<number> {
    const { store, logger, clock } = this.deps;
    let ran = 0;
    try {
      const now = clock();
      for (const job of await store.dueJobs(now, BATCH)) {
        if (!(await store.takeJob(job.jobId, this.node, now))) continue; // another node took it
        const handler = this.handlers.get(job.kind);
        try {
          if (!handler) throw new Error(`no handler for jobs of kind ${job.kind}`);
          await handler(JSON.parse(job.payload));
          ran += 1;
          // Which node ran which job (operators, and the test of two processes on one store).
          logger.info({ kind: job.kind, jobId: job.jobId, node: this.node }, 'ran a scheduled job');
        } catch (error) {
          logger.error({ err: error, kind: job.kind }, 'scheduled job failed');
        }
      }
    } catch (error) {
      logger.error({ err: error }, 'looking for scheduled jobs failed');
    }
    return ran;
  }
}
