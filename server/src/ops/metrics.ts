/**
 * What an operator sees at `GET /metrics` (Prometheus text format, prom-client): Node's own figures
 * (once per process) and this node's: sockets by role, rooms loaded, commands by type and outcome,
 * how long a command waits for its answer, how many commands each group commit stores, how long the
 * store takes to append, the draft documents' sizes, Redis connectivity and refused joins.
 *
 * The write path reports through the small `ServerMetrics` interface (deps of the room, the socket
 * edge and the store wrapper), so nothing in it knows prom-client; what can be read at any time
 * (sockets, rooms, documents, Redis) is read when Prometheus asks, not counted as it happens.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the write path and the doors tell the metrics. Every method is cheap and never throws. */
export interface ServerMetrics {
  /** A command was answered: its type (`invalid` when it did not parse) and outcome (`ok`, `replayed`, or the error code), after `seconds`. */
  commandAnswered(type: string, outcome: string, seconds: number): void;
  /** A group commit stored `commands` commands (room/room.ts, the write path). */
  committed(commands: number): void;
  /** The store appended one batch of events in `seconds`. */
  appended(seconds: number): void;
  /** A handshake or a join on an open connection was refused, with its refusal key. */
  joinRefused(reason: string): void;
}

/** What is read when Prometheus asks; each source is optional (a node without Redis has no `redis`). */
export interface MetricSources {
  /** Role of every socket connected to this node (Socket.IO). */
  socketRoles(): Iterable<string>;
  roomsLoaded(): number;
  /** The encoded size (bytes) of every draft document loaded on this node. */
  draftSizes(): Promise<number[]>;
  /** Whether this node's Redis connections are up; absent on a single node. */
  redisUp?: () => boolean;
}

/** Node's default metrics live in one registry per process: they describe the process, not an app. */
let processRegistry: Registry | null = null;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** Seconds: a command's answer is usually a few ms, a slow disk or a burst can take seconds. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Commands per group commit: 1 in a quiet room, up to MAX_GROUP_COMMIT (512) in a vote burst. */
const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512];
/** Bytes of a draft document: the per-draft cap is tens of KB, a room holds a draft per item. */
const DOC_BUCKETS = [1_000, 4_000, 16_000, 64_000, 256_000, 1_000_000, 4_000_000];

export class Metrics implements ServerMetrics {
  private readonly registry = new Registry();
  private readonly commands: Counter<'type' | 'outcome'>;
  private readonly ackSeconds: Histogram;
  private readonly batchSize: Histogram;
  private readonly appendSeconds: Histogram;
  private readonly joinRefusals: Counter<'reason'>;
  private sources: MetricSources | null = null;

  constructor() {
    const registers = [this.registry];
    this.commands = new Counter({
      name: 'dr_commands_total',
      help: 'Commands answered, by command type and outcome (ok, replayed, or the error code)',
      labelNames: ['type', 'outcome'],
      registers,
    });
    this.ackSeconds = new Histogram({
      name: 'dr_command_ack_seconds',
      help: 'From a command read off its socket to its answer (decided, stored, sent)',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.batchSize = new Histogram({
      name: 'dr_commit_batch_commands',
      help: 'Commands stored by one group commit of a room',
      buckets: BATCH_BUCKETS,
      registers,
    });
    this.appendSeconds = new Histogram({
      name: 'dr_store_append_seconds',
      help: 'Time for the store to append one batch of events durably',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.joinRefusals = new Counter({
      name: 'dr_join_refusals_total',
      help: 'Handshakes and joins refused, by refusal key (docs/protocol.md)',
      labelNames: ['reason'],
      registers,
    });
    const read = () => this.sources;
    new Gauge({
      name: 'dr_sockets',
      help: 'Socket.IO connections on this node, by role',
      labelNames: ['role'],
      registers,
      collect() {
        this.reset();
        const counts = new Map<string, number>();
        for (const role of read()?.socketRoles() ?? []) counts.set(role, (counts.get(role) ?? 0) + 1);
        for (const role of ['host', 'participant', 'observer']) this.set({ role }, counts.get(role) ?? 0);
        for (const [role, count] of counts) this.set({ role }, count);
      },
    });
    new Gauge({
      name: 'dr_rooms_loaded',
      help: 'Rooms held in memory by this node',
      registers,
      collect() {
        this.set(read()?.roomsLoaded() ?? 0);
      },
    });
    new Histogram({
      name: 'dr_draft_document_bytes',
      help: 'Encoded size of each draft document loaded on this node (read at scrape time)',
      buckets: DOC_BUCKETS,
      registers,
      async collect() {
        const sizes = (await read()?.draftSizes()) ?? [];
        this.reset();
        for (const bytes of sizes) this.observe(bytes);
      },
    });
  }

  /** Where the figures read at scrape time come from (set once the app is wired). */
  readFrom(sources: MetricSources): void {
    this.sources = sources;
    const up = sources.redisUp;
    if (!up) return; // a single node has no Redis to report on
    new Gauge({
      name: 'dr_redis_up',
      help: '1 while this node is connected to Redis (REDIS_URL), 0 while not',
      registers: [this.registry],
      collect() {
        this.set(up() ? 1 : 0);
      },
    });
  }

  commandAnswered(type: string, outcome: string, seconds: number): void {
    this.commands.inc({ type, outcome });
    this.ackSeconds.observe(seconds);
  }

  committed(commands: number): void {
    this.batchSize.observe(commands);
  }

  appended(seconds: number): void {
    this.appendSeconds.observe(seconds);
  }

  joinRefused(reason: string): void {
    this.joinRefusals.inc({ reason });
  }

  /** The exposition: the process's defaults and this node's own figures. */
  async text(): Promise<{ contentType: string; body: string }> {
    const merged = Registry.merge([processMetrics(), this.registry]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  }
}
