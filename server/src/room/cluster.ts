/**
 * What a room needs of the other server nodes when several share one store (issue 17; the Redis
 * implementation is cluster/redisCluster.ts). No Redis here: a room on a single node has no
 * `RoomCluster` and behaves exactly as before.
 *
 * The design (docs/development.md, "Several nodes"): every node presents a room's events to its own
 * sockets only. After a commit a node says "room X is at seq N"; the others fold what they missed
 * from the shared store and send it to their sockets, so each node's sockets see its room's events
 * once, in seq order, without gaps, exactly as on one node.
 */
import type { PresenceMessage } from '@dr/shared';

/** A lease held by this node; released when the work is done (it also expires on its own). */
export interface Lease {
  release(): Promise<void>;
}

/** Work only one node at a time may do for a room. */
export type LeasePurpose = 'snapshot' | 'compaction';

/** The draft document's link to the same document on the other nodes. */
export interface DocRelay {
  /** A Yjs update this node accepted (and stores): the other nodes apply it without storing it. */
  update(update: Uint8Array): void;
  /** An awareness update of this node's editors (or their removal). */
  awareness(update: Uint8Array): void;
  /**
   * Asks the other nodes for what a document with this state vector lacks (after a load, or a gap);
   * resolves with their answers (Yjs updates) once every live node answered, or after a short wait.
   */
  askForMissing(stateVector: Uint8Array): Promise<Uint8Array[]>;
}

/** The room's new-member allowance shared by every node (a token bucket in Redis). */
export interface SharedAllowance {
  /** Takes one join from the room's allowance; false when it is used up. */
  take(roomId: string, burst: number, perSecond: number): Promise<boolean>;
  /** Gives back a join that was taken but refused by the room (a name in use), so it costs nothing. */
  giveBack(roomId: string, burst: number, perSecond: number): Promise<void>;
}

export interface RoomCluster {
  /** After this node appended up to `seq`: the other nodes fold it from the store. */
  committed(roomId: string, seq: number): void;
  /** This node's own sessions of the room (sent coalesced by the room). */
  publishPresence(roomId: string, local: PresenceMessage): void;
  /** The other live nodes' sessions of the room, as they last said. */
  otherNodesPresence(roomId: string): readonly PresenceMessage[];
  /** The lease for `purpose` on the room, or null when another node holds it. */
  lease(roomId: string, purpose: LeasePurpose): Promise<Lease | null>;
  docRelay(roomId: string): DocRelay;
  joins: SharedAllowance;
  /** A room was loaded on this node (the others then say who is with them). */
  roomLoaded(roomId: string): void;
}

/** Who is here across the nodes: every node's members (each once) and observers (added up). */
export function mergePresence(parts: readonly PresenceMessage[]): PresenceMessage {
  const online = new Set<string>();
  let observers = 0;
  for (const part of parts) {
    for (const id of part.online) online.add(id);
    observers += part.observers;
  }
  return { online: [...online], observers };
}
