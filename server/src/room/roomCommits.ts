/**
 * A room's side of the write path (the stream kernel, stream/eventStream.ts, does the rest): the
 * room's state, what each group commit does once stored (the state becomes current, one `events`
 * message goes to every screen, removed members are shown the door, a snapshot now and then), and
 * catching up with what other server nodes appended.
 */
import {
  applyAll,
  emptyState,
  foldOneSafely,
  foldSafely,
  FoldRun,
  movesRoll,
  presentEvents,
  presentFolding,
  type CommandAck,
  type EventBody,
  type ProtocolError,
  type RoomEvent,
  type RoomState,
} from '@dr/shared';
import { changesCouncilBoard } from '@dr/shared/council';
import type { Logger } from 'pino';
import { withoutChain } from '../stream/chain.js';
import type { ServerMetrics } from '../ops/metrics.js';
import type { Store } from '../store/store.js';
import { EventStream } from '../stream/eventStream.js';
import type { PendingRequest } from '../stream/requestLog.js';
import type { StreamOp } from '../stream/streamOp.js';
import type { Lease, RoomCluster } from './cluster.js';
import type { RoomBroadcaster } from './session.js';

/** A snapshot is written after this many events, so loading never replays a long history. */
export const SNAPSHOT_EVERY = 100;

/**
 * How many times a batch is decided against a fresher state after another node appended first. On
 * one node a conflict cannot happen; with several, each try folds the store first.
 */
const MAX_DECIDE_ATTEMPTS = 4;

export interface RoomCommitDeps {
  store: Store;
  broadcaster: RoomBroadcaster;
  logger: Logger;
  clock: () => number;
  cluster?: RoomCluster | undefined;
  /** Group commit sizes (ops/metrics.ts). */
  metrics?: Pick<ServerMetrics, 'committed'> | undefined;
}

export type RoomDecide = StreamOp<RoomState, EventBody, ProtocolError>['decide'];

export class RoomCommits {
  private state: RoomState;
  private lastSnapshotSeq: number;
  readonly stream: EventStream<RoomState, EventBody, ProtocolError>;

  constructor(
    private readonly roomId: string,
    state: RoomState,
    snapshotSeq: number,
    private readonly deps: RoomCommitDeps,
  ) {
    this.state = state;
    this.lastSnapshotSeq = snapshotSeq;
    const cluster = deps.cluster;
    this.stream = new EventStream<RoomState, EventBody, ProtocolError>({
      streamId: roomId,
      log: deps.store,
      logger: deps.logger,
      clock: deps.clock,
      current: () => this.state,
      fold: (s, events) => applyAll(s, events),
      // A burst's batch of 500 votes copies the round's ballots once, not 500 times (shared FoldRun).
      batchFold: () => {
        const run = new FoldRun();
        return (s, events) => applyAll(s, events, run);
      },
      catchUp: () => this.catchUp(),
      // With other nodes, fold what they appended first (they tell us, but maybe not yet).
      catchUpFirst: cluster !== undefined,
      attempts: cluster ? MAX_DECIDE_ATTEMPTS : 2,
      notBefore: (s) => s.updatedAt,
      committed: (next, staged) => {
        let before = this.state;
        this.state = next;
        deps.metrics?.committed(staged.length);
        cluster?.committed(roomId, next.seq);
        // One message for the whole commit; each event is presented with the state it left (what
        // others may see of ballots then, and the roll), as a node catching up presents it.
        deps.broadcaster.events(
          roomId,
          staged.flatMap(({ events, after }) => {
            const shown =
              events.filter(movesRoll).length > 1
                ? presentFolding(before, events, (s, e) => applyAll(s, [e])).presented
                : // The roll moves at no other event: the command's state is each event's.
                  presentEvents(events, after);
            before = after;
            return withoutChain(shown);
          }),
        );
        this.disconnectRemoved(staged.flatMap(({ events }) => events));
        // Only the committing node tells: the notice goes to every node's council pages (the adapter).
        const council = next.council?.councilId;
        if (council && staged.some(({ events }) => events.some((e) => changesCouncilBoard(e.type))))
          deps.broadcaster.councilChanged?.(council);
        // Push notifications of what a council's meeting committed (push/pushNotifier.ts), from this node only.
        if (council)
          deps.broadcaster.committed?.(
            next,
            staged.flatMap(({ events }) => events),
          );
        void this.snapshotIfBehind(SNAPSHOT_EVERY);
      },
    });
  }

  /** The current state; treat as read-only (apply never mutates, so sharing it is safe). */
  get current(): RoomState {
    return this.state;
  }

  /** Queues a command for the room's next group commit; resolves with its answer once stored. */
  async submit(
    actor: string | null,
    decide: RoomDecide,
    options: { beforeAppend?: () => Promise<void>; request?: PendingRequest | undefined } = {},
  ): Promise<CommandAck> {
    return (await this.stream.submit(actor, decide, options)).ack;
  }

  /** Another node appended up to `seq`: fold what this node missed, in the write queue. */
  followOthers(seq: number): Promise<void> {
    if (seq <= this.state.seq) return Promise.resolve();
    return this.stream.enqueue(() => this.catchUp());
  }

  /** With other nodes: folds what they appended (before a socket is welcomed). A no-op on one node. */
  async caughtUp(): Promise<void> {
    if (this.deps.cluster) await this.stream.enqueue(() => this.catchUp());
  }

  /**
   * Erasure (erasure/): `rewrite` picks the stored events to replace; they are stored, the state is
   * folded again from the first event, and a fresh snapshot replaces the old one. In the write
   * queue, so no commit runs in between. Resolves how many events changed. When some did, `after`
   * (`member.erased`) then goes through the write path like any event, so the screens open on the
   * room (on every node) fold the change too, without loading the room again.
   */
  async rewriteRecord(rewrite: (events: readonly RoomEvent[]) => RoomEvent[], after?: EventBody): Promise<number> {
    const changed = await this.rewriteStored(rewrite);
    if (changed > 0 && after) await this.submit(null, () => ({ ok: true, events: [after] }));
    return changed;
  }

  private rewriteStored(rewrite: (events: readonly RoomEvent[]) => RoomEvent[]): Promise<number> {
    return this.stream.enqueue(async () => {
      const changed = rewrite(await this.deps.store.readEvents(this.roomId, 0));
      if (changed.length === 0) return 0;
      await this.deps.store.rewriteEvents(this.roomId, changed);
      const events = await this.deps.store.readEvents(this.roomId, 0);
      this.state = foldSafely(emptyState(this.roomId), events, unfoldableLogger(this.deps.logger, this.roomId));
      this.lastSnapshotSeq = 0;
      await this.snapshotIfBehind(1);
      return changed.length;
    });
  }

  /** Stores a snapshot if events came in since the last one. */
  flush(): Promise<void> {
    return this.stream.enqueue(() => this.snapshotIfBehind(1));
  }

  /**
   * Folds what another writer (another node) appended and sends it to this node's sockets: on every
   * node, each socket gets the room's events from its own node only, so nothing is sent twice.
   */
  private async catchUp(): Promise<void> {
    const missed = await this.deps.store.readEvents(this.roomId, this.state.seq);
    if (missed.length === 0) return;
    const skip = unfoldableLogger(this.deps.logger, this.roomId);
    const run = new FoldRun();
    const { state, presented } = presentFolding(this.state, missed, (s, e) => foldOneSafely(s, e, skip, run));
    this.state = state;
    this.deps.broadcaster.events(this.roomId, withoutChain(presented));
    this.disconnectRemoved(missed);
  }

  /**
   * A member the host removed, or merged into another membership of the same person, is
   * disconnected everywhere; their member secret no longer admits them.
   */
  private disconnectRemoved(events: readonly RoomEvent[]): void {
    for (const event of events) {
      if (event.type === 'member.removed' || event.type === 'member.merged')
        this.deps.broadcaster.removeMember(this.roomId, event.memberId);
    }
  }

  private async snapshotIfBehind(threshold: number): Promise<void> {
    if (this.state.seq - this.lastSnapshotSeq < threshold) return;
    const snapshot = { seq: this.state.seq, state: this.state };
    this.lastSnapshotSeq = snapshot.seq;
    // With other nodes, one writes the room's snapshot at a time; the others leave it to that one.
    let lease: Lease | null = null;
    if (this.deps.cluster) {
      lease = await this.deps.cluster.lease(this.roomId, 'snapshot').catch(() => null);
      if (!lease) return;
    }
    try {
      await this.deps.store.saveSnapshot(this.roomId, snapshot);
    } catch (error) {
      // Not fatal: events are the record; the next snapshot (or a replay) covers this one.
      this.lastSnapshotSeq = 0;
      this.deps.logger.warn({ err: error, roomId: this.roomId }, 'snapshot failed');
    } finally {
      await lease?.release().catch(() => undefined);
    }
  }
}

/** Reports an event of a stored history that was skipped because it cannot be folded. */
export function unfoldableLogger(logger: Logger, roomId: string) {
  return (event: RoomEvent, error: unknown) =>
    logger.error(
      { err: error, roomId, seq: event.seq, type: event.type },
      'skipped a stored event that cannot be folded',
    );
}
