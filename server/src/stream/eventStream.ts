/**
 * The write path of every event stream (a room, a council, an office): commands are decided one at a
 * time, in arrival order, each against the state its predecessors left, stamped (stamp.ts), folded in
 * memory, and appended together (group commit) with the answers to their requests, expecting the seq
 * the stream had. Nothing acknowledged is lost, nothing is done twice (requestLog.ts), and no event
 * the stream cannot fold is ever stored. If another writer (another server node) appended first, the
 * stream catches up from the store and decides the batch again.
 */
import { protocolError } from '@dr/shared';
import type { Logger } from 'pino';
import { isDiskFull } from '../store/diskFull.js';
import { SeqConflictError, type EventLog, type StoredEvent } from '../store/eventLog.js';
import { GroupCommit } from './groupCommit.js';
import { RequestLog, type PendingRequest } from './requestLog.js';
import { SerialQueue } from './serialQueue.js';
import { hashOf } from './chain.js';
import { stampEvents, type Stamped } from './stamp.js';
import type { StreamAck, StreamOp } from './streamOp.js';

/** What the write path needs to know of one stream. */
export interface StreamConfig<S extends { seq: number }, B extends object> {
  streamId: string;
  log: EventLog;
  logger: Logger;
  clock: () => number;
  /** The stream's current state (its owner keeps it). */
  current: () => S;
  /** The state after `events`; throws when one of them cannot be folded. */
  fold: (state: S, events: readonly Stamped<B>[]) => S;
  /**
   * The fold for one batch's commands, each folded after the last, when it can share work between
   * them (a room's: the batch's votes grow one copy of the round's ballots, shared core/foldRun.ts).
   * The states between its first and last fold may then hold ballots that later commands of the
   * batch added: a staged command's `after` is right about everything else (the round's settings,
   * which is what `committed` reads it for), and the batch's last state is right about everything.
   */
  batchFold?: () => (state: S, events: readonly Stamped<B>[]) => S;
  /** Folds what other writers appended into the current state. */
  catchUp: () => Promise<void>;
  /** Catch up before each decision: other writers may append without telling (councils, a cluster). */
  catchUpFirst: boolean;
  /** How many times a batch is decided against a fresher state after a `SeqConflictError`. */
  attempts: number;
  /** The earliest time the next events may have: event times never go backwards (countdowns). */
  notBefore?: (state: S) => number;
  /** The batch is stored: make `state` current and tell whoever listens. */
  committed: (state: S, staged: readonly { events: Stamped<B>[]; after: S }[]) => void;
  /** The refusal code of a reused request id (default `invalid`). */
  reusedCode?: 'invalid' | 'conflict';
}

export class EventStream<S extends { seq: number }, B extends object, Err> {
  /** The stream's write queue: commits, catch-ups and snapshots never interleave. */
  readonly queue = new SerialQueue();
  readonly requests: RequestLog;
  private readonly group: GroupCommit<StreamOp<S, B, Err>>;
  /** The stream's last stored event's seq and hash, so a commit need not read it back (chain.ts). */
  private head: { seq: number; hash: string | null } | null = null;

  constructor(private readonly config: StreamConfig<S, B>) {
    this.requests = new RequestLog(config.log, config.streamId, config.clock, config.logger, config.reusedCode);
    this.group = new GroupCommit(
      this.queue,
      (batch) => this.commitBatch(batch),
      (batch, error) => {
        config.logger.error({ err: error, streamId: config.streamId }, 'group commit failed');
        for (const op of batch) op.done({ ok: false, error: saveFailed(error) });
      },
    );
  }

  /** Queues a command for the next group commit; resolves with its answer once that commit is stored. */
  submit(
    actor: string | null,
    decide: StreamOp<S, B, Err>['decide'],
    options: { beforeAppend?: () => Promise<void>; request?: PendingRequest | undefined } = {},
  ): Promise<{ ack: StreamAck<Err>; after?: S }> {
    return new Promise((resolve) => {
      const { beforeAppend, request } = options;
      this.group.add({
        actor,
        decide,
        ...(beforeAppend ? { beforeAppend } : {}),
        ...(request ? { request } : {}),
        done: (ack, after) => resolve(after ? { ack, after } : { ack }),
      });
    });
  }

  /** Runs `work` in the stream's write queue, between commits. */
  enqueue<T>(work: () => Promise<T>): Promise<T> {
    return this.queue.enqueue(work);
  }

  private async commitBatch(batch: readonly StreamOp<S, B, Err>[]): Promise<void> {
    const { config } = this;
    const replays = await this.requests.replays<Err, StreamOp<S, B, Err>>(batch);
    for (let attempt = 0; attempt < config.attempts; attempt += 1) {
      // Decided against the latest state, a batch conflicts only when another writer appends in the
      // moment between this read and the append.
      if (config.catchUpFirst) await config.catchUp();
      const base = config.current();
      const answers = new Map<StreamOp<S, B, Err>, { ack: StreamAck<Err>; after?: S }>();
      const staged: { op: StreamOp<S, B, Err>; events: Stamped<B>[]; after: S }[] = [];
      const refused: { op: StreamOp<S, B, Err>; error: Err }[] = [];
      let state = base;
      let prev = await this.headHash(base.seq);
      const fold = config.batchFold?.() ?? config.fold;
      for (const op of batch) {
        const replay = replays.get(op);
        if (replay) {
          answers.set(op, { ack: replay });
          continue;
        }
        const decision = await op.decide(state);
        if (!decision.ok) {
          answers.set(op, { ack: decision });
          refused.push({ op, error: decision.error });
          continue;
        }
        const at = Math.max(config.clock(), config.notBefore?.(state) ?? 0);
        const events = stampEvents(decision.events, state.seq, at, op.actor, prev);
        const next = this.foldNew(fold, state, events);
        if (!next) {
          answers.set(op, { ack: { ok: false, error: protocolError('internal', 'server.foldFailed') } });
          continue;
        }
        state = next;
        prev = events.at(-1)?.hash ?? prev;
        staged.push({ op, events, after: next });
        answers.set(op, { ack: { ok: true, seq: next.seq, ...(decision.id ? { id: decision.id } : {}) }, after: next });
      }
      if (staged.length > 0) {
        try {
          for (const { op } of staged) await op.beforeAppend?.();
          await config.log.appendEvents<StoredEvent>(
            config.streamId,
            base.seq,
            staged.flatMap(({ events }) => events as unknown as StoredEvent[]),
            staged.flatMap(({ op }) => (op.request ? [this.requests.record(op.request, answers.get(op)!.ack)] : [])),
          );
        } catch (error) {
          if (error instanceof SeqConflictError) {
            if (!config.catchUpFirst) await config.catchUp();
            continue; // after the last attempt: `server.raced`
          }
          config.logger.error({ err: error, streamId: config.streamId }, 'event append failed');
          for (const { op } of staged) answers.set(op, { ack: { ok: false, error: saveFailed(error) } });
          for (const op of batch) op.done(answers.get(op)!.ack);
          return;
        }
        this.head = { seq: state.seq, hash: prev };
        config.committed(state, staged);
      }
      for (const { op, error } of refused) if (op.request) await this.requests.rememberRefusal(op.request, error);
      for (const op of batch) {
        const { ack, after } = answers.get(op)!;
        op.done(ack, after);
      }
      return;
    }
    for (const op of batch) op.done({ ok: false, error: protocolError('conflict', 'server.raced') });
  }

  /** The hash of the event at `seq` (null before the chain began), read from the log unless known. */
  private async headHash(seq: number): Promise<string | null> {
    if (this.head?.seq !== seq) {
      const [event] = seq > 0 ? await this.config.log.readEvents<StoredEvent>(this.config.streamId, seq - 1, 1) : [];
      this.head = { seq, hash: hashOf(event) };
    }
    return this.head.hash;
  }

  /** Forgets the cached head: the stored events were rewritten (erasure). */
  forgetHead(): void {
    this.head = null;
  }

  /** The state after `events`, or null (logged) when one of them cannot be folded. */
  private foldNew(fold: StreamConfig<S, B>['fold'], state: S, events: readonly Stamped<B>[]): S | null {
    try {
      return fold(state, events);
    } catch (error) {
      this.config.logger.error(
        { err: error, streamId: this.config.streamId, events: events.map((e) => (e as { type?: string }).type) },
        'refused events that cannot be folded',
      );
      return null;
    }
  }
}

/** Why a batch was not stored, as the client is told: a full disk by name, anything else as a failed save. */
function saveFailed(error: unknown) {
  return protocolError('internal', isDiskFull(error) ? 'server.diskFull' : 'server.saveFailed');
}
