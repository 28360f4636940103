/**
 * The hall's Wi-Fi comes back: N phones (members, each on its own socket) and M screens (observers)
 * are connected and current; every socket is cut at the same moment, 20 things happen in the room,
 * and every socket comes back at once (`auth.resume` from the seq it held). Figures: the time from
 * the reconnect until every socket holds the room's seq, the welcomes that resumed, handshakes
 * refused, the bytes the screens received and the server's CPU time. The baseline is a bare
 * Socket.IO relay that sends each connection the room's state (the same state, by RoomHarness),
 * as a server without resuming must. The load generator runs in two child processes
 * (loadChild.ts), so this process is the server alone.
 *
 * BENCH_STORM sets the sizes as members/screens pairs (default "1000/500"), BENCH_STORM_TIMEOUT the
 * longest wait for one reconnect in ms (default 120000).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { RoomHarness } from '@dr/shared/testing';
import { createRoom } from '../support/clients.js';
import { startServer } from '../support/testServer.js';
import { forkLoad, type RemoteLoad } from './loadProcess.js';
import type { StormFigures, StormLoad, StormSpec } from './stormLoad.js';

const SIZES = (process.env['BENCH_STORM'] ?? '1000/500').split(',').map((pair) => {
  const [members, screens] = pair.split('/').map(Number);
  if (!Number.isInteger(members) || !Number.isInteger(screens))
    throw new Error(`BENCH_STORM wants members/screens pairs like "1000/500", got "${pair}"`);
  return { members: members!, screens: screens! };
});
const TIMEOUT_MS = Number(process.env['BENCH_STORM_TIMEOUT'] ?? 120_000);
const CHILDREN = 2;
const MISSED = 20;

interface Target {
  url: string;
  members: Record<string, unknown>[];
  screens: Record<string, unknown>[];
  resume: boolean;
  /** What happens while the hall is offline; resolves with the seq every socket must reach. */
  whileOffline(): Promise<number>;
  stop(): Promise<void>;
}

async function roomTarget(members: number, screens: number): Promise<Target> {
  const server = await startServer(undefined, 0, { limits: { memberJoins: { burst: members + 10, perSecond: 5 } } });
  const room = await createRoom(server.url, 'Village assembly', 'zh-CN');
  const live = (await server.app.registry.get(room.roomId))!;
  const auths: Record<string, unknown>[] = [];
  const ids: string[] = [];
  for (let i = 0; i < members; i += 1) {
    const joined = await live.join('participant', `居民 ${i + 1}`, 'in_room');
    if (!joined.ok) throw new Error(`joining member ${i}: ${joined.error.message}`);
    ids.push(joined.memberId);
    auths.push({ roomId: room.roomId, token: room.tokens.participant, ...joined });
  }
  const host = { role: 'host' as const, memberId: null };
  await live.dispatch(host, { type: 'agenda.propose', title: '村道修缮' });
  return {
    url: server.url,
    members: auths.map(({ roomId, token, memberId, memberSecret }) => ({ roomId, token, memberId, memberSecret })),
    screens: Array.from({ length: screens }, () => ({ roomId: room.roomId, token: room.tokens.observer })),
    resume: true,
    async whileOffline() {
      for (let k = 0; k < MISSED / 2; k += 1) {
        await live.dispatch(host, { type: 'queue.raise', memberId: ids[k]! });
        await live.dispatch(host, { type: 'queue.lower', memberId: ids[k]! });
      }
      return live.current.seq;
    },
    stop: () => server.stop({ removeData: true }),
  };
}

/** The bare relay: every connection is sent the room's state (the same size as ours). */
async function relayTarget(members: number, screens: number): Promise<Target> {
  const harness = new RoomHarness({ title: 'Village assembly', locale: 'zh-CN' });
  for (let i = 0; i < members; i += 1) harness.join(`居民 ${i + 1}`, 'participant', 'in_room');
  const state = harness.state;
  const http = createServer();
  const io = new Server(http);
  io.on('connection', (socket) => {
    void socket.join('room');
    socket.emit('welcome', { you: { role: 'participant' }, seq: state.seq, state, serverTime: Date.now() });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    url,
    members: Array.from({ length: members }, () => ({})),
    screens: Array.from({ length: screens }, () => ({})),
    resume: false,
    whileOffline: () => Promise.resolve(state.seq),
    stop: () => new Promise<void>((resolve) => io.close(() => resolve())),
  };
}

type Figures = StormFigures & { serverCpuMs: number };

async function run(gens: RemoteLoad<StormLoad>[], target: Target): Promise<Figures> {
  try {
    const auths = [...target.members, ...target.screens];
    await Promise.all(
      gens.map((gen, k) => {
        const spec: StormSpec = {
          url: target.url,
          auths: auths.filter((_, i) => i % gens.length === k),
          resume: target.resume,
        };
        return gen.connect(spec);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // presence settles
    await Promise.all(gens.map((gen) => gen.cut()));
    await new Promise((resolve) => setTimeout(resolve, 500)); // the server has seen them go
    const targetSeq = await target.whileOffline();
    const cpu0 = process.cpuUsage();
    const all = await Promise.all(gens.map((gen) => gen.reconnect(targetSeq, TIMEOUT_MS)));
    const cpu = process.cpuUsage(cpu0);
    await Promise.all(gens.map((gen) => gen.close()));
    const sum = (pick: (f: StormFigures) => number) => all.reduce((total, f) => total + pick(f), 0);
    const refused: Record<string, number> = {};
    for (const f of all) for (const [why, n] of Object.entries(f.refused)) refused[why] = (refused[why] ?? 0) + n;
    return {
      screens: sum((f) => f.screens),
      current: sum((f) => f.current),
      allCurrentMs: all.some((f) => f.allCurrentMs === null) ? null : Math.max(...all.map((f) => f.allCurrentMs!)),
      resumed: sum((f) => f.resumed),
      whole: sum((f) => f.whole),
      refused,
      bytes: sum((f) => f.bytes),
      loadCpuMs: sum((f) => f.loadCpuMs),
      serverCpuMs: (cpu.user + cpu.system) / 1000,
    };
  } finally {
    await target.stop();
  }
}

function report(label: string, f: Figures): string {
  const time = f.allCurrentMs === null ? `only ${f.current}/${f.screens} current` : `${f.allCurrentMs.toFixed(0)} ms`;
  const refused = Object.entries(f.refused)
    .map(([why, n]) => `${n} (${why})`)
    .join(', ');
  return (
    `  ${label.padEnd(40)} every socket current ${time.padStart(8)}   ${f.resumed} resumed, ${f.whole} whole welcomes` +
    `   ${(f.bytes / 1024 / 1024).toFixed(1)} MB received   CPU: server ${f.serverCpuMs.toFixed(0)} ms, load ${f.loadCpuMs.toFixed(0)} ms` +
    (refused ? `   REFUSED: ${refused}` : '')
  );
}

export async function runReconnectStormBench(): Promise<string[]> {
  const gens = Array.from({ length: CHILDREN }, () => forkLoad('storm'));
  const lines = [
    `Reconnect storm: every socket cut at once, ${MISSED} events while offline, all back at once (load in ${CHILDREN} child processes)`,
  ];
  try {
    for (const { members, screens } of SIZES) {
      const bare = await run(gens, await relayTarget(members, screens));
      const ours = await run(gens, await roomTarget(members, screens));
      const ratio = (a: number | null, b: number | null) => (a === null || b === null ? '—' : `${(a / b).toFixed(2)}×`);
      lines.push(
        `${members} members' phones + ${screens} screens (${members + screens} sockets)`,
        report('bare Socket.IO relay (sends the room)', bare),
        report('Deliberation Room (resume + sync)', ours),
        `  ratio (ours / bare): every socket current ${ratio(ours.allCurrentMs, bare.allCurrentMs)}, bytes ${ratio(ours.bytes, bare.bytes)}, server CPU ${ratio(ours.serverCpuMs, bare.serverCpuMs)}`,
      );
    }
  } finally {
    await Promise.all(gens.map((gen) => gen.exit()));
  }
  return lines;
}
