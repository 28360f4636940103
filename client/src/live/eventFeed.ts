/**
 * Keeps a room state in step with the server's event stream: folds events in seq order, skips
 * repeats, and fills gaps with `sync`. An event this client cannot fold (a damaged old history, or a
 * newer server's event type) is skipped and reported, never the end of the feed. Knows nothing of
 * React or sockets.
 */
import { foldOneSafely, type OnUnfoldable, type RoomEvent, type RoomState, type SyncAck } from '@dr/shared';

export interface FeedOptions {
  /** Asks the server for the events after `afterSeq` (rejects on timeout). */
  requestSync: (afterSeq: number) => Promise<SyncAck>;
  onState: (state: RoomState) => void;
  /** A gap could not be filled; the caller should get a fresh welcome. */
  onLost: () => void;
  /** An event was skipped because it cannot be folded (default: a console warning). */
  onUnfoldable?: OnUnfoldable;
}

export interface Feed {
  /** Replaces the state with a welcome's snapshot. */
  reset: (state: RoomState) => void;
  /**
   * A resumed welcome: the server takes this feed's state at `seq` as it stands, and the feed asks
   * for what it missed. A feed not at `seq` (it cannot be) is lost.
   */
  resume: (seq: number) => void;
  /** Where the state this feed holds is: its seq and the time of its last event; null before the first welcome. */
  position: () => { seq: number; at: number } | null;
  receive: (events: readonly RoomEvent[]) => void;
}

export function createFeed({ requestSync, onState, onLost, onUnfoldable = warnUnfoldable }: FeedOptions): Feed {
  let state: RoomState | null = null;
  // Events past a gap, held until the gap is filled.
  let held: RoomEvent[] = [];
  let syncing = false;
  // Bumped by every welcome, so a sync begun before it cannot touch the new state.
  let generation = 0;

  /** Folds `events` and the held ones; returns true when a gap is left. */
  function fold(current: RoomState, events: readonly RoomEvent[]): boolean {
    const sorted = [...held, ...events].sort((a, b) => a.seq - b.seq);
    let next = current;
    const rest: RoomEvent[] = [];
    for (const event of sorted) {
      if (event.seq <= next.seq) continue;
      if (event.seq === next.seq + 1) next = foldOneSafely(next, event, onUnfoldable);
      else if (rest.at(-1)?.seq !== event.seq) rest.push(event);
    }
    held = rest;
    if (next !== current) {
      state = next;
      onState(next);
    }
    return rest.length > 0;
  }

  async function catchUp(): Promise<void> {
    const mine = generation;
    syncing = true;
    try {
      for (;;) {
        if (!state) return;
        const before = state.seq;
        const ack = await requestSync(before);
        if (mine !== generation) return;
        if (!ack.ok || !state) return onLost();
        const gap = fold(state, ack.events);
        if (!ack.hasMore && !gap) return;
        if (state.seq === before) return onLost(); // no progress: do not ask forever
      }
    } catch {
      if (mine === generation) onLost();
    } finally {
      if (mine === generation) syncing = false;
    }
  }

  function receive(events: readonly RoomEvent[]): void {
    if (!state) return; // before the first welcome: its snapshot will include these
    if (syncing) {
      held = [...held, ...events];
      return;
    }
    if (fold(state, events)) void catchUp();
  }

  function reset(snapshot: RoomState): void {
    generation += 1;
    syncing = false;
    state = snapshot;
    held = held.filter((e) => e.seq > snapshot.seq);
    onState(snapshot);
    if (held.length > 0) receive([]);
  }

  function resume(seq: number): void {
    generation += 1;
    syncing = false;
    if (!state || state.seq !== seq) return onLost();
    void catchUp();
  }

  const position = () => (state ? { seq: state.seq, at: state.updatedAt } : null);
  return { reset, resume, position, receive };
}

function warnUnfoldable(event: RoomEvent, error: unknown): void {
  console.warn(`Skipped event ${event.seq} (${event.type}): it cannot be folded`, error);
}
