/**
 * One live room: it owns the state, the sessions and the write path. Commands are decided one at a
 * time, in arrival order, each against the state its predecessors left, and folded in memory. All
 * the commands that arrived during one turn of the event loop (or while the last commit was being
 * written and sent) are stored in one durable transaction (group commit), then become the room's
 * state, go out to every screen as one `events` message, and are acknowledged: nothing acknowledged
 * is lost, no event the room cannot fold is ever stored, and a busy room sends one message per
 * commit instead of one per command. A quiet room's lone command waits for nothing.
 */
import {
  applyAll,
  arrival,
  withArrivals,
  ballotsOf,
  presentEvents,
  presentState,
  decide,
  decideJoin,
  emptyState,
  foldSafely,
  own,
  STATE_VERSION,
  LIMITS,
  protocolError,
  type Actor,
  type Command,
  type CommandAck,
  type Ruling,
  type EventBody,
  type Presence,
  type PresenceMessage,
  type ProtocolError,
  type Role,
  type RoomEvent,
  type RoomState,
} from '@dr/shared';
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { TokenBucket } from '../access/tokenBucket.js';
import { hashToken, randomToken } from '../credentials/tokens.js';
import { SeqConflictError, type RequestRecord, type Store } from '../store/store.js';
import { RoomDoc } from '../yjs/roomDoc.js';
import type { DocSettings } from '../yjs/yjsProtocol.js';
import type { ServerMetrics } from '../ops/metrics.js';
import { isDiskFull } from '../store/diskFull.js';
import { decideInputs } from './decideInputs.js';
import { setImmediate as nextTurn } from 'node:timers';
import { mergePresence, type Lease, type RoomCluster } from './cluster.js';
import { PresenceFanOut, type FanOutTimers } from './presenceFanOut.js';
import type { RoomBroadcaster, RoomSession } from './session.js';

/** A snapshot is written after this many events, so loading never replays a long history. */
export const SNAPSHOT_EVERY = 100;

/** The most commands stored in one transaction; more wait for the next one. */
export const MAX_GROUP_COMMIT = 512;

/**
 * How many times a batch is decided against a fresher state after another node appended first. On
 * one node a conflict cannot happen; with several, each try folds the store first (see commitBatch).
 */
const MAX_DECIDE_ATTEMPTS = 4;

type CommitResult = CommandAck;

/** A request being answered for the first time: the record it will be stored as, less the answer. */
type PendingRequest = Omit<RequestRecord, 'ack' | 'at'>;

/** A command waiting for the room's next group commit. */
interface PendingCommit {
  actor: string | null;
  /** Decides against the state the commands before it in the batch left. */
  decide: (state: RoomState) => Ruling;
  /** Runs after a positive decision, before the batch is appended (a new member's secret). */
  beforeAppend?: () => Promise<void>;
  /** The command's request id, if it came with one: answered once, then replayed (docs/protocol.md). */
  request?: PendingRequest;
  done: (result: CommitResult) => void;
}

export interface RoomDeps {
  store: Store;
  broadcaster: RoomBroadcaster;
  logger: Logger;
  clock?: () => number;
  /** Overrides of the draft document's limits and save timing (tests). */
  docSettings?: Partial<DocSettings>;
  /** New members by name per room (default: `LIMITS.memberJoinBurst`, `LIMITS.memberJoinsPerSecond`). */
  memberJoins?: { burst: number; perSecond: number };
  /** How long a busy room holds presence changes to send them together (ms; 0 sends each at once). */
  presenceWindowMs?: number;
  presenceTimers?: FanOutTimers;
  /** The other server nodes sharing the store (room/cluster.ts); absent on a single node. */
  cluster?: RoomCluster;
  /** Group commit sizes (ops/metrics.ts). */
  metrics?: Pick<ServerMetrics, 'committed'>;
}

export type JoinResult = { ok: true; memberId: string; memberSecret: string } | { ok: false; error: ProtocolError };

export class Room {
  private state: RoomState;
  private readonly sessions = new Map<string, RoomSession>();
  /** The write queue: every mutation chains onto this, so commands never interleave. */
  private tail: Promise<unknown> = Promise.resolve();
  private lastSnapshotSeq: number;
  private readonly clock: () => number;
  /** The draft document, loaded on first use: a room opened only for Socket.IO never reads it. */
  private docLoading: Promise<RoomDoc> | null = null;
  private loadedDoc: RoomDoc | null = null;
  private unloaded = false;
  /** New members joining by name, per room (a hall shares one address, so never per address). */
  private readonly joins: TokenBucket;
  private readonly presenceOut: PresenceFanOut;
  /** This node's own sessions, told to the other nodes (coalesced like the presence sent to sockets). */
  private readonly clusterPresenceOut: PresenceFanOut | null;
  /** The JSON of the presented state, for the state it was made from (welcomeView). */
  private welcomeJson: { state: RoomState; json: string } | null = null;
  /** Commands decided but not yet in a group commit, in arrival order. */
  private pending: PendingCommit[] = [];
  private draining = false;

  private constructor(
    readonly roomId: string,
    state: RoomState,
    private readonly deps: RoomDeps,
  ) {
    this.state = state;
    this.lastSnapshotSeq = state.seq;
    this.clock = deps.clock ?? Date.now;
    const joins = deps.memberJoins ?? { burst: LIMITS.memberJoinBurst, perSecond: LIMITS.memberJoinsPerSecond };
    this.joins = new TokenBucket(joins.burst, joins.perSecond, this.clock);
    this.presenceOut = new PresenceFanOut(roomId, deps.broadcaster, deps.presenceWindowMs, deps.presenceTimers);
    const cluster = deps.cluster;
    this.clusterPresenceOut = cluster
      ? new PresenceFanOut(
          roomId,
          { presence: (id, local) => cluster.publishPresence(id, local) },
          deps.presenceWindowMs,
          deps.presenceTimers,
        )
      : null;
  }

  /** Loads a room from its latest snapshot plus the events after it; null when it does not exist. */
  static async load(roomId: string, deps: RoomDeps): Promise<Room | null> {
    const stored = await deps.store.loadSnapshot(roomId);
    // A snapshot of an older state shape is only a stale cache: replay the events instead.
    const snapshot = stored?.state.version === STATE_VERSION ? stored : null;
    const base = snapshot?.state ?? emptyState(roomId);
    const state = foldSafely(
      base,
      await deps.store.readEvents(roomId, base.seq),
      unfoldableLogger(deps.logger, roomId),
    );
    if (state.seq === 0) return null;
    const room = new Room(roomId, state, deps);
    room.lastSnapshotSeq = snapshot?.seq ?? 0;
    await room.pruneRequests();
    deps.cluster?.roomLoaded(roomId);
    return room;
  }

  /**
   * What a connection of `memberId` is shown on joining: the state as others may see it, as JSON
   * (serialised once per state and shared by every socket welcomed at that seq: a hall reconnecting
   * at once asks for the same state thousands of times), and its own ballots.
   */
  welcomeView(memberId: string | null): { seq: number; stateJson: string; ballots: Record<string, string> } {
    if (this.welcomeJson?.state !== this.state) {
      this.welcomeJson = { state: this.state, json: JSON.stringify(presentState(this.state)) };
    }
    return {
      seq: this.state.seq,
      stateJson: this.welcomeJson.json,
      ballots: memberId ? ballotsOf(this.state, memberId) : {},
    };
  }

  /** The current state; treat as read-only (apply never mutates, so sharing it is safe). */
  get current(): RoomState {
    return this.state;
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  /** No Socket.IO session and no draft connection: the registry may unload it. */
  get isIdle(): boolean {
    return this.sessions.size === 0 && (this.loadedDoc?.connectionCount ?? 0) === 0;
  }

  /** Draft edits held only in memory because the store refused them (they are retried). */
  get hasUnsavedDoc(): boolean {
    return this.loadedDoc?.hasUnsaved ?? false;
  }

  /** The draft document if it is loaded (the other nodes' edits go only to a loaded one). */
  get loadedDocument(): RoomDoc | null {
    return this.loadedDoc;
  }

  /** The sessions on this node only (what it tells the other nodes). */
  localPresence(): PresenceMessage {
    const online = new Set<string>();
    let observers = 0;
    for (const s of this.sessions.values()) {
      if (s.memberId) online.add(s.memberId);
      else if (s.role === 'observer') observers += 1;
    }
    return { online: [...online], observers };
  }

  /**
   * Another node appended up to `seq`: fold what this node missed from the store and send it to this
   * node's sockets, in the write queue (never in the middle of a commit). Nothing when already there.
   */
  followOthers(seq: number): Promise<void> {
    if (seq <= this.state.seq) return Promise.resolve();
    return this.enqueue(() => this.catchUp());
  }

  /**
   * With other nodes: folds what they appended before a socket is welcomed, so a client that moved
   * from another node is never shown an older state than the one it had. A no-op on one node.
   */
  async caughtUp(): Promise<void> {
    if (this.deps.cluster) await this.enqueue(() => this.catchUp());
  }

  /** The other nodes' presence changed: send the merged list to this node's sockets. */
  othersPresenceChanged(): void {
    this.publishPresence();
  }

  /** The room's draft document (one Y.Doc for all its agenda items), loaded once. */
  doc(): Promise<RoomDoc> {
    // An unloaded room's successor loads its own document; two live copies would split the edits.
    if (this.unloaded) return Promise.reject(new Error(`room ${this.roomId} was unloaded`));
    if (!this.docLoading) {
      const loading = RoomDoc.load(this.roomId, {
        store: this.deps.store,
        logger: this.deps.logger,
        draftAccess: (itemId) => {
          // Only the room's own items: an id like `constructor` is no item (and no draft).
          const item = own(this.state.items, itemId);
          return !item ? 'none' : item.draftLocked ? 'locked' : 'open';
        },
        ...(this.deps.cluster
          ? {
              relay: this.deps.cluster.docRelay(this.roomId),
              lease: () => this.deps.cluster!.lease(this.roomId, 'compaction'),
            }
          : {}),
        ...(this.deps.docSettings ? { settings: this.deps.docSettings } : {}),
      });
      this.docLoading = loading;
      loading.then(
        (doc) => (this.loadedDoc = doc),
        () => (this.docLoading = null), // the next connection tries again
      );
    }
    return this.docLoading;
  }

  /**
   * Runs a client command: decide, fold, store (in the next group commit), send, then acknowledge.
   * With a `requestId` it runs at most once per sender: a request id answered before is re-answered
   * from the store (`replayed: true`) without running anything; a new one is stored with its events,
   * in the same transaction, or with its refusal. Requests are looked up inside the serialized commit,
   * so a repeat sent while the first is still waiting finds its answer.
   */
  async dispatch(actor: Actor, command: Command, requestId?: string): Promise<CommandAck> {
    // What a command needs from the draft (the text a round freezes) is read as it arrives.
    const inputs = await decideInputs(command, () => this.doc());
    const request = requestId ? pendingRequest(actor, requestId, command) : undefined;
    const result = await this.commit(
      actor.memberId,
      // A seated member's first accepted command (or the host's for them) is their arrival too.
      (state) => withArrivals(state, actor, command, decide(state, actor, command, this.clock(), inputs)),
      undefined,
      request,
    );
    if (!result.ok) return result;
    return {
      ok: true,
      seq: result.seq,
      ...(result.id ? { id: result.id } : {}),
      ...(result.replayed ? { replayed: true } : {}),
    };
  }

  /**
   * Adds a member by name through a host or participant link; returns the secret that brings them
   * back. Joins are rate-limited per room (`rate_limited`, `rate.joins`): only joins that succeed
   * use up the allowance, and the queue runs them one at a time, so checking then taking is exact.
   */
  async join(role: Role, name: string | undefined, presence: Presence | undefined): Promise<JoinResult> {
    const memberSecret = randomToken();
    let memberId = '';
    // With other nodes the allowance is the room's, in Redis: taken before, given back if refused.
    // While Redis is unreachable, this node's own allowance stands in for it.
    const rate = this.deps.memberJoins ?? { burst: LIMITS.memberJoinBurst, perSecond: LIMITS.memberJoinsPerSecond };
    const shared = await this.takeSharedJoin(rate);
    if (shared === 'refused') return { ok: false, error: protocolError('rate_limited', 'rate.joins') };
    let tookAllowance = shared !== null;
    const result = await this.commit(
      null,
      (state) => {
        // Only a join that would succeed uses up the allowance, once, even if the batch is decided again.
        if (!tookAllowance && !this.joins.peek())
          return { ok: false, error: protocolError('rate_limited', 'rate.joins') };
        const decision = decideJoin(state, { role, name, presence });
        if (!decision.ok) return decision;
        if (!tookAllowance) tookAllowance = this.joins.take();
        memberId = decision.id ?? '';
        return decision;
      },
      async () => {
        // The secret is stored before the member exists, so an acknowledged member can always come back.
        await this.deps.store.saveMemberSecret(this.roomId, memberId, hashToken(memberSecret));
      },
    );
    if (!result.ok) {
      if (shared) void shared.giveBack(this.roomId, rate.burst, rate.perSecond).catch(() => undefined);
      return result;
    }
    return { ok: true, memberId, memberSecret };
  }

  /** A join from the cluster's allowance: the allowance it came from, `refused`, or null (none, or Redis away). */
  private async takeSharedJoin(rate: { burst: number; perSecond: number }) {
    const shared = this.deps.cluster?.joins;
    if (!shared) return null;
    try {
      return (await shared.take(this.roomId, rate.burst, rate.perSecond)) ? shared : 'refused';
    } catch (error) {
      this.deps.logger.warn(
        { err: error, roomId: this.roomId },
        'shared join allowance unreachable; using this node’s',
      );
      return null;
    }
  }

  /**
   * A council's roster member who joined after this meeting was called enters it under their council
   * id, with the secret they already hold, in the seat the council gives them (`seatOf`, issue 18); a
   * member the room has already is left as is.
   */
  async admitRosterMember(seat: Extract<EventBody, { type: 'member.joined' }>, secretHash: string): Promise<void> {
    const { memberId } = seat;
    await this.commit(
      null,
      (state) =>
        // Already here (an earlier call, another node): nothing to add; the refusal is not sent anywhere.
        own(state.members, memberId)
          ? { ok: false, error: protocolError('conflict', 'member.unknown') }
          : state.phase === 'closed'
            ? { ok: false, error: protocolError('conflict', 'room.closed') }
            : { ok: true, events: [seat] },
      () => this.deps.store.saveMemberSecret(this.roomId, memberId, secretHash),
    );
  }

  /**
   * A member seated in advance (a council's roster) connects for the first time: their arrival is
   * committed like any event (stored, broadcast, seen by other nodes). Decided on the room's latest
   * state, so a second connection, here or on another node, records nothing more.
   */
  async arrive(memberId: string, presence: Presence | undefined): Promise<void> {
    if (own(this.state.members, memberId)?.arrivedAt !== null) return;
    await this.commit(memberId, (state) => {
      const events = arrival(state, memberId).map((e) => ({ ...e, presence: presence ?? e.presence }));
      // Already arrived (another connection, another node): nothing to record; the refusal goes nowhere.
      return events.length > 0
        ? { ok: true, events }
        : { ok: false, error: protocolError('conflict', 'member.unknown') };
    });
  }

  /** Events the client missed, from the store (the source of truth), at most one batch. */
  async eventsAfter(afterSeq: number): Promise<{ events: RoomEvent[]; hasMore: boolean }> {
    const events = await this.deps.store.readEvents(this.roomId, afterSeq, LIMITS.syncBatch + 1);
    const batch = presentEvents(events.slice(0, LIMITS.syncBatch), this.state);
    return { events: batch, hasMore: events.length > LIMITS.syncBatch };
  }

  attach(session: RoomSession): void {
    this.sessions.set(session.id, session);
    this.publishPresence();
    this.clusterPresenceOut?.send(() => this.localPresence());
  }

  detach(sessionId: string): void {
    if (!this.sessions.delete(sessionId)) return;
    this.publishPresence();
    this.clusterPresenceOut?.send(() => this.localPresence());
  }

  /** Who is here: this node's sessions, merged with the other nodes' (room/cluster.ts). */
  presence(): PresenceMessage {
    const local = this.localPresence();
    const others = this.deps.cluster?.otherNodesPresence(this.roomId);
    return others && others.length > 0 ? mergePresence([local, ...others]) : local;
  }

  /** Stores what is queued: a snapshot if events came in since the last one, and the draft's edits. */
  async flush(): Promise<void> {
    await Promise.all([this.enqueue(() => this.snapshotIfBehind(1)), this.loadedDoc?.flush()]);
  }

  /** Flushes, compacts the draft's log and releases the document; the room is not used after this. */
  async unload(): Promise<void> {
    this.unloaded = true;
    await this.flush();
    this.presenceOut.close();
    this.clusterPresenceOut?.close();
    const doc = await this.docLoading?.catch(() => null);
    await doc?.close();
  }

  private publishPresence(): void {
    this.presenceOut.send(() => this.presence(), this.sessions.size);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Queues a command for the next group commit; resolves with its own result once that commit is stored. */
  private commit(
    actor: string | null,
    decideNow: (state: RoomState) => Ruling,
    beforeAppend?: () => Promise<void>,
    request?: PendingRequest,
  ): Promise<CommitResult> {
    return new Promise((done) => {
      this.pending.push({
        actor,
        decide: decideNow,
        ...(beforeAppend ? { beforeAppend } : {}),
        ...(request ? { request } : {}),
        done,
      });
      if (this.draining) return;
      this.draining = true;
      // After this turn's I/O: every command read from the sockets in this turn joins the batch.
      nextTurn(() => void this.enqueue(() => this.drain()));
    });
  }

  /** Commits batches until nothing waits: what arrives during one commit and its fan-out goes into the next. */
  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, MAX_GROUP_COMMIT);
        await this.commitBatch(batch).catch((error: unknown) => {
          this.deps.logger.error({ err: error, roomId: this.roomId }, 'group commit failed');
          for (const op of batch) op.done({ ok: false, error: saveFailed(error) });
        });
        // A synchronous store never yields: let the sockets' waiting input in before the next batch.
        await new Promise<void>((resolve) => nextTurn(resolve));
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * The write path: decide each command against the state the ones before it left, fold in memory,
   * append all their events in one transaction, then swap the state and send. An event that cannot
   * be folded is refused before it is stored (`internal`), so it can never break the room for later
   * commands or a later load. If another writer (a second server node) appended first, the room
   * catches up from the store and decides the batch again.
   */
  private async commitBatch(batch: readonly PendingCommit[]): Promise<void> {
    const replays = await this.replays(batch);
    const attempts = this.deps.cluster ? MAX_DECIDE_ATTEMPTS : 2;
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      // With other nodes, fold what they appended first: decided against the latest state, a batch
      // conflicts only when another node appends in the moment between this read and the append.
      if (this.deps.cluster) await this.catchUp();
      const results = new Map<PendingCommit, CommitResult>();
      const staged: { op: PendingCommit; events: RoomEvent[]; after: RoomState }[] = [];
      const refused: { op: PendingCommit; error: ProtocolError }[] = [];
      let state = this.state;
      for (const op of batch) {
        const replay = replays.get(op);
        if (replay) {
          results.set(op, replay);
          continue;
        }
        const decision = op.decide(state);
        if (!decision.ok) {
          results.set(op, decision);
          refused.push({ op, error: decision.error });
          continue;
        }
        const events = this.stamp(state, op.actor, decision.events);
        const next = this.foldNew(state, events);
        if (!next) {
          results.set(op, { ok: false, error: protocolError('internal', 'server.foldFailed') });
          continue;
        }
        state = next;
        staged.push({ op, events, after: next });
        results.set(op, { ok: true, seq: next.seq, ...(decision.id ? { id: decision.id } : {}) });
      }
      if (staged.length > 0) {
        try {
          for (const { op } of staged) await op.beforeAppend?.();
          await this.deps.store.appendEvents(
            this.roomId,
            this.state.seq,
            staged.flatMap(({ events }) => events),
            staged.flatMap(({ op }) => {
              const ack = results.get(op);
              return op.request && ack ? [{ ...op.request, ack, at: this.clock() }] : [];
            }),
          );
        } catch (error) {
          if (error instanceof SeqConflictError && attempt < attempts - 1) {
            if (!this.deps.cluster) await this.catchUp(); // with other nodes, the next try folds first
            continue;
          }
          this.deps.logger.error({ err: error, roomId: this.roomId }, 'event append failed');
          for (const { op } of staged) results.set(op, { ok: false, error: saveFailed(error) });
          for (const op of batch) op.done(results.get(op)!);
          return;
        }
        this.state = state;
        this.deps.metrics?.committed(staged.length);
        this.deps.cluster?.committed(this.roomId, state.seq);
        // One message for the whole commit; each command's events are presented with the state they
        // left (what others may see of ballots then).
        this.deps.broadcaster.events(
          this.roomId,
          staged.flatMap(({ events, after }) => presentEvents(events, after)),
        );
        this.disconnectRemoved(staged.flatMap(({ events }) => events));
        void this.snapshotIfBehind(SNAPSHOT_EVERY);
      }
      for (const { op, error } of refused) if (op.request) await this.rememberRefusal(op.request, error);
      for (const op of batch) op.done(results.get(op)!);
      return;
    }
    for (const op of batch) op.done({ ok: false, error: protocolError('conflict', 'server.raced') });
  }

  /**
   * The stored answers of the batch's requests seen before, and of repeats within the batch itself
   * (the second of two identical requests waits for the first: it is answered as its replay).
   */
  private async replays(batch: readonly PendingCommit[]): Promise<Map<PendingCommit, CommitResult>> {
    const replays = new Map<PendingCommit, CommitResult>();
    const firsts = new Map<string, PendingCommit>();
    for (const op of batch) {
      if (!op.request) continue;
      const { sender, requestId, fingerprint } = op.request;
      const key = `${sender}\n${requestId}`;
      const first = firsts.get(key);
      if (first) {
        const sameCommand = first.request?.fingerprint === fingerprint;
        // Answered once the first one's answer is known: see commitBatch's `done` wrapper below.
        replays.set(op, sameCommand ? { ok: false, error: protocolError('internal', 'server.failed') } : reused());
        if (sameCommand) this.followFirst(first, op);
        continue;
      }
      firsts.set(key, op);
      const seen = await this.deps.store.findRequest(this.roomId, sender, requestId);
      if (seen) replays.set(op, seen.fingerprint === fingerprint ? { ...seen.ack, replayed: true } : reused());
    }
    return replays;
  }

  /** A repeat within one batch is answered with the first one's answer, marked replayed. */
  private followFirst(first: PendingCommit, repeat: PendingCommit): void {
    const firstDone = first.done;
    const repeatDone = repeat.done;
    first.done = (result) => {
      firstDone(result);
      repeatDone({ ...result, replayed: true });
    };
    repeat.done = () => undefined;
  }

  /**
   * A refusal is an answer too: a retry after the cause went away (the round closed, then reopened)
   * must still hear the first answer, never run late. Failing to store it only costs that guarantee.
   */
  private async rememberRefusal(request: PendingRequest, error: ProtocolError): Promise<void> {
    try {
      await this.deps.store.saveRequest(this.roomId, { ...request, ack: { ok: false, error }, at: this.clock() });
    } catch (err) {
      this.deps.logger.warn({ err, roomId: this.roomId }, 'could not store the answer to a refused request');
    }
  }

  /** Forgets answers older than the retention (`LIMITS.requestIdRetentionMs`); done on each load. */
  private async pruneRequests(): Promise<void> {
    try {
      await this.deps.store.pruneRequests(this.roomId, this.clock() - LIMITS.requestIdRetentionMs);
    } catch (err) {
      this.deps.logger.warn({ err, roomId: this.roomId }, 'could not prune old request ids');
    }
  }

  private stamp(state: RoomState, actor: string | null, bodies: readonly EventBody[]): RoomEvent[] {
    // Event times never go backwards, even if the wall clock does: countdowns are derived from them.
    const at = Math.max(this.clock(), state.updatedAt);
    return bodies.map((body, i) => ({ ...body, seq: state.seq + i + 1, at, actor }));
  }

  /** The state after `events`, or null (logged) when one of them cannot be folded. */
  private foldNew(state: RoomState, events: readonly RoomEvent[]): RoomState | null {
    try {
      return applyAll(state, events);
    } catch (error) {
      this.deps.logger.error(
        { err: error, roomId: this.roomId, events: events.map((e) => e.type) },
        'refused events that cannot be folded',
      );
      return null;
    }
  }

  /**
   * A member the host removed, or merged into another membership of the same person, is
   * disconnected everywhere; their member secret no longer admits them.
   */
  private disconnectRemoved(events: readonly RoomEvent[]): void {
    const removed = events.filter((event) => event.type === 'member.removed' || event.type === 'member.merged');
    if (removed.length === 0) return;
    for (const event of removed) this.deps.broadcaster.removeMember(this.roomId, event.memberId);
  }

  /**
   * Folds what another writer (another node) appended and sends it to this node's sockets: on every
   * node, each socket gets the room's events from its own node only, so nothing is sent twice.
   */
  private async catchUp(): Promise<void> {
    const missed = await this.deps.store.readEvents(this.roomId, this.state.seq);
    if (missed.length === 0) return;
    this.state = foldSafely(this.state, missed, unfoldableLogger(this.deps.logger, this.roomId));
    this.deps.broadcaster.events(this.roomId, presentEvents(missed, this.state));
    this.disconnectRemoved(missed);
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

/** Why a batch was not stored, as the client is told: a full disk by name, anything else as a failed save. */
function saveFailed(error: unknown): ProtocolError {
  return protocolError('internal', isDiskFull(error) ? 'server.diskFull' : 'server.saveFailed');
}

function reused(): CommitResult {
  return { ok: false, error: protocolError('invalid', 'command.requestReused') };
}

/**
 * A request as it will be stored: request ids are per sender (a member, or a host console without
 * one), and the fingerprint tells a repeat from a request id reused for another command.
 */
function pendingRequest(actor: Actor, requestId: string, command: Command): PendingRequest {
  return {
    sender: actor.memberId ? `member:${actor.memberId}` : actor.role,
    requestId,
    fingerprint: createHash('sha256').update(JSON.stringify(command)).digest('hex'),
  };
}

/** Reports an event of a stored history that was skipped because it cannot be folded. */
function unfoldableLogger(logger: Logger, roomId: string) {
  return (event: RoomEvent, error: unknown) =>
    logger.error(
      { err: error, roomId, seq: event.seq, type: event.type },
      'skipped a stored event that cannot be folded',
    );
}
