/**
 * The room's allowance of new members by name, shared fairly between sources (issue 30): a join
 * that finds the allowance empty waits its turn instead of being refused, and turns go round the
 * sources that wait, one join each, so a source with many joins in flight (20 loops with the join
 * code) is served as often as one resident's phone, never more. A source is a device pass (the
 * cookie the page load gives, access/devicePass.ts), else the address. A device adds at most
 * `perSource` members to a room. Why this design: docs/development.md, "Joining a hall".
 */
import type { TokenBucket } from '../access/tokenBucket.js';

export interface JoinQueueSettings {
  /** How long a join may wait for its turn (ms) before it is refused; the web app waits longer for the answer. */
  maxWaitMs: number;
  /** Members one device may add to the room by name (an address is not capped: a hall shares one). */
  perDevice: number;
  /** Joins waiting in the room at once; past it a join is refused at once (memory stays bounded). */
  maxWaiting: number;
}

/** Where a join comes from: a device pass (`device`: capped per device), else an address. */
export interface JoinSource {
  key: string;
  device: boolean;
}

/** Why a join got no turn: it waited `maxWaitMs`, too many wait, or its device has added its share. */
export type NoTurn = 'timeout' | 'crowded' | 'deviceFull';

interface Waiter {
  resolve: (turn: Turn | NoTurn) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** A join's turn: the allowance it took. `done(joined)` counts it for its source, or gives it back. */
export interface Turn {
  done(joined: boolean): void;
}

export class JoinQueue {
  /** Per source, the joins waiting, in arrival order; a Map keeps the sources in the order they came. */
  private readonly lanes = new Map<string, Waiter[]>();
  /** Members added by name per device: the store's count when the join came, plus this node's since. */
  private readonly added = new Map<string, number>();
  /** Turns given and not yet done, per source: a source's share counts those in flight too. */
  private readonly inFlight = new Map<string, number>();
  private waiting = 0;
  private refill: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly allowance: TokenBucket,
    private readonly perSecond: number,
    private readonly settings: JoinQueueSettings,
  ) {}

  /** Joins waiting now (for the host's figures and tests). */
  get queued(): number {
    return this.waiting;
  }

  /**
   * Waits for this source's turn; resolves with the turn, or why there is none. `added`: the members
   * the store says this device has added (every node's, before a restart too); this node's count
   * takes over while it is higher (joins it finished that another node has not read yet).
   */
  turn(from: JoinSource, added = 0): Promise<Turn | NoTurn> {
    const source = from.device ? `d:${from.key}` : `a:${from.key}`;
    if (from.device && added > (this.added.get(source) ?? 0)) this.added.set(source, added);
    if (this.full(source)) return Promise.resolve('deviceFull');
    // Nobody waits and the allowance has one: at once, without a timer.
    if (this.waiting === 0 && this.allowance.take()) return Promise.resolve(this.give(source));
    if (this.waiting >= this.settings.maxWaiting) return Promise.resolve('crowded');
    return new Promise((resolve) => {
      const waiter: Waiter = {
        resolve,
        timer: setTimeout(() => this.leave(source, waiter), this.settings.maxWaitMs),
      };
      const lane = this.lanes.get(source);
      if (lane) lane.push(waiter);
      else this.lanes.set(source, [waiter]);
      this.waiting += 1;
      this.pump();
    });
  }

  /** Every waiting join is refused (the room unloads). */
  close(): void {
    clearTimeout(this.refill);
    for (const [source, lane] of this.lanes) for (const waiter of [...lane]) this.leave(source, waiter);
  }

  /** Whether a device has added its share (counting the joins it has in flight). */
  private full(source: string): boolean {
    if (!source.startsWith('d:')) return false;
    return (this.added.get(source) ?? 0) + (this.inFlight.get(source) ?? 0) >= this.settings.perDevice;
  }

  private give(source: string): Turn {
    this.inFlight.set(source, (this.inFlight.get(source) ?? 0) + 1);
    let settled = false;
    return {
      done: (joined) => {
        if (settled) return;
        settled = true;
        const left = (this.inFlight.get(source) ?? 1) - 1;
        if (left > 0) this.inFlight.set(source, left);
        else this.inFlight.delete(source);
        if (joined) {
          // Only devices are counted: an address's count would grow with the hall.
          if (source.startsWith('d:')) this.added.set(source, (this.added.get(source) ?? 0) + 1);
        } else {
          // A refused join (a name the room would not take) used nothing: the next one goes now.
          this.allowance.giveBack();
          this.pump();
        }
      },
    };
  }

  /** Round robin: the first waiting source gets a turn, then goes to the back of the line. */
  private pump(): void {
    while (this.waiting > 0 && this.allowance.peek()) {
      const [source, lane] = this.lanes.entries().next().value as [string, Waiter[]];
      const waiter = lane.shift()!;
      this.lanes.delete(source);
      if (lane.length > 0) this.lanes.set(source, lane);
      this.waiting -= 1;
      clearTimeout(waiter.timer);
      if (this.full(source)) {
        waiter.resolve('deviceFull');
        continue;
      }
      this.allowance.take();
      waiter.resolve(this.give(source));
    }
    clearTimeout(this.refill);
    this.refill = undefined;
    // The next token comes in 1/perSecond s at most: wake then.
    if (this.waiting > 0) this.refill = setTimeout(() => this.pump(), Math.ceil(1000 / this.perSecond));
  }

  private leave(source: string, waiter: Waiter): void {
    const lane = this.lanes.get(source);
    const at = lane?.indexOf(waiter) ?? -1;
    if (!lane || at < 0) return;
    lane.splice(at, 1);
    if (lane.length === 0) this.lanes.delete(source);
    this.waiting -= 1;
    clearTimeout(waiter.timer);
    waiter.resolve('timeout');
    if (this.waiting === 0) clearTimeout(this.refill);
  }
}
