/**
 * One node of a cluster (`REDIS_URL`, issue 17): the `RoomCluster` its rooms talk to, and the
 * listener that hands what the other nodes say to this node's loaded rooms. Only rooms loaded here
 * are concerned; a room loaded later reads the store (and asks the others for unsaved draft edits).
 *
 * Each node presents events to its own sockets (docs/development.md, "Several nodes"): a "seq"
 * notice makes the others fold from the store. Presence is each node's own sessions, repeated every
 * heartbeat with the room's seq (which also repairs a notice lost while Redis reconnected).
 */
import type { PresenceMessage, Role } from '@dr/shared';
import type { Logger } from 'pino';
import { randomToken } from '../credentials/tokens.js';
import type { DocRelay, Lease, LeasePurpose, RoomCluster, SharedAllowance } from '../room/cluster.js';
import type { Room } from '../room/room.js';
import type { RoomRegistry } from '../room/roomRegistry.js';
import {
  CLUSTER_CHANNEL,
  decodeEnvelope,
  encodeEnvelope,
  fromBase64,
  toBase64,
  type ClusterMessage,
  type Envelope,
} from './clusterMessages.js';
import { PresenceBoard } from './presenceBoard.js';
import type { RedisConnection } from './redisConnection.js';
import { redisJoinAllowance, takeLease } from './redisLease.js';

/** How often a node repeats its presence and seq per room; an entry is stale after three beats. */
export const HEARTBEAT_MS = 2_000;

/** How long a node that loads a draft waits for the others' unsaved edits before using it. */
export const DOC_QUERY_WAIT_MS = 1_000;

interface DocQuery {
  waiting: Set<string>;
  answers: Uint8Array[];
  done: () => void;
}

/** What the node does for the other nodes that is not a room's business. */
export interface ClusterEdge {
  registry: RoomRegistry;
  /** Closes this node's draft connections of the room that came in through a link of `role`. */
  revokeDrafts(roomId: string, role: Role): void;
}

export class RedisCluster implements RoomCluster {
  /** This node's id in every message (new at each start: a restarted node is a new node). */
  readonly node = randomToken().slice(0, 12);
  readonly joins: SharedAllowance;
  private readonly board = new PresenceBoard(3 * HEARTBEAT_MS);
  private edge: ClusterEdge | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  /** What this node last said of each room's sessions (so an emptied room is said once, then not repeated). */
  private readonly said = new Map<string, PresenceMessage>();
  /** The other nodes heard from, and when last. */
  private readonly roster = new Map<string, number>();
  private readonly queries = new Map<string, DocQuery>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly logger: Logger,
  ) {
    this.joins = redisJoinAllowance(redis.client);
  }

  /** Whether every Redis connection of this node is up now (`dr_redis_up`). */
  get redisUp(): boolean {
    return this.redis.client.isReady && this.redis.subscriber.isReady && this.redis.adapterClient.isReady;
  }

  /** Resolves when Redis answers a PING within `timeoutMs` (`/readyz`); rejects otherwise. */
  async ping(timeoutMs = 1_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('redis did not answer in time')), timeoutMs);
    });
    try {
      await Promise.race([this.redis.client.ping(), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Starts listening; call once the registry exists. */
  async start(edge: ClusterEdge): Promise<void> {
    this.edge = edge;
    await this.redis.subscriber.subscribe(CLUSTER_CHANNEL, (text) => this.receive(text));
    await this.publish({ t: 'alive' }); // the others answer with theirs on their next beat
    this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
    this.logger.info({ node: this.node }, 'joined the cluster');
  }

  /** Says goodbye (the others forget this node's presence at once) and stops listening. */
  async stop(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    await this.publish({ t: 'bye' });
    await this.redis.subscriber.unsubscribe(CLUSTER_CHANNEL).catch(() => undefined);
    this.edge = null;
  }

  committed(roomId: string, seq: number): void {
    void this.publish({ t: 'seq', room: roomId, seq });
  }

  publishPresence(roomId: string, local: PresenceMessage): void {
    this.said.set(roomId, local);
    void this.sayPresence(roomId, local);
  }

  otherNodesPresence(roomId: string): readonly PresenceMessage[] {
    return this.board.of(roomId);
  }

  lease(roomId: string, purpose: LeasePurpose): Promise<Lease | null> {
    return takeLease(this.redis.client, this.node, roomId, purpose);
  }

  docRelay(roomId: string): DocRelay {
    return {
      update: (update) => void this.publish({ t: 'docUpdate', room: roomId, update: toBase64(update) }),
      awareness: (update) => void this.publish({ t: 'awareness', room: roomId, update: toBase64(update) }),
      askForMissing: (stateVector) => this.askForMissing(roomId, stateVector),
    };
  }

  /** Asks every live node for what this document lacks; resolves when all answered, or after a short wait. */
  private askForMissing(roomId: string, stateVector: Uint8Array): Promise<Uint8Array[]> {
    this.forgetSilentNodes();
    if (this.roster.size === 0) return Promise.resolve([]);
    const query = randomToken().slice(0, 12);
    const answers: Uint8Array[] = [];
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(), DOC_QUERY_WAIT_MS);
      const finish = () => {
        clearTimeout(timer);
        this.queries.delete(query);
        resolve(answers);
      };
      this.queries.set(query, { waiting: new Set(this.roster.keys()), answers, done: finish });
      void this.publish({ t: 'docQuery', room: roomId, query, stateVector: toBase64(stateVector) });
    });
  }

  private forgetSilentNodes(): void {
    const oldest = Date.now() - 3 * HEARTBEAT_MS;
    for (const [node, at] of this.roster) {
      if (at >= oldest) continue;
      this.roster.delete(node);
      void this.nodeLost(node);
    }
  }

  /**
   * A node stopped without a goodbye (killed): the draft edits it took in its last second may be
   * unsaved, but every node with the document has them. One node per room (the first to set the
   * key) stores its whole document once.
   */
  private async nodeLost(lost: string): Promise<void> {
    this.logger.warn({ lost }, 'a node stopped answering');
    for (const room of (await this.edge?.registry.loadedRooms()) ?? []) {
      const doc = room.loadedDocument;
      if (!doc) continue;
      const key = `dr:adopt:${lost}:${room.roomId}`;
      const mine = await this.redis.client.set(key, this.node, { NX: true, PX: 60_000 }).catch(() => null);
      if (mine === 'OK') await doc.storeWhole();
    }
  }

  /** A link was replaced on this node: the others close their draft connections through it too. */
  revoked(roomId: string, role: Role): void {
    void this.publish({ t: 'revoke', room: roomId, role });
  }

  /** A room was loaded on this node: the others say who is with them, so its presence is whole at once. */
  roomLoaded(roomId: string): void {
    void this.publish({ t: 'presenceQuery', room: roomId });
  }

  private async sayPresence(roomId: string, presence: PresenceMessage): Promise<void> {
    const room = await this.edge?.registry.ifLoaded(roomId);
    await this.publish({ t: 'presence', room: roomId, presence, seq: room?.current.seq ?? 0 });
  }

  private async publish(message: ClusterMessage): Promise<void> {
    try {
      await this.redis.client.publish(CLUSTER_CHANNEL, encodeEnvelope({ node: this.node, message }));
    } catch (error) {
      // Lost while Redis is away: seq and presence are repeated every heartbeat, drafts re-synced on a gap.
      this.logger.debug({ err: error, type: message.t }, 'could not publish to the cluster');
    }
  }

  private receive(text: string): void {
    const envelope = decodeEnvelope(text);
    if (!envelope || envelope.node === this.node) return;
    void this.handle(envelope).catch((error: unknown) =>
      this.logger.error({ err: error, type: envelope.message.t }, 'a cluster message failed'),
    );
  }

  private async handle({ node, message }: Envelope): Promise<void> {
    if (message.t === 'bye') {
      this.roster.delete(node);
      for (const roomId of this.board.forgetNode(node)) await this.presenceChanged(roomId);
      return;
    }
    // A node heard from for the first time learns of this one at once, not at its next beat.
    if (!this.roster.has(node)) void this.publish({ t: 'alive' });
    this.roster.set(node, Date.now());
    if (message.t === 'alive') return;
    if (message.t === 'docAnswer') return this.answered(node, message);
    if (message.t === 'docQuery') {
      const room = await this.edge?.registry.ifLoaded(message.room);
      return this.answerDocQuery(message.room, room ?? null, node, message.query, fromBase64(message.stateVector));
    }
    if (message.t === 'presence') {
      if (this.board.set(message.room, node, message.presence)) await this.presenceChanged(message.room);
    }
    const room = await this.edge?.registry.ifLoaded(message.room);
    if (!room) return;
    switch (message.t) {
      case 'seq':
      case 'presence':
        return room.followOthers(message.seq);
      case 'presenceQuery': {
        const local = room.localPresence();
        if (local.online.length > 0 || local.observers > 0) return this.sayPresence(room.roomId, local);
        return;
      }
      case 'revoke':
        return this.edge?.revokeDrafts(room.roomId, message.role);
      case 'docUpdate':
        return room.loadedDocument?.applyFromOtherNode(fromBase64(message.update));
      case 'awareness':
        return room.loadedDocument?.applyAwarenessFromOtherNode(fromBase64(message.update));
    }
  }

  /**
   * Another node loaded the document (or found a gap): send what it lacks, and who edits here.
   * Every node answers, with nothing when it does not hold the document, so the asker knows when all did.
   */
  private async answerDocQuery(
    roomId: string,
    room: Room | null,
    to: string,
    query: string,
    stateVector: Uint8Array,
  ): Promise<void> {
    const doc = room?.loadedDocument;
    const missing = doc?.missingFor(stateVector);
    // An empty update is 2 bytes (no structs, no deletions): nothing to send.
    const update = missing && missing.length > 2 ? { update: toBase64(missing) } : {};
    await this.publish({ t: 'docAnswer', room: roomId, to, query, ...update });
    const cursors = doc?.localAwarenessUpdate();
    if (cursors) await this.publish({ t: 'awareness', room: roomId, update: toBase64(cursors) });
  }

  private answered(node: string, answer: Extract<ClusterMessage, { t: 'docAnswer' }>): void {
    const query = answer.to === this.node ? this.queries.get(answer.query) : undefined;
    if (!query) return;
    if (answer.update) query.answers.push(fromBase64(answer.update));
    query.waiting.delete(node);
    if (query.waiting.size === 0) query.done();
  }

  private async presenceChanged(roomId: string): Promise<void> {
    const room = await this.edge?.registry.ifLoaded(roomId);
    room?.othersPresenceChanged();
  }

  /** Repeats this node's presence and seq of every loaded room; forgets nodes that stopped repeating. */
  private async beat(): Promise<void> {
    await this.publish({ t: 'alive' });
    this.forgetSilentNodes();
    for (const roomId of this.board.dropStale()) await this.presenceChanged(roomId);
    const rooms = (await this.edge?.registry.loadedRooms()) ?? [];
    for (const room of rooms) {
      const local = room.localPresence();
      const empty = local.online.length === 0 && local.observers === 0;
      const saidBefore = this.said.get(room.roomId);
      // An empty room is said once (the others drop it), then only its seq matters to nobody.
      if (empty && (!saidBefore || (saidBefore.online.length === 0 && saidBefore.observers === 0))) continue;
      this.said.set(room.roomId, local);
      await this.publish({ t: 'presence', room: room.roomId, presence: local, seq: room.current.seq });
    }
  }
}
