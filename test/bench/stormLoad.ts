/**
 * The load generator of the reconnect storm (reconnectStorm.bench.ts): its share of a hall's
 * phones and screens, each a WireSocket, connected and kept current; on `cut` every one of them is
 * closed at the same moment (the access point rebooted), and on `reconnect` every one comes back at
 * once with `auth.resume` from the seq and time it held (a client that cannot resume gets a whole
 * welcome, as the bare relay always sends), and is current once it holds the room's `targetSeq`.
 */
import { STATE_VERSION, type RoomEvent, type SyncAck } from '@dr/shared';
import { WireSocket } from './wireClient.js';

export interface StormSpec {
  url: string;
  /** Handshake auth of each screen (voters first). */
  auths: Record<string, unknown>[];
  /** Ask to resume on reconnect (Deliberation Room; the bare relay knows no such thing). */
  resume: boolean;
}

export interface StormFigures {
  screens: number;
  /** Screens that held the room's seq by the end, and when the last got there (ms from reconnect; null if not all). */
  current: number;
  allCurrentMs: number | null;
  /** Welcomes that resumed, and whole ones. */
  resumed: number;
  whole: number;
  /** Handshakes refused or sockets dropped while reconnecting, by reason. */
  refused: Record<string, number>;
  /** Bytes received by all screens from the reconnect until the end. */
  bytes: number;
  loadCpuMs: number;
}

interface Screen {
  auth: Record<string, unknown>;
  socket: WireSocket;
  seq: number;
  at: number;
}

/** Handshakes in flight at once per generator: more overflow the listen backlog (ECONNRESET) on any server. */
const IN_FLIGHT = 100;

export class StormLoad {
  private screens: Screen[] = [];
  private spec: StormSpec | undefined;

  async connect(spec: StormSpec): Promise<void> {
    this.spec = spec;
    this.screens = spec.auths.map((auth) => ({ auth, seq: 0, at: 0 }) as Screen);
    await inBatches(this.screens, (screen) => this.open(screen, false, () => true).then(() => undefined));
  }

  /** The access point goes down: every socket at once. */
  cut(): void {
    for (const screen of this.screens) screen.socket.close();
  }

  async reconnect(targetSeq: number, timeoutMs: number): Promise<StormFigures> {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let current = 0;
    let allCurrentMs: number | null = null;
    const counts = { resumed: 0, whole: 0 };
    const refused: Record<string, number> = {};
    await Promise.race([
      inBatches(this.screens, async (screen) => {
        const outcome = await this.open(screen, true, (s) => s.seq >= targetSeq).catch((error: Error) => error);
        if (outcome instanceof Error) {
          refused[outcome.message] = (refused[outcome.message] ?? 0) + 1;
          return;
        }
        counts[outcome] += 1;
        current += 1;
        if (current === this.screens.length) allCurrentMs = performance.now() - t0;
      }),
      new Promise((resolve) => setTimeout(resolve, timeoutMs)),
    ]);
    const cpu = process.cpuUsage(cpu0);
    return {
      screens: this.screens.length,
      current,
      allCurrentMs,
      ...counts,
      refused,
      bytes: this.screens.reduce((sum, s) => sum + s.socket.received, 0),
      loadCpuMs: (cpu.user + cpu.system) / 1000,
    };
  }

  close(): void {
    for (const screen of this.screens) screen.socket.close();
    this.screens = [];
  }

  /** Opens `screen`'s socket; resolves with how it was welcomed once `isCurrent` holds (after its sync). */
  private open(screen: Screen, resuming: boolean, isCurrent: (s: Screen) => boolean): Promise<'resumed' | 'whole'> {
    const { url, resume } = this.spec!;
    const auth =
      resuming && resume
        ? { ...screen.auth, resume: { seq: screen.seq, at: screen.at, stateVersion: STATE_VERSION } }
        : screen.auth;
    return new Promise((resolve, reject) => {
      let kind: 'resumed' | 'whole' | null = null;
      const settle = () => kind && isCurrent(screen) && resolve(kind);
      const socket = new WireSocket(url, auth, (reason) => reject(new Error(reason)));
      screen.socket = socket;
      const take = (events: RoomEvent[]) => {
        const last = events.at(-1);
        if (last && last.seq > screen.seq) Object.assign(screen, { seq: last.seq, at: last.at });
      };
      socket.on('connect_error', (error) => reject(error as Error));
      socket.on('events', (message) => {
        take((message as { events: RoomEvent[] }).events);
        settle();
      });
      socket.on('welcome', (message) => {
        const welcome = message as { seq: number; resumed?: true; state?: { updatedAt: number } };
        if (!welcome.resumed) {
          Object.assign(screen, { seq: welcome.seq, at: welcome.state?.updatedAt ?? 0 });
          kind = 'whole';
          return settle();
        }
        const sync = (afterSeq: number) =>
          socket.emit('sync', { afterSeq }, (answer) => {
            const ack = answer as SyncAck;
            if (!ack.ok) return reject(new Error(`sync refused: ${ack.error.message}`));
            take(ack.events);
            if (ack.hasMore) return sync(screen.seq);
            kind = 'resumed';
            settle();
          });
        sync(welcome.seq);
      });
    });
  }
}

/** Runs `work` on every item, `IN_FLIGHT` at a time. */
async function inBatches<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, worker));
}
