/**
 * The save queue of one room's document: updates wait in memory at most `flushDelayMs`, are merged
 * into one and appended to the store's update log; the log is compacted into a single update when
 * it grows. Every store call runs one at a time. A failed save keeps its updates in memory and is
 * retried (with backoff) and on every later flush, so the document is never lost to a hiccup.
 */
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { Lease } from '../room/cluster.js';
import type { Store } from '../store/store.js';

export interface DocSaveSettings {
  flushDelayMs: number;
  compactAfterUpdates: number;
}

/** Retries of a failed save back off up to this long. */
const MAX_RETRY_MS = 30_000;

export class DocSaveQueue {
  private pending: Uint8Array[] = [];
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();
  /** Rows in the stored log, and the id of the newest one this queue knows of. */
  private storedCount = 0;
  private lastId = 0;
  private failures = 0;

  constructor(
    private readonly roomId: string,
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly settings: DocSaveSettings,
    /** The whole document as one update; what compaction stores in place of the log. */
    private readonly encodeState: () => Uint8Array,
    /**
     * With other server nodes appending to the same log: the room's compaction lease. Then the log
     * is compacted from the stored rows themselves (merged with this node's document), because this
     * node's document may lack another node's newest rows, and one node compacts at a time.
     */
    private readonly lease?: () => Promise<Lease | null>,
  ) {}

  /** Reads the stored log, oldest first. Call once, before anything is added. */
  async load(): Promise<Uint8Array[]> {
    const rows = await this.store.loadDocUpdates(this.roomId);
    this.storedCount = rows.length;
    this.lastId = rows.at(-1)?.id ?? 0;
    return rows.map((row) => row.update);
  }

  /** True while some update is only in memory. */
  get hasUnsaved(): boolean {
    return this.pending.length > 0;
  }

  get needsCompaction(): boolean {
    return this.storedCount > this.settings.compactAfterUpdates;
  }

  /** Queues an update; it is stored within `flushDelayMs` (a steady typist does not postpone it). */
  add(update: Uint8Array): void {
    this.pending.push(update);
    if (!this.timer) this.schedule(this.settings.flushDelayMs);
  }

  /** Stores whatever is queued now; resolves when done (a failure is logged and kept for a retry). */
  flush(): Promise<void> {
    this.cancelTimer();
    return this.serialize(() => this.write());
  }

  /**
   * Replaces the stored log by one update holding the whole document: when there is more than one,
   * or with `force` whenever there is any (the document dropped stored content on load).
   */
  compact({ force = false } = {}): Promise<void> {
    return this.serialize(() => this.compactNow(force));
  }

  /**
   * Appends the whole document as one update: what another node took but had not stored when it
   * died lives on in this node's copy (applying stored content twice is harmless).
   */
  storeWhole(): Promise<void> {
    return this.serialize(async () => {
      try {
        this.lastId = await this.store.appendDocUpdate(this.roomId, this.encodeState());
        this.storedCount += 1;
      } catch (error) {
        this.logger.warn({ err: error, roomId: this.roomId }, 'could not store the document for a lost node');
      }
    });
  }

  /** Stops the timer; queued updates stay until the next flush. */
  stop(): void {
    this.cancelTimer();
  }

  private async write(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const merged = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    try {
      this.lastId = await this.store.appendDocUpdate(this.roomId, merged);
      this.storedCount += 1;
      this.failures = 0;
    } catch (error) {
      // Keep it (merged, in order) ahead of anything that arrived meanwhile, and try again later.
      this.pending.unshift(merged);
      this.failures += 1;
      this.logger.warn({ err: error, roomId: this.roomId, failures: this.failures }, 'draft save failed; retrying');
      this.schedule(Math.min(this.settings.flushDelayMs * 2 ** this.failures, MAX_RETRY_MS));
      return;
    }
    if (this.needsCompaction) await this.compactNow();
  }

  private async compactNow(force = false): Promise<void> {
    if (this.lease) return this.compactShared();
    if (this.storedCount === 0 || (this.storedCount === 1 && !force)) return;
    // The document holds every stored update (each was applied before it was queued), plus perhaps
    // some not stored yet; storing those twice is harmless, since applying an update twice is a no-op.
    // With several server nodes this would need the stored log itself (mergeUpdates), not one node's doc.
    const merged = this.encodeState();
    try {
      await this.store.compactDocUpdates(this.roomId, this.lastId, merged);
      this.storedCount = 1;
    } catch (error) {
      this.logger.warn({ err: error, roomId: this.roomId }, 'draft compaction failed; the log stays as it is');
    }
  }

  /** Compaction of a log other nodes append to: under the room's lease, from the stored rows. */
  private async compactShared(): Promise<void> {
    const lease = await this.lease!().catch((error: unknown) => {
      this.logger.warn({ err: error, roomId: this.roomId }, 'no compaction lease; the log stays as it is');
      return null;
    });
    if (!lease) return; // another node is compacting this room's log
    try {
      const rows = await this.store.loadDocUpdates(this.roomId);
      const last = rows.at(-1);
      if (!last || rows.length === 1) return void (this.storedCount = rows.length);
      // Rows appended by other nodes after this read keep their place after the merged one.
      const merged = Y.mergeUpdates([...rows.map((row) => row.update), this.encodeState()]);
      await this.store.compactDocUpdates(this.roomId, last.id, merged);
      this.storedCount = 1;
    } catch (error) {
      this.logger.warn({ err: error, roomId: this.roomId }, 'draft compaction failed; the log stays as it is');
    } finally {
      await lease.release().catch(() => undefined);
    }
  }

  private schedule(delayMs: number): void {
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delayMs);
    this.timer.unref();
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private serialize(work: () => Promise<void>): Promise<void> {
    const run = this.chain.then(work);
    this.chain = run.catch(() => undefined);
    return run;
  }
}
