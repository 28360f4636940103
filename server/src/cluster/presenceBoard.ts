/**
 * Who the other nodes say is in each room. Each node repeats its own presence every heartbeat; an
 * entry not repeated within `staleMs` belongs to a node that died (SIGKILL, a lost machine) and is
 * dropped, so its sessions leave the list after at most that long.
 */
import type { PresenceMessage } from '@dr/shared';

interface Entry {
  presence: PresenceMessage;
  at: number;
}

export class PresenceBoard {
  private readonly rooms = new Map<string, Map<string, Entry>>();

  constructor(
    private readonly staleMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Records what `node` said; true when the room's list changed. */
  set(roomId: string, node: string, presence: PresenceMessage): boolean {
    let nodes = this.rooms.get(roomId);
    const previous = nodes?.get(node)?.presence;
    const empty = presence.online.length === 0 && presence.observers === 0;
    if (empty) {
      nodes?.delete(node);
      if (nodes?.size === 0) this.rooms.delete(roomId);
      return previous !== undefined;
    }
    if (!nodes) this.rooms.set(roomId, (nodes = new Map()));
    nodes.set(node, { presence, at: this.clock() });
    return !previous || !samePresence(previous, presence);
  }

  /** The other nodes' presence of a room. */
  of(roomId: string): PresenceMessage[] {
    return [...(this.rooms.get(roomId)?.values() ?? [])].map((entry) => entry.presence);
  }

  /** Forgets a node (it said goodbye); returns the rooms whose list changed. */
  forgetNode(node: string): string[] {
    const changed: string[] = [];
    for (const [roomId, nodes] of this.rooms) {
      if (nodes.delete(node)) changed.push(roomId);
      if (nodes.size === 0) this.rooms.delete(roomId);
    }
    return changed;
  }

  /** Drops what was not repeated within `staleMs`; returns the rooms whose list changed. */
  dropStale(): string[] {
    const oldest = this.clock() - this.staleMs;
    const changed: string[] = [];
    for (const [roomId, nodes] of this.rooms) {
      let dropped = false;
      for (const [node, entry] of nodes) {
        if (entry.at < oldest) {
          nodes.delete(node);
          dropped = true;
        }
      }
      if (nodes.size === 0) this.rooms.delete(roomId);
      if (dropped) changed.push(roomId);
    }
    return changed;
  }
}

function samePresence(a: PresenceMessage, b: PresenceMessage): boolean {
  return (
    a.observers === b.observers && a.online.length === b.online.length && a.online.every((id, i) => b.online[i] === id)
  );
}
