/**
 * Web push and its scheduled jobs (issue 29, part 4): the devices subscribed for a council's roster
 * members, and the jobs the scheduler runs once (push/scheduler.ts). A part of the `Store` port of its
 * own (`store.push`), so the adapters' existing methods stay as they were; the store contract suite
 * holds SQLite and MongoDB to the same behaviour.
 */
import type { Locale } from '@dr/shared';

/** One device's subscription for one roster member of one council, in one language. */
export interface PushSubscriptionRecord {
  /** The push service's URL for this device: the key (one device, one subscription). */
  endpoint: string;
  councilId: string;
  memberId: string;
  locale: Locale;
  /** The browser's P-256 public key and auth secret (base64url): what the payload is encrypted to. */
  p256dh: string;
  auth: string;
  createdAt: number;
}

/** A job to run once at `dueAt` (ms since the epoch); `jobId` names what it does, so scheduling it twice keeps one. */
export interface ScheduledJob {
  jobId: string;
  dueAt: number;
  /** The job's kind and its arguments (JSON), read by the scheduler's handler of that kind. */
  kind: string;
  payload: string;
}

export interface PushStore {
  /** Keeps the subscription; the same endpoint saved again replaces the earlier record. */
  saveSubscription(record: PushSubscriptionRecord): Promise<void>;
  /** Forgets the endpoint (only for that council, when one is named); resolves whether it was kept. */
  deleteSubscription(endpoint: string, councilId?: string): Promise<boolean>;
  /** The council's subscriptions, of these members only when `memberIds` is given; oldest first. */
  subscriptionsOf(councilId: string, memberIds?: readonly string[]): Promise<PushSubscriptionRecord[]>;

  /** Stores a job unless one with its id exists; resolves whether it was new. */
  scheduleJob(job: ScheduledJob): Promise<boolean>;
  /** Jobs due by `now` and not yet taken, earliest first, at most `limit`. */
  dueJobs(now: number, limit: number): Promise<ScheduledJob[]>;
  /**
   * Takes the job for `node` at `at`, once: resolves true for exactly one caller across every process
   * on this store, false for every other and for ever after (a restart included).
   */
  takeJob(jobId: string, node: string, at: number): Promise<boolean>;
}
