/**
 * A room's presence, coalesced. Who is online is a snapshot, not a log: when a hall of phones
 * connects, sending the whole list to everyone on every arrival costs arrivals × screens messages.
 * The first change in a quiet room goes out at once; the changes within the next `windowMs` go out
 * as one message with the latest list, computed when it is sent. (Events need no timer: the room
 * sends each group commit as one message, see room.ts.)
 *
 * The window grows with the room: the list grows with the people online, and every message goes to
 * each of them, so a fixed window would cost a hall reconnecting after a Wi-Fi drop the cube of its
 * size. Measured with 1,500 screens connecting (voteBurst bench): a 50 ms window sent each phone
 * ~290 KB of presence lists, most of the bytes the phones received.
 */
import { presenceChange, type PresenceMessage } from '@dr/shared';
import type { RoomBroadcaster } from './session.js';

/** Where a fan-out sends the whole list: the sockets (through `PresenceChanges`), or the other nodes. */
export interface PresenceSink {
  presence(roomId: string, presence: PresenceMessage): void;
}

/** How long a busy room's presence changes are held to go out together (ms); see docs/development.md. */
export const PRESENCE_WINDOW_MS = 50;
/** What each connected socket adds to the window (ms): 1,500 sockets hold changes for 300 ms. */
export const PRESENCE_MS_PER_SOCKET = 0.2;
/** The longest a change waits (ms), however large the room. */
export const PRESENCE_WINDOW_MAX_MS = 1000;

export interface FanOutTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: FanOutTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class PresenceFanOut {
  private held: (() => PresenceMessage) | null = null;
  private window: unknown = null;
  private sockets = 0;

  constructor(
    private readonly roomId: string,
    private readonly broadcaster: PresenceSink,
    private readonly windowMs = PRESENCE_WINDOW_MS,
    private readonly timers: FanOutTimers = realTimers,
  ) {}

  /**
   * Who is here now; computed when it goes out, so a burst of arrivals costs one count. `sockets`
   * is how many receive it, which sets the next window's length.
   */
  send(current: () => PresenceMessage, sockets = 0): void {
    this.held = current;
    this.sockets = sockets;
    if (this.window === null) this.flush();
  }

  /** Sends what is held now and stops the timer (the room is unloading). */
  close(): void {
    this.stopWindow();
    this.flush(); // a send opens a new window: stop that one too
    this.stopWindow();
  }

  private stopWindow(): void {
    if (this.window !== null) this.timers.clearTimeout(this.window);
    this.window = null;
  }

  private flush(): void {
    const current = this.held;
    this.held = null;
    if (!current) return;
    this.broadcaster.presence(this.roomId, current());
    // A window of 0 turns coalescing off; otherwise what follows within the window waits for its end.
    if (this.windowMs > 0) this.window = this.timers.setTimeout(() => this.windowEnds(), this.windowLength());
  }

  private windowLength(): number {
    return Math.max(this.windowMs, Math.min(PRESENCE_WINDOW_MAX_MS, this.sockets * PRESENCE_MS_PER_SOCKET));
  }

  private windowEnds(): void {
    this.window = null;
    this.flush();
  }
}

/**
 * The sockets' side of a room's presence: the room's first list goes out whole, the next ones as
 * what changed (`PresenceChange`), and a connection that arrives is first sent the last list the
 * room sent, so the changes that follow apply to it. A hall of 1,000 phones reconnecting changes
 * the list every window; whole lists (~8 KB each, to every socket) were most of what it was sent.
 */
export class PresenceChanges implements PresenceSink {
  private last: PresenceMessage | null = null;

  constructor(private readonly broadcaster: Pick<RoomBroadcaster, 'presence'>) {}

  /** The last list sent to the room's sockets (null before the first). */
  get lastSent(): PresenceMessage | null {
    return this.last;
  }

  presence(roomId: string, now: PresenceMessage): void {
    const change = this.last ? presenceChange(this.last, now) : now;
    this.last = now;
    if (change) this.broadcaster.presence(roomId, change);
  }
}
