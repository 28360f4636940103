/**
 * A room's fan-out, coalesced. Sending every event to every socket costs votes × screens messages:
 * a thousand votes to fifteen hundred screens is 1.5 million frames. Here the first event of a quiet
 * room goes out at once (a lone command waits for nothing); what the room commits in the next
 * `windowMs` is held and sent as one `events` message at the window's end, in seq order, and the
 * window reopens only if something was sent. Presence is coalesced the same way, and only its
 * latest value is sent (it is a snapshot, not a log).
 *
 * The room acknowledges a command only after the message carrying its events has gone out
 * (`sent()`), so a client never holds an ack for a change it has not seen.
 */
import type { PresenceMessage, RoomEvent } from '@dr/shared';
import type { RoomBroadcaster } from './session.js';

/** How long a busy room's events are held before they go out together (ms); see docs/development.md. */
export const FAN_OUT_WINDOW_MS = 20;

export interface FanOutTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: FanOutTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class RoomFanOut {
  private events: RoomEvent[] = [];
  private presence: (() => PresenceMessage) | null = null;
  private window: unknown = null;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly roomId: string,
    private readonly broadcaster: RoomBroadcaster,
    private readonly windowMs = FAN_OUT_WINDOW_MS,
    private readonly timers: FanOutTimers = realTimers,
  ) {}

  /** Events the room has stored, already presented for everyone, in seq order. */
  sendEvents(events: readonly RoomEvent[]): void {
    if (events.length === 0) return;
    this.events.push(...events);
    if (this.window === null) this.flush();
  }

  /** Who is here now; computed when it goes out, so a burst of joins costs one count. */
  sendPresence(current: () => PresenceMessage): void {
    this.presence = current;
    if (this.window === null) this.flush();
  }

  /** Resolves once everything handed over so far has gone out. */
  sent(): Promise<void> {
    if (this.events.length === 0 && this.presence === null) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Sends what is held now (before disconnecting someone who must first see why). */
  flush(): void {
    const events = this.events;
    const presence = this.presence;
    this.events = [];
    this.presence = null;
    if (events.length > 0) this.broadcaster.events(this.roomId, events);
    if (presence) this.broadcaster.presence(this.roomId, presence());
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
    if (this.window !== null) this.timers.clearTimeout(this.window);
    // A window opens after every send: whatever follows within it waits for its end.
    // A window of 0 turns coalescing off: every send goes out at once.
    const sentSomething = events.length > 0 || presence !== null;
    this.window =
      sentSomething && this.windowMs > 0 ? this.timers.setTimeout(() => this.windowEnds(), this.windowMs) : null;
  }

  /** Sends what is held and stops the timer (the room is unloading). */
  close(): void {
    this.flush();
    if (this.window !== null) this.timers.clearTimeout(this.window);
    this.window = null;
  }

  private windowEnds(): void {
    this.window = null;
    if (this.events.length > 0 || this.presence) this.flush();
  }
}
