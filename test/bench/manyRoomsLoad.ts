/**
 * The load generator of the many-rooms bench (manyRooms.bench.ts): its share of the rooms, each
 * with its phones (WireSockets). On `run`, one phone per room sends a command every `periodMs`
 * (a hand raised, then lowered: a busy meeting), the rooms out of step with each other; each
 * command is timed until its acknowledgement and until every phone of its room has its event.
 */
import { WireSocket } from './wireClient.js';

export interface RoomSpec {
  /** Handshake auth of each phone of the room; the first one sends the commands. */
  phones: Record<string, unknown>[];
  /** The commands the first phone sends in turn. */
  commands: Record<string, unknown>[];
}

export interface ManySpec {
  url: string;
  rooms: RoomSpec[];
}

export interface ManyFigures {
  /** Latencies in ms: send → ack, send → the last phone of the room has the event. */
  acks: number[];
  broadcasts: number[];
  refused: number;
  dropped: number;
  loadCpuMs: number;
}

interface LiveRoom {
  spec: RoomSpec;
  phones: WireSocket[];
  /** seq → [send time, phones still waiting] for the command in flight. */
  waiting: Map<number, { t0: number; left: number }>;
  /** Events a phone heard before the ack told which seq was ours. */
  early: Map<number, number>;
}

const IN_FLIGHT = 50;

export class ManyRoomsLoad {
  private rooms: LiveRoom[] = [];
  private url = '';
  private dropped = 0;
  private closing = false;
  private broadcasts: number[] = [];

  async connect(spec: ManySpec): Promise<void> {
    this.url = spec.url;
    this.dropped = 0;
    this.closing = false;
    this.rooms = spec.rooms.map((room) => ({ spec: room, phones: [], waiting: new Map(), early: new Map() }));
    const jobs = this.rooms.flatMap((room) => room.spec.phones.map((auth) => ({ room, auth })));
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const { room, auth } = jobs[next++]!;
        room.phones.push(await this.open(room, auth));
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  }

  private open(room: LiveRoom, auth: Record<string, unknown>): Promise<WireSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WireSocket(this.url, auth, () => {
        if (!this.closing) this.dropped += 1;
      });
      socket.on('connect_error', (error) => reject(error as Error));
      socket.on('welcome', () => resolve(socket));
      socket.on('events', (message) => {
        for (const { seq } of (message as { events: { seq: number }[] }).events) this.heard(room, seq);
      });
    });
  }

  private heard(room: LiveRoom, seq: number): void {
    const entry = room.waiting.get(seq);
    if (!entry) {
      room.early.set(seq, (room.early.get(seq) ?? 0) + 1);
      return;
    }
    entry.left -= 1;
    if (entry.left === 0) {
      this.broadcasts.push(performance.now() - entry.t0);
      room.waiting.delete(seq);
    }
  }

  async run(periodMs: number, durationMs: number): Promise<ManyFigures> {
    const acks: number[] = [];
    this.broadcasts = [];
    let refused = 0;
    const cpu0 = process.cpuUsage();
    const end = performance.now() + durationMs;
    const loops = this.rooms.map(async (room, r) => {
      // Out of step: each room starts at its own moment within the first period.
      await sleep((periodMs * r) / this.rooms.length);
      for (let k = 0; performance.now() < end; k += 1) {
        const command = room.spec.commands[k % room.spec.commands.length]!;
        const t0 = performance.now();
        const ack = await new Promise<{ ok: boolean; seq?: number }>((resolve) =>
          room.phones[0]!.emit('command', command, (value) => resolve(value as { ok: boolean; seq?: number })),
        );
        acks.push(performance.now() - t0);
        if (!ack.ok || ack.seq === undefined) refused += 1;
        else {
          // The sender hears its event before its ack; others may have too.
          const left = room.phones.length - (room.early.get(ack.seq) ?? 0);
          room.early.delete(ack.seq);
          if (left <= 0) this.broadcasts.push(performance.now() - t0);
          else room.waiting.set(ack.seq, { t0, left });
        }
        await sleep(Math.max(0, t0 + periodMs - performance.now()));
      }
    });
    await Promise.all(loops);
    await sleep(1_000); // the last broadcasts
    const cpu = process.cpuUsage(cpu0);
    return {
      acks,
      broadcasts: this.broadcasts,
      refused,
      dropped: this.dropped,
      loadCpuMs: (cpu.user + cpu.system) / 1000,
    };
  }

  close(): void {
    this.closing = true;
    for (const room of this.rooms) for (const phone of room.phones) phone.close();
    this.rooms = [];
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
