/**
 * Many rooms on one evening: R rooms of P phones each (default 200 × 30, BENCH_MANY="200x30") on one
 * node, each room a busy meeting (one phone raises or lowers a hand every second, the rooms out of
 * step). Figures: command ack and broadcast (until every phone of the room has the event) p50/p99,
 * against a single room of P phones alone doing the same (the "single busy room"), and a bare
 * Socket.IO relay of R × P in the same run (each command broadcast to its room, then acknowledged);
 * the server's RSS per socket (this process is the server alone: the phones run in two child
 * processes, loadChild.ts); and how many rooms are still loaded once every phone has left and
 * the rooms' idle time (shortened here to 2 s; 5 min in production) has passed.
 *
 * BENCH_MANY_SECONDS sets how long the commands run (default 15).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Server } from 'socket.io';
import { createRoom } from '../support/clients.js';
import { startServer } from '../support/testServer.js';
import { forkLoad, type RemoteLoad } from './loadProcess.js';
import type { ManyRoomsLoad, ManySpec, RoomSpec } from './manyRoomsLoad.js';
import { percentile } from './stats.js';

const [ROOMS, PHONES] = (process.env['BENCH_MANY'] ?? '200x30').split('x').map(Number) as [number, number];
const SECONDS = Number(process.env['BENCH_MANY_SECONDS'] ?? 15);
const PERIOD_MS = 1000;
const IDLE_MS = 2000;
const CHILDREN = 2;
const COMMANDS = [{ type: 'queue.raise' }, { type: 'queue.lower' }];
/** The single room runs longer, for as many samples as a p99 needs. */
const SINGLE_SECONDS = SECONDS * 4;
const UNLOAD_WAIT_MS = 60_000;

// A full collection before each RSS reading, so garbage from the setup does not count.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
function rssAfterGc(): number {
  gc();
  return process.memoryUsage().rss;
}

interface Target {
  url: string;
  rooms: RoomSpec[];
  /** Rooms loaded in memory now (null for the relay, which keeps none). */
  loaded(): number | null;
  stop(): Promise<void>;
}

async function roomTarget(rooms: number): Promise<Target> {
  const server = await startServer(undefined, 0, {
    limits: { roomCreation: { burst: rooms + 10, perSecond: 1 } },
    roomIdleMs: IDLE_MS,
  });
  const specs: RoomSpec[] = [];
  for (let r = 0; r < rooms; r += 1) {
    const room = await createRoom(server.url, `村民议事会 ${r + 1}`, 'zh-CN');
    const live = (await server.app.registry.get(room.roomId))!;
    await live.dispatch({ role: 'host', memberId: null }, { type: 'room.setPhase', phase: 'in_session' });
    const joins = await Promise.all(
      Array.from({ length: PHONES }, (_, i) => live.join('participant', `居民 ${i + 1}`, 'in_room')),
    );
    specs.push({
      phones: joins.map((joined) => {
        if (!joined.ok) throw new Error(joined.error.message);
        const { memberId, memberSecret } = joined;
        return { roomId: room.roomId, token: room.tokens.participant, memberId, memberSecret };
      }),
      commands: COMMANDS,
    });
  }
  return {
    url: server.url,
    rooms: specs,
    loaded: () => server.app.registry.loadedCount,
    stop: () => server.stop({ removeData: true }),
  };
}

/** The bare relay: each room a Socket.IO room; a command is broadcast to it with a seq, then acknowledged. */
async function relayTarget(rooms: number): Promise<Target> {
  const http = createServer();
  const io = new Server(http);
  const seqs = new Map<string, number>();
  io.on('connection', (socket) => {
    const roomId = (socket.handshake.auth as { roomId: string }).roomId;
    void socket.join(roomId);
    socket.emit('welcome', { seq: seqs.get(roomId) ?? 0 });
    socket.on('command', (command: { type: string }, ack: (v: unknown) => void) => {
      const seq = (seqs.get(roomId) ?? 0) + 1;
      seqs.set(roomId, seq);
      io.to(roomId).emit('events', { events: [{ ...command, seq, at: Date.now(), actor: null }] });
      ack({ ok: true, seq });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    rooms: Array.from({ length: rooms }, (_, r) => ({
      phones: Array.from({ length: PHONES }, () => ({ roomId: `room${r}` })),
      commands: COMMANDS,
    })),
    loaded: () => null,
    stop: () => new Promise<void>((resolve) => io.close(() => resolve())),
  };
}

interface Figures {
  ack: { p50: number; p99: number };
  broadcast: { p50: number; p99: number };
  commands: number;
  refused: number;
  dropped: number;
  sockets: number;
  rssPerSocketKb: number;
  serverCpuMs: number;
  /** Seconds from the last phone leaving until every room was unloaded (null: the relay keeps none). */
  unloadedAfterS: number | null;
  loadedAtEnd: number | null;
}

async function run(
  gens: RemoteLoad<ManyRoomsLoad>[],
  make: (rooms: number) => Promise<Target>,
  rooms: number,
  seconds: number,
): Promise<Figures> {
  const target = await make(rooms);
  try {
    const rss0 = rssAfterGc();
    await Promise.all(
      gens.map((gen, k) => {
        const spec: ManySpec = { url: target.url, rooms: target.rooms.filter((_, i) => i % gens.length === k) };
        return gen.connect(spec);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // presence settles
    const rss1 = rssAfterGc();
    const cpu0 = process.cpuUsage();
    const all = await Promise.all(gens.map((gen) => gen.run(PERIOD_MS, seconds * 1000)));
    const cpu = process.cpuUsage(cpu0);
    await Promise.all(gens.map((gen) => gen.close()));
    const left = performance.now();
    while ((target.loaded() ?? 0) > 0 && performance.now() - left < UNLOAD_WAIT_MS) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const loadedAtEnd = target.loaded();
    const acks = all.flatMap((f) => f.acks);
    const broadcasts = all.flatMap((f) => f.broadcasts);
    return {
      ack: { p50: percentile(acks, 50), p99: percentile(acks, 99) },
      broadcast: { p50: percentile(broadcasts, 50), p99: percentile(broadcasts, 99) },
      commands: acks.length,
      refused: all.reduce((n, f) => n + f.refused, 0),
      dropped: all.reduce((n, f) => n + f.dropped, 0),
      sockets: rooms * PHONES,
      rssPerSocketKb: (rss1 - rss0) / 1024 / (rooms * PHONES),
      serverCpuMs: (cpu.user + cpu.system) / 1000,
      unloadedAfterS: loadedAtEnd === 0 ? (performance.now() - left) / 1000 : null,
      loadedAtEnd,
    };
  } finally {
    await target.stop();
  }
}

function report(label: string, f: Figures): string {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const problems = [f.refused ? `${f.refused} refused` : '', f.dropped ? `${f.dropped} phones dropped` : '']
    .filter(Boolean)
    .join(', ');
  return (
    `  ${label.padEnd(40)} ack p50 ${ms(f.ack.p50).padStart(9)} p99 ${ms(f.ack.p99).padStart(9)}   broadcast p50 ${ms(f.broadcast.p50).padStart(9)} p99 ${ms(f.broadcast.p99).padStart(9)}` +
    `   (${f.commands} commands; server CPU ${(f.serverCpuMs / 1000).toFixed(1)} s` +
    // A few dozen sockets are lost in the process's own noise.
    (f.sockets >= 1000 ? `; RSS +${f.rssPerSocketKb.toFixed(0)} KB per socket` : '') +
    (f.loadedAtEnd === null
      ? ')'
      : f.unloadedAfterS !== null
        ? `; every room unloaded ${f.unloadedAfterS.toFixed(1)} s after the phones left, idle time ${IDLE_MS / 1000} s)`
        : `; ${f.loadedAtEnd} rooms still loaded ${UNLOAD_WAIT_MS / 1000} s after the phones left)`) +
    (problems ? `   ${problems}` : '')
  );
}

export async function runManyRoomsBench(): Promise<string[]> {
  const gens = Array.from({ length: CHILDREN }, () => forkLoad('manyRooms'));
  try {
    const bare = await run(gens, relayTarget, ROOMS, SECONDS);
    const single = await run(gens, roomTarget, 1, SINGLE_SECONDS);
    const many = await run(gens, roomTarget, ROOMS, SECONDS);
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    return [
      `Many rooms on one node: ${ROOMS} rooms × ${PHONES} phones, one command per room per second for ${SECONDS} s (load in ${CHILDREN} child processes)`,
      report(`bare Socket.IO relay, ${ROOMS} rooms`, bare),
      report(`Deliberation Room, a single busy room (${SINGLE_SECONDS} s)`, single),
      report(`Deliberation Room, ${ROOMS} rooms`, many),
      `  ${ROOMS} rooms / a single room: ack p99 ${ratio(many.ack.p99, single.ack.p99)}, broadcast p99 ${ratio(many.broadcast.p99, single.broadcast.p99)};` +
        ` ours / bare at ${ROOMS} rooms: ack p99 ${ratio(many.ack.p99, bare.ack.p99)}, broadcast p99 ${ratio(many.broadcast.p99, bare.broadcast.p99)}, server CPU ${ratio(many.serverCpuMs, bare.serverCpuMs)}`,
    ];
  } finally {
    await Promise.all(gens.map((gen) => gen.exit()));
  }
}
