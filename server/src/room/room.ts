/**
 * One live room: its state, sessions, draft document and presence. Commands are decided one at a time, in arrival
 * order, against the state their predecessors left, and stored in group commits (stream/eventStream.ts); what a
 * commit does for a room (send, snapshot, catch up with other nodes) is roomCommits.ts; joins and arrival roomJoins.ts;
 * who is here roomPresence.ts; the draft document roomDraft.ts.
 */
import {
  withArrivals,
  ballotsOf,
  presentEvents,
  decide,
  emptyState,
  foldSafely,
  STATE_VERSION,
  LIMITS,
  type Actor,
  type Command,
  type CommandAck,
  type EventBody,
  type Member,
  type Presence,
  type PresenceMessage,
  type Role,
  type RoomEvent,
  type RoomState,
} from '@dr/shared';
import type { Logger } from 'pino';
import { withoutChain } from '../stream/chain.js';
import { TokenBucket } from '../access/tokenBucket.js';
import type { Store } from '../store/store.js';
import { pendingRequest } from '../stream/requestLog.js';
import type { RoomDoc } from '../yjs/roomDoc.js';
import { draftAccessOf } from '../yjs/updatePlan.js';
import type { DocSettings } from '../yjs/yjsProtocol.js';
import { decideInputs } from './decideInputs.js';
import type { RoomCluster } from './cluster.js';
import type { FanOutTimers } from './presenceFanOut.js';
import { RoomDraft } from './roomDraft.js';
import { RoomPresence } from './roomPresence.js';
import { RoomCommits, unfoldableLogger, type RoomCommitDeps, type RoomDecide } from './roomCommits.js';
import { JoinQueue, type JoinSource } from './joinQueue.js';
import {
  admitRosterMember,
  arrive,
  join,
  JOIN_QUEUE,
  MEMBER_JOINS,
  type JoinContext,
  type JoinResult,
} from './roomJoins.js';
import type { RoomBroadcaster, RoomSession } from './session.js';
import { WelcomeViews, type StateView } from './welcomeView.js';

export { SNAPSHOT_EVERY } from './roomCommits.js';
export type { JoinResult } from './roomJoins.js';

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
  metrics?: RoomCommitDeps['metrics'];
  /** A council's default notice period (公示期, days), for its meetings' `notice.publish` without one. */
  noticePeriod?: (councilId: string) => Promise<number | undefined>;
}

/** The source of joins made in this process without a connection (tests, tools): one source. */
const IN_PROCESS: JoinSource = { key: 'in-process', device: false };

export class Room {
  private readonly commits: RoomCommits;
  private readonly clock: () => number;
  /** The draft document, loaded on first use (roomDraft.ts). */
  private readonly draft: RoomDraft;
  private readonly joining: JoinContext;
  /** Who is here (roomPresence.ts). */
  private readonly here: RoomPresence;
  /** The welcome's JSON and the members' pages, made once per state (welcomeView.ts). */
  private readonly views = new WelcomeViews();

  private constructor(
    readonly roomId: string,
    state: RoomState,
    snapshotSeq: number,
    private readonly deps: RoomDeps,
  ) {
    this.clock = deps.clock ?? Date.now;
    const { store, logger, cluster } = deps;
    // Its store, broadcaster, logger, cluster and metrics; the clock with its default.
    this.commits = new RoomCommits(roomId, state, snapshotSeq, { ...deps, clock: this.clock });
    const rate = deps.memberJoins ?? MEMBER_JOINS;
    this.joining = {
      roomId,
      commits: this.commits,
      store,
      logger,
      cluster,
      rate,
      queue: new JoinQueue(new TokenBucket(rate.burst, rate.perSecond, this.clock), rate.perSecond, JOIN_QUEUE),
    };
    this.here = new RoomPresence(roomId, deps);
    this.draft = new RoomDraft(roomId, deps, (itemId) => draftAccessOf(this.current, itemId));
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
    const room = new Room(roomId, state, snapshot?.seq ?? 0, deps);
    await room.commits.stream.requests.prune();
    deps.cluster?.roomLoaded(roomId);
    return room;
  }

  /** A welcome for `memberId`: the state's JSON made once per state (welcomeView.ts), its own member and ballots. */
  welcomeView(memberId: string | null): StateView & { ballots: Record<string, string>; member?: Member } {
    const state = this.current;
    const member = this.views.ownMember(state, memberId);
    const ballots = memberId ? ballotsOf(state, memberId) : {};
    return { ...this.views.view(state), ballots, ...(member ? { member } : {}) };
  }

  /** A `members` page from the `from`-th member, as the JSON of its answer (welcomeView.ts). */
  membersPageJson(from: number): string {
    return this.views.pageJson(this.current, from);
  }

  /** The current state; read-only (apply never mutates, so sharing it is safe). */
  get current(): RoomState {
    return this.commits.current;
  }

  get sessionCount(): number {
    return this.here.sessionCount;
  }

  /** No Socket.IO session and no draft connection: the registry may unload it. */
  get isIdle(): boolean {
    return this.here.sessionCount === 0 && (this.draft.loaded?.connectionCount ?? 0) === 0;
  }

  /** Draft edits held only in memory because the store refused them (retried). */
  get hasUnsavedDoc(): boolean {
    return this.draft.loaded?.hasUnsaved ?? false;
  }

  /** The draft document if it is loaded (the other nodes' edits go only to a loaded one). */
  get loadedDocument(): RoomDoc | null {
    return this.draft.loaded;
  }

  /** The sessions on this node only (what it tells the other nodes). */
  localPresence(): PresenceMessage {
    return this.here.local();
  }

  /** Another node appended up to `seq`: fold and send what this node missed, between commits. */
  followOthers(seq: number): Promise<void> {
    return this.commits.followOthers(seq);
  }

  /** Before a welcome, with other nodes: never show a client that moved an older state than it had. */
  caughtUp(): Promise<void> {
    return this.commits.caughtUp();
  }

  /** The other nodes' presence changed: send the merged list to this node's sockets. */
  othersPresenceChanged(): void {
    this.here.othersChanged();
  }

  /** The room's draft document (one Y.Doc for all its agenda items), loaded once. */
  doc(): Promise<RoomDoc> {
    return this.draft.load();
  }

  /**
   * Runs a client command: decide, fold, store (in the next group commit), send, then acknowledge. With
   * a `requestId` at most once per sender: one answered before is re-answered from the store (`replayed`);
   * a new one is stored with its events or refusal, looked up inside the serialized commit. `fromOutside`:
   * sent from outside the meeting (a supervisor confirming from the council page), so it is no arrival.
   */
  async dispatch(actor: Actor, command: Command, requestId?: string, fromOutside = false): Promise<CommandAck> {
    // What a command needs from the draft (the text a round freezes) is read as it arrives.
    const inputs = await decideInputs(
      command,
      () => this.doc(),
      () => this.councilNoticePeriod(),
    );
    const request = requestId ? pendingRequest(actor.memberId, actor.role, requestId, command) : undefined;
    return this.commits.submit(
      actor.memberId,
      (state) => {
        const ruling = decide(state, actor, command, this.clock(), inputs);
        return fromOutside ? ruling : withArrivals(state, actor, command, ruling); // a seated member's arrival
      },
      { request },
    );
  }

  /** The default notice period of the council this room is a meeting of, if any (decideInputs.ts). */
  private async councilNoticePeriod(): Promise<number | undefined> {
    const councilId = this.current.council?.councilId;
    return councilId ? this.deps.noticePeriod?.(councilId) : undefined;
  }

  /** Adds a member by name through a host or participant link (roomJoins.ts). */
  join(
    role: Role,
    name: string | undefined,
    presence: Presence | undefined,
    from: JoinSource = IN_PROCESS,
  ): Promise<JoinResult> {
    return join(this.joining, role, name, presence, from);
  }

  /** A council's roster member who joined after this meeting was called enters it (roomJoins.ts). */
  admitRosterMember(seat: Extract<EventBody, { type: 'member.joined' }>, secretHash: string): Promise<void> {
    return admitRosterMember(this.joining, seat, secretHash);
  }

  /** Events its council writes into this meeting (pool topics added later: council/meetingTopics.ts). */
  fromCouncil(decide: RoomDecide): Promise<CommandAck> {
    return this.commits.submit(null, decide);
  }

  /** A member seated in advance connects for the first time: their arrival (roomJoins.ts). */
  arrive(memberId: string, presence: Presence | undefined): Promise<void> {
    return arrive(this.joining, memberId, presence);
  }

  /** Events the client missed, from the store (the source of truth), at most one batch. */
  async eventsAfter(afterSeq: number): Promise<{ events: RoomEvent[]; hasMore: boolean }> {
    const events = await this.deps.store.readEvents(this.roomId, afterSeq, LIMITS.syncBatch + 1);
    const batch = presentEvents(withoutChain(events.slice(0, LIMITS.syncBatch)), this.current);
    return { events: batch, hasMore: events.length > LIMITS.syncBatch };
  }

  /** `first` hears the last presence sent to the room, which the changes after it change (presenceFanOut.ts). */
  attach(session: RoomSession, first?: (presence: PresenceMessage) => void): void {
    this.here.attach(session, first);
  }

  detach(sessionId: string): void {
    this.here.detach(sessionId);
  }

  /** Replaces stored events (erasure/), folds the room again, then appends `after`; resolves how many changed. */
  rewriteRecord(rewrite: (events: readonly RoomEvent[]) => RoomEvent[], after?: EventBody): Promise<number> {
    return this.commits.rewriteRecord(rewrite, after);
  }

  /** Stores what is queued: a snapshot if events came in since the last one, and the draft's edits. */
  async flush(): Promise<void> {
    await Promise.all([this.commits.flush(), this.draft.loaded?.flush()]);
  }

  /** Flushes, compacts the draft's log and releases the document; the room is not used after this. */
  async unload(): Promise<void> {
    this.draft.refuseLoads();
    await this.flush();
    this.here.close();
    this.joining.queue.close();
    await this.draft.close();
  }
}
