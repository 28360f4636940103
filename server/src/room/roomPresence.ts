/**
 * Who is in one room: its Socket.IO sessions on this node, the presence lists sent to them
 * (coalesced, then as changes: presenceFanOut.ts), and this node's own sessions told to the other
 * nodes, merged with theirs (room/cluster.ts). The room's commands never read it.
 */
import type { PresenceMessage } from '@dr/shared';
import { mergePresence, type RoomCluster } from './cluster.js';
import { PresenceChanges, PresenceFanOut, type FanOutTimers } from './presenceFanOut.js';
import type { RoomBroadcaster, RoomSession } from './session.js';

export interface RoomPresenceDeps {
  broadcaster: RoomBroadcaster;
  cluster?: RoomCluster;
  /** How long a busy room holds presence changes to send them together (ms; 0 sends each at once). */
  presenceWindowMs?: number;
  presenceTimers?: FanOutTimers;
}

export class RoomPresence {
  private readonly sessions = new Map<string, RoomSession>();
  private readonly sent: PresenceChanges;
  private readonly out: PresenceFanOut;
  /** This node's own sessions, told to the other nodes (coalesced like the presence sent to sockets). */
  private readonly clusterOut: PresenceFanOut | null;

  constructor(
    private readonly roomId: string,
    private readonly deps: RoomPresenceDeps,
  ) {
    const { broadcaster, cluster, presenceWindowMs, presenceTimers } = deps;
    this.sent = new PresenceChanges(broadcaster);
    this.out = new PresenceFanOut(roomId, this.sent, presenceWindowMs, presenceTimers);
    this.clusterOut = cluster
      ? new PresenceFanOut(
          roomId,
          { presence: (id, local) => cluster.publishPresence(id, local) },
          presenceWindowMs,
          presenceTimers,
        )
      : null;
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  /** The sessions on this node only (what it tells the other nodes). */
  local(): PresenceMessage {
    const online = new Set<string>();
    let observers = 0;
    for (const s of this.sessions.values()) {
      if (s.memberId) online.add(s.memberId);
      else if (s.role === 'observer') observers += 1;
    }
    return { online: [...online], observers };
  }

  /** This node's sessions, merged with the other nodes'. */
  current(): PresenceMessage {
    const local = this.local();
    const others = this.deps.cluster?.otherNodesPresence(this.roomId);
    return others && others.length > 0 ? mergePresence([local, ...others]) : local;
  }

  /** `first` hears the last presence sent to the room, which the changes after it change (presenceFanOut.ts). */
  attach(session: RoomSession, first?: (presence: PresenceMessage) => void): void {
    if (this.sent.lastSent) first?.(this.sent.lastSent);
    this.sessions.set(session.id, session);
    this.changed();
  }

  detach(sessionId: string): void {
    if (this.sessions.delete(sessionId)) this.changed();
  }

  /** The other nodes' presence changed: send the merged list to this node's sockets. */
  othersChanged(): void {
    this.publish();
  }

  /** Sends what is held and stops the timers (the room is unloading). */
  close(): void {
    this.out.close();
    this.clusterOut?.close();
  }

  private changed(): void {
    this.publish();
    this.clusterOut?.send(() => this.local());
  }

  private publish(): void {
    this.out.send(() => this.current(), this.sessions.size);
  }
}
