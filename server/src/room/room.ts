/**
 * One live room: it owns the state, the sessions and the write path. Commands run one at a time;
 * each one is decided, folded in memory, stored, and only then made the room's state and broadcast:
 * nothing acknowledged is lost, and no event the room cannot fold is ever stored.
 */
import {
  applyAll,
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
import { decideInputs } from './decideInputs.js';
import type { RoomBroadcaster, RoomSession } from './session.js';

/** A snapshot is written after this many events, so loading never replays a long history. */
export const SNAPSHOT_EVERY = 100;

export interface RoomDeps {
  store: Store;
  broadcaster: RoomBroadcaster;
  logger: Logger;
  clock?: () => number;
  /** Overrides of the draft document's limits and save timing (tests). */
  docSettings?: Partial<DocSettings>;
}

/** A request being answered for the first time: the record it will be stored as, less the answer. */
type PendingRequest = Omit<RequestRecord, 'ack' | 'at'>;

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

  private constructor(
    readonly roomId: string,
    state: RoomState,
    private readonly deps: RoomDeps,
  ) {
    this.state = state;
    this.lastSnapshotSeq = state.seq;
    this.clock = deps.clock ?? Date.now;
    this.joins = new TokenBucket(LIMITS.memberJoinBurst, LIMITS.memberJoinsPerSecond, this.clock);
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
    return room;
  }

  /** What a connection of `memberId` is shown on joining: the state as others may see it, and its own ballots. */
  welcomeView(memberId: string | null): { state: RoomState; ballots: Record<string, string> } {
    return { state: presentState(this.state), ballots: memberId ? ballotsOf(this.state, memberId) : {} };
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
   * Runs a client command: decide, fold, store, broadcast, then acknowledge. With a `requestId` the
   * command runs at most once per sender: a request id answered before is re-answered from the store
   * (`replayed: true`) without running anything, and a new one is stored with its events, in the same
   * transaction, or with its refusal. The queue runs commands one at a time, so a repeat sent while
   * the first is still running waits for it and then finds its answer.
   */
  dispatch(actor: Actor, command: Command, requestId?: string): Promise<CommandAck> {
    return this.enqueue(async () => {
      const request = requestId ? pendingRequest(actor, requestId, command) : undefined;
      if (request) {
        const seen = await this.deps.store.findRequest(this.roomId, request.sender, request.requestId);
        if (seen) {
          return seen.fingerprint === request.fingerprint
            ? { ...seen.ack, replayed: true }
            : { ok: false, error: protocolError('invalid', 'command.requestReused') };
        }
      }
      const inputs = await decideInputs(command, () => this.doc());
      const result = await this.commit(
        actor.memberId,
        () => decide(this.state, actor, command, this.clock(), inputs),
        undefined,
        request,
      );
      return result.ok ? { ok: true, seq: result.seq, ...(result.id ? { id: result.id } : {}) } : result;
    });
  }

  /**
   * Adds a member by name through a host or participant link; returns the secret that brings them
   * back. Joins are rate-limited per room (`rate_limited`, `rate.joins`): only joins that succeed
   * use up the allowance, and the queue runs them one at a time, so checking then taking is exact.
   */
  join(role: Role, name: string | undefined, presence: Presence | undefined): Promise<JoinResult> {
    return this.enqueue(async () => {
      if (!this.joins.peek()) return { ok: false, error: protocolError('rate_limited', 'rate.joins') };
      const memberSecret = randomToken();
      let memberId = '';
      const result = await this.commit(
        null,
        () => {
          const decision = decideJoin(this.state, { role, name, presence });
          if (decision.ok) memberId = decision.id ?? '';
          return decision;
        },
        async () => {
          // The secret is stored before the member exists, so an acknowledged member can always come back.
          await this.deps.store.saveMemberSecret(this.roomId, memberId, hashToken(memberSecret));
        },
      );
      if (!result.ok) return result;
      this.joins.take();
      return { ok: true, memberId, memberSecret };
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
  }

  detach(sessionId: string): void {
    if (this.sessions.delete(sessionId)) this.publishPresence();
  }

  presence(): PresenceMessage {
    const online = new Set<string>();
    let observers = 0;
    for (const s of this.sessions.values()) {
      if (s.memberId) online.add(s.memberId);
      else if (s.role === 'observer') observers += 1;
    }
    return { online: [...online], observers };
  }

  /** Stores what is queued: a snapshot if events came in since the last one, and the draft's edits. */
  async flush(): Promise<void> {
    await Promise.all([this.enqueue(() => this.snapshotIfBehind(1)), this.loadedDoc?.flush()]);
  }

  /** Flushes, compacts the draft's log and releases the document; the room is not used after this. */
  async unload(): Promise<void> {
    this.unloaded = true;
    await this.flush();
    const doc = await this.docLoading?.catch(() => null);
    await doc?.close();
  }

  private publishPresence(): void {
    this.deps.broadcaster.presence(this.roomId, this.presence());
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /**
   * The write path: decide, fold in memory, append, then swap the state and broadcast. An event
   * that cannot be folded is refused before it is stored (`internal`), so it can never break the
   * room for later commands or a later load. `decideNow` runs against the latest state; if another
   * writer (a second server node) appended first, the room catches up from the store and decides again.
   */
  private async commit(
    actor: string | null,
    decideNow: () => Ruling,
    beforeAppend?: () => Promise<void>,
    request?: PendingRequest,
  ): Promise<{ ok: true; seq: number; id?: string } | { ok: false; error: ProtocolError }> {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const decision = decideNow();
      if (!decision.ok) {
        if (request) await this.rememberRefusal(request, decision.error);
        return decision;
      }
      const events = this.stamp(actor, decision.events);
      const next = this.foldNew(events);
      // Not remembered: nothing ran, and the same request may succeed once the cause is fixed.
      if (!next) return { ok: false, error: protocolError('internal', 'server.foldFailed') };
      const ack: CommandAck = { ok: true, seq: next.seq, ...(decision.id ? { id: decision.id } : {}) };
      try {
        if (beforeAppend) await beforeAppend();
        await this.deps.store.appendEvents(
          this.roomId,
          this.state.seq,
          events,
          request ? { ...request, ack, at: this.clock() } : undefined,
        );
      } catch (error) {
        if (error instanceof SeqConflictError && attempt === 0) {
          await this.catchUp();
          continue;
        }
        this.deps.logger.error({ err: error, roomId: this.roomId }, 'event append failed');
        return { ok: false, error: protocolError('internal', 'server.saveFailed') };
      }
      this.state = next;
      this.deps.broadcaster.events(this.roomId, presentEvents(events, this.state));
      this.disconnectRemoved(events);
      void this.snapshotIfBehind(SNAPSHOT_EVERY);
      return { ok: true, seq: this.state.seq, ...(decision.id ? { id: decision.id } : {}) };
    }
    return { ok: false, error: protocolError('conflict', 'server.raced') };
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

  private stamp(actor: string | null, bodies: readonly EventBody[]): RoomEvent[] {
    // Event times never go backwards, even if the wall clock does: countdowns are derived from them.
    const at = Math.max(this.clock(), this.state.updatedAt);
    return bodies.map((body, i) => ({ ...body, seq: this.state.seq + i + 1, at, actor }));
  }

  /** The state after `events`, or null (logged) when one of them cannot be folded. */
  private foldNew(events: readonly RoomEvent[]): RoomState | null {
    try {
      return applyAll(this.state, events);
    } catch (error) {
      this.deps.logger.error(
        { err: error, roomId: this.roomId, events: events.map((e) => e.type) },
        'refused events that cannot be folded',
      );
      return null;
    }
  }

  /** A member the host removed is disconnected everywhere; their member secret no longer admits them. */
  private disconnectRemoved(events: readonly RoomEvent[]): void {
    for (const event of events) {
      if (event.type === 'member.removed') this.deps.broadcaster.removeMember(this.roomId, event.memberId);
    }
  }

  private async catchUp(): Promise<void> {
    const missed = await this.deps.store.readEvents(this.roomId, this.state.seq);
    this.state = foldSafely(this.state, missed, unfoldableLogger(this.deps.logger, this.roomId));
    if (missed.length) this.deps.broadcaster.events(this.roomId, presentEvents(missed, this.state));
    this.disconnectRemoved(missed);
  }

  private async snapshotIfBehind(threshold: number): Promise<void> {
    if (this.state.seq - this.lastSnapshotSeq < threshold) return;
    const snapshot = { seq: this.state.seq, state: this.state };
    this.lastSnapshotSeq = snapshot.seq;
    try {
      await this.deps.store.saveSnapshot(this.roomId, snapshot);
    } catch (error) {
      // Not fatal: events are the record; the next snapshot (or a replay) covers this one.
      this.lastSnapshotSeq = 0;
      this.deps.logger.warn({ err: error, roomId: this.roomId }, 'snapshot failed');
    }
  }
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
