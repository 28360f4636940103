/**
 * Keeps a room state in step with the server's event stream: folds events in seq order, skips
 * repeats, and fills gaps with `sync`. An event this client cannot fold (a damaged old history, or a
 * newer server's event type) is skipped and reported, never the end of the feed. Knows nothing of
 * React or sockets.
 */
import {
  FoldRun,
  foldOneSafely,
  type Member,
  type OnUnfoldable,
  type RoomEvent,
  type RoomState,
  type SyncAck,
  unpackRounds,
  type WelcomeState,
} from '@dr/shared';

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
  /**
   * Replaces the state with a welcome's snapshot (with `member`, a big room's welcome's `you.member`;
   * its big rounds unpacked, welcomeRounds.ts) or a copy saved on the device.
   */
  reset: (state: WelcomeState, member?: Member) => void;
  /**
   * A resumed welcome: the server takes this feed's state at `seq` as it stands, and the feed asks
   * for what it missed; resolves once it has it (or is lost). A feed not at `seq` (it cannot be) is lost.
   */
  resume: (seq: number) => Promise<void>;
  /** Where the state this feed holds is: its seq and the time of its last event; null before the first welcome. */
  position: () => { seq: number; at: number } | null;
  receive: (events: readonly RoomEvent[]) => void;
  /**
   * Members as they are at `seq` (a big room's `members` page, its welcome's own member) go into the
   * state if it is at that same seq; false when it is not (ask again once it is).
   */
  addMembers: (seq: number, members: readonly Member[]) => boolean;
  /** How many members the state holds, removed ones included (0 before the first welcome). */
  memberCount: () => number;
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
    // One run for the message: its 500 votes copy the round's ballots once, not 500 times.
    const run = new FoldRun();
    for (const event of sorted) {
      if (event.seq <= next.seq) continue;
      if (event.seq === next.seq + 1) next = foldOneSafely(next, event, onUnfoldable, run);
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

  function reset(welcomed: WelcomeState, member?: Member): void {
    const snapshot = unpackRounds(welcomed);
    generation += 1;
    syncing = false;
    state = member ? { ...snapshot, members: { ...snapshot.members, [member.id]: member } } : snapshot;
    held = held.filter((e) => e.seq > snapshot.seq);
    onState(state);
    if (held.length > 0) receive([]);
  }

  function resume(seq: number): Promise<void> {
    generation += 1;
    syncing = false;
    if (!state || state.seq !== seq) {
      onLost();
      return Promise.resolve();
    }
    return catchUp();
  }

  function addMembers(seq: number, members: readonly Member[]): boolean {
    if (!state || state.seq !== seq || held.length > 0) return false;
    if (members.length === 0) return true;
    state = { ...state, members: { ...state.members, ...Object.fromEntries(members.map((m) => [m.id, m])) } };
    onState(state);
    return true;
  }

  const position = () => (state ? { seq: state.seq, at: state.updatedAt } : null);
  const memberCount = () => (state ? Object.keys(state.members).length : 0);
  return { reset, resume, position, receive, addMembers, memberCount };
}

function warnUnfoldable(event: RoomEvent, error: unknown): void {
  console.warn(`Skipped event ${event.seq} (${event.type}): it cannot be folded`, error);
}
