/**
 * A hall votes at once: N voters (members of the room, each on its own socket) vote in one open
 * consensus round while M more screens watch. Two figures: until every vote is acknowledged, and
 * until every screen, voters and watchers alike, has every vote. The baseline is a bare Socket.IO
 * relay in this same process, with the same shape: each vote broadcast to everyone, acknowledged
 * after the broadcast. Printed as figures and ratios (ours / bare), never as pass/fail.
 *
 * The load generator runs in child processes, two by default (BENCH_BURST_LOADGEN=<n> sets how many,
 * =inline keeps it in this one), each with its share of the screens: phones bring their own CPUs,
 * and once the votes are stored the 1,500 simulated phones' parsing is the work left, which one
 * process would do on one core while the other idles. In one process, every screen's parsing would
 * queue behind the server's work on one thread and the figures would be the sum of both. Both sides
 * of a ratio run under the same arrangement.
 *
 * BENCH_BURST sets the sizes as voters/watchers pairs (default "300/100,1000/500,2000/1000", the last
 * at the room's cap of 2,000 members; the chair votes too, so every member votes),
 * BENCH_BURST_TIMEOUT the longest wait for one burst in ms (default 300000), and
 * BENCH_BURST_BARE=skip leaves the bare relay out (no ratio) while tuning the room's side, and
 * BENCH_PROFILE=<dir> writes a CPU profile of each burst, of this process (the server or the relay)
 * and of each generator (burstProfile.ts; read with `tsx bench/profileTop.ts <file>`).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { connect, createRoom, ok, activeItem } from '../support/clients.js';
import { appendParagraph, connectDraft, roundTrip } from '../support/draftClients.js';
import { startServer } from '../support/testServer.js';
import { profileWindow } from './burstProfile.js';
import { forkLoad } from './loadProcess.js';
import { VoteLoad, type BurstFigures, type LoadSpec } from './voteBurstLoad.js';

const SIZES = (process.env['BENCH_BURST'] ?? '300/100,1000/500,2000/1000').split(',').map((pair) => {
  const [voters, watchers] = pair.split('/').map(Number);
  if (!Number.isInteger(voters) || !Number.isInteger(watchers) || voters! < 1 || watchers! < 0) {
    throw new Error(`BENCH_BURST wants voters/watchers pairs like "300/100,1000/500", got "${pair}"`);
  }
  return { voters: voters!, watchers: watchers! };
});
const TIMEOUT_MS = Number(process.env['BENCH_BURST_TIMEOUT'] ?? 300_000);
const LOADGEN = process.env['BENCH_BURST_LOADGEN'] ?? '2';
const INLINE = LOADGEN === 'inline';
const CHILDREN = INLINE ? 0 : Number(LOADGEN);
if (!INLINE && !(Number.isInteger(CHILDREN) && CHILDREN >= 1))
  throw new Error(`BENCH_BURST_LOADGEN wants "inline" or a number of child processes, got "${LOADGEN}"`);
const SKIP_BARE = process.env['BENCH_BURST_BARE'] === 'skip';
const WARM_UP = { voters: 50, watchers: 20 };

/** The load generator's three steps, wherever it runs. */
interface Load {
  connect(spec: LoadSpec): Promise<unknown>;
  burst(): Promise<BurstFigures>;
  close(): Promise<unknown>;
  exit(): Promise<unknown>;
}

/**
 * The screens dealt out over several generators (every n-th voter and watcher to each), which vote
 * at the same moment; the figures are the slowest generator's times and the sums of the counts.
 */
function sharedLoad(parts: Load[]): Load {
  const n = parts.length;
  const deal = <T>(all: T[], k: number) => all.filter((_, i) => i % n === k);
  return {
    connect: (spec) =>
      Promise.all(
        parts.map((part, k) =>
          part.connect({
            ...spec,
            voters: deal(spec.voters, k),
            watchers: deal(spec.watchers, k),
            votesInRoom: spec.voters.length,
          }),
        ),
      ),
    burst: async () => mergeFigures(await Promise.all(parts.map((part) => part.burst()))),
    close: () => Promise.all(parts.map((part) => part.close())),
    exit: () => Promise.all(parts.map((part) => part.exit())),
  };
}

function mergeFigures(all: BurstFigures[]): BurstFigures {
  const sum = (pick: (f: BurstFigures) => number) => all.reduce((total, f) => total + pick(f), 0);
  const slowest = (pick: (f: BurstFigures) => number | null) =>
    all.some((f) => pick(f) === null) ? null : Math.max(...all.map((f) => pick(f)!));
  const dropped: Record<string, number> = {};
  for (const f of all)
    for (const [reason, count] of Object.entries(f.dropped)) dropped[reason] = (dropped[reason] ?? 0) + count;
  const screens = sum((f) => f.screens);
  const folded = all.flatMap((f) => f.foldedBallots ?? []);
  return {
    voters: sum((f) => f.voters),
    screens,
    accepted: sum((f) => f.accepted),
    refused: sum((f) => f.refused),
    allAckedMs: slowest((f) => f.allAckedMs),
    screensComplete: sum((f) => f.screensComplete),
    allSeenMs: slowest((f) => f.allSeenMs),
    dropped,
    loadCpuMs: sum((f) => f.loadCpuMs),
    disordered: sum((f) => f.disordered),
    messagesPerScreen: sum((f) => f.messagesPerScreen * f.screens) / Math.max(1, screens),
    bytesPerScreen: sum((f) => f.bytesPerScreen * f.screens) / Math.max(1, screens),
    largestFrame: Math.max(...all.map((f) => f.largestFrame)),
    ...(all.some((f) => f.foldedBallots) ? { foldedBallots: folded } : {}),
    startSeq: all.every((f) => f.startSeq !== null && f.startSeq === all[0]!.startSeq) ? all[0]!.startSeq : null,
    lastAckSeq: Math.max(...all.map((f) => f.lastAckSeq)),
  };
}

function inlineLoad(): Load {
  const load = new VoteLoad();
  return {
    connect: (spec) => load.connect(spec),
    burst: () => load.burst(),
    close: async () => load.close(),
    exit: async () => load.close(),
  };
}

type Figures = BurstFigures & { connectMs: number; serverCpuMs: number };

interface Target {
  spec: Omit<LoadSpec, 'timeoutMs'>;
  stop(): Promise<void>;
}

/** Deliberation Room with a room whose round is open on a real draft, and N members ready to vote. */
async function roomTarget(voters: number, watchers: number): Promise<Target> {
  // A thousand residents signed in over an evening, not in the last second: lift the per-room join rate.
  const server = await startServer(undefined, 0, { limits: { memberJoins: { burst: voters + 10, perSecond: 5 } } });
  const room = await createRoom(server.url, 'Village assembly', 'zh-CN');
  const host = await connect(server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
  const itemId = await activeItem(host, 'Road repairs');
  const editor = await connectDraft(server.url, room.roomId, room.tokens.participant);
  appendParagraph(editor.draft(itemId), 'Repair the east road before the rains.');
  await roundTrip(editor);
  editor.destroy();
  const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
  host.close();
  // Members are added straight through the room (as a join link would, minus the sockets), so
  // setting up a thousand does not broadcast a thousand joins to everyone already there.
  const live = (await server.app.registry.get(room.roomId))!;
  // The chair votes too, so at the room's cap (2,000 members) every member is a voter.
  const { memberId, memberSecret } = host.welcome.you;
  const voterAuth: Record<string, unknown>[] = [
    { roomId: room.roomId, token: room.tokens.host, memberId, memberSecret },
  ];
  for (let i = 1; i < voters; i += 1) {
    const joined = await live.join('participant', `Resident ${i}`, 'in_room');
    if (!joined.ok) throw new Error(`joining voter ${i}: ${joined.error.message}`);
    voterAuth.push({
      roomId: room.roomId,
      token: room.tokens.participant,
      memberId: joined.memberId,
      memberSecret: joined.memberSecret,
    });
  }
  const watcherAuth = Array.from({ length: watchers }, () => ({ roomId: room.roomId, token: room.tokens.observer }));
  return {
    spec: { url: server.url, roundId, voters: voterAuth, watchers: watcherAuth, fold: true },
    stop: () => server.stop({ removeData: true }),
  };
}

/** The bare relay: no validation, no store, no fold; each vote is broadcast to the room, then acknowledged. */
async function relayTarget(voters: number, watchers: number): Promise<Target> {
  const http = createServer();
  const io = new Server(http);
  let seq = 0;
  io.on('connection', (socket) => {
    void socket.join('room');
    socket.emit('welcome', { seq });
    const memberId = (socket.handshake.auth as { memberId?: string }).memberId ?? null;
    socket.on('command', (vote: { roundId: string; level: number }, ack: (v: unknown) => void) => {
      seq += 1;
      const event = {
        type: 'consensus.voted',
        roundId: vote.roundId,
        ballotId: `b${seq}`,
        memberId,
        level: vote.level,
      };
      io.to('room').emit('events', { events: [{ ...event, reason: null, seq, at: Date.now(), actor: memberId }] });
      ack({ ok: true, seq });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    spec: {
      url,
      roundId: 'r1',
      voters: Array.from({ length: voters }, (_, i) => ({ memberId: `m${i + 1}` })),
      watchers: Array.from({ length: watchers }, () => ({})),
      fold: false,
    },
    stop: () => new Promise<void>((resolve) => io.close(() => resolve())),
  };
}

async function run(
  load: Load,
  makeTarget: typeof roomTarget,
  size: { voters: number; watchers: number },
): Promise<Figures> {
  const target = await makeTarget(size.voters, size.watchers);
  try {
    const t0 = performance.now();
    await load.connect({ ...target.spec, timeoutMs: TIMEOUT_MS });
    const connectMs = performance.now() - t0;
    const stopProfile = await profileWindow(`${makeTarget === relayTarget ? 'relay' : 'server'}-${size.voters}`);
    const cpu0 = process.cpuUsage();
    const figures = await load.burst();
    const cpu = process.cpuUsage(cpu0);
    await stopProfile();
    await load.close();
    // In child mode this process is the server alone; inline, it is the server and the load together.
    return { ...figures, connectMs, serverCpuMs: (cpu.user + cpu.system) / 1000 };
  } finally {
    await target.stop();
  }
}

const ms = (value: number | null) => (value === null ? '—' : `${value.toFixed(0)} ms`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (ours: number | null, bare: number | null) =>
  ours === null || bare === null ? '—' : `${(ours / bare).toFixed(2)}×`;

function report(label: string, f: Figures): string {
  const incomplete = [
    f.accepted + f.refused < f.voters ? `${f.accepted + f.refused}/${f.voters} votes acknowledged` : '',
    f.refused ? `${f.refused} refused` : '',
    f.screensComplete < f.screens ? `${f.screensComplete}/${f.screens} screens complete` : '',
    f.disordered ? `${f.disordered} events out of order` : '',
    Object.keys(f.dropped).length
      ? `screens dropped: ${Object.entries(f.dropped)
          .map(([reason, n]) => `${n} (${reason})`)
          .join(', ')}`
      : '',
    f.foldedBallots?.some((b) => b !== f.voters) ? `folded ballots ${f.foldedBallots.join('/')}` : '',
    // Screens that read only seqs are complete at start + votes: true only if each vote took one seq.
    f.accepted === f.voters && (f.startSeq === null || f.lastAckSeq !== f.startSeq + f.voters)
      ? `not one seq per vote (screens began at ${f.startSeq ?? 'different seqs'}, last ack ${f.lastAckSeq}): "every screen" is not every vote`
      : '',
  ].filter(Boolean);
  const note = incomplete.length ? `   INCOMPLETE: ${incomplete.join(', ')}` : '';
  const cpu = INLINE
    ? `CPU ${ms(f.serverCpuMs)} (server and load)`
    : `CPU: server ${ms(f.serverCpuMs)}, load ${ms(f.loadCpuMs)}`;
  return `  ${label.padEnd(40)} all acked ${ms(f.allAckedMs).padStart(8)}   every screen has every vote ${ms(f.allSeenMs).padStart(8)}   (${cpu}; ${f.messagesPerScreen.toFixed(0)} events messages per screen, ${kb(f.bytesPerScreen)} per screen, largest ${kb(f.largestFrame)}; connect ${ms(f.connectMs)})${note}`;
}

export async function runVoteBurstBench(): Promise<string[]> {
  const load = INLINE ? inlineLoad() : sharedLoad(Array.from({ length: CHILDREN }, () => forkLoad('voteBurst')));
  const where = INLINE ? 'in this process' : CHILDREN === 1 ? 'in a child process' : `in ${CHILDREN} child processes`;
  const lines = [`Vote burst: N voters vote at once in one open round while M screens watch (load generator ${where})`];
  try {
    // Both sides once at a small size first, so neither pays for the JIT alone.
    if (!SKIP_BARE) await run(load, relayTarget, WARM_UP);
    await run(load, roomTarget, WARM_UP);
    for (const size of SIZES) {
      const bare = SKIP_BARE ? null : await run(load, relayTarget, size);
      const ours = await run(load, roomTarget, size);
      if (!bare) {
        lines.push(
          `${size.voters} voters + ${size.watchers} watching (${size.voters + size.watchers} screens), bare relay skipped`,
          report('Deliberation Room (validate+store+fold)', ours),
        );
        continue;
      }
      lines.push(
        `${size.voters} voters + ${size.watchers} watching (${size.voters + size.watchers} screens)`,
        report('bare Socket.IO relay', bare),
        report('Deliberation Room (validate+store+fold)', ours),
        `  ratio (ours / bare): all acked ${ratio(ours.allAckedMs, bare.allAckedMs)}, every screen complete ${ratio(ours.allSeenMs, bare.allSeenMs)}, server CPU ${ratio(ours.serverCpuMs, bare.serverCpuMs)}` +
          (ours.foldedBallots ? `; folded on a voter and a watcher: ${ours.foldedBallots.join(' and ')} ballots` : ''),
      );
    }
  } finally {
    await load.exit();
  }
  return lines;
}
