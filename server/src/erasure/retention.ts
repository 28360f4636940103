/**
 * `RETENTION_DAYS` (README, "Configuration"): a closed meeting whose last event is older than that
 * has every person's personal fields erased as a host's erasure does (eraseEvents.ts): names become
 * pseudonyms, self-descriptions are removed; the public notice, the decisions, the counts and the
 * hash chain stay. Swept at start and then hourly; a meeting swept once has nothing left to change.
 */
import type { Logger } from 'pino';
import type { RoomRegistry } from '../room/roomRegistry.js';
import type { Store } from '../store/store.js';
import type { StoredEvent } from '../store/eventLog.js';
import { Periodic } from '../ops/periodic.js';
import { eraseEveryone } from './eraseEvents.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;

export interface RetentionDeps {
  store: Store;
  registry: RoomRegistry;
  logger: Logger;
  clock: () => number;
  days: number;
}

export class RetentionSweeper {
  private readonly sweeps = new Periodic(() => this.sweepOnce());

  constructor(private readonly deps: RetentionDeps) {}

  /** Sweeps now and then every hour (ops/periodic.ts). */
  start(): void {
    this.sweeps.start(SWEEP_EVERY_MS);
  }

  stop(): Promise<unknown> {
    return this.sweeps.stop();
  }

  /** Erases what is due; resolves how many meetings changed. One sweep at a time. */
  sweep(): Promise<number> {
    return this.sweeps.run();
  }

  private async sweepOnce(): Promise<number> {
    const { store, registry, logger, clock, days } = this.deps;
    const cutoff = clock() - days * DAY_MS;
    let erased = 0;
    try {
      for (const roomId of await store.roomsCreatedBefore(cutoff)) {
        const room = await registry.get(roomId);
        if (!room || room.current.phase !== 'closed' || room.current.updatedAt >= cutoff) continue;
        const locale = room.current.locale;
        const changed = await room.rewriteRecord(
          (events) => eraseEveryone(events as unknown as StoredEvent[], locale) as unknown as (typeof events)[number][],
        );
        if (changed > 0) {
          erased += 1;
          logger.info({ roomId, events: changed }, 'retention: erased personal fields of a closed meeting');
        }
      }
    } catch (error) {
      logger.error({ err: error }, 'retention sweep failed');
    }
    return erased;
  }
}
