/**
 * `hallJoin` (issue 30): a hall of 1,000 residents (BENCH_HALL) opening the link within 60 s
 * (BENCH_HALL_SPREAD_S), each as the web app joins: the room's page (which gives the device pass),
 * a connection that waits for a name, then the name on it, through the real join path. A resident
 * refused tries again 3 s later, as a person would; they stay connected, as phones in a hall do.
 * Run without and with a stranger's 20 join loops from the same address (started 5 s before the
 * hall, so the burst is gone), and over a bare Socket.IO relay that answers every join at once.
 * Figures: time from the first resident to the last one in, residents refused at least once, the
 * loops' members.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { PROTOCOL_VERSION } from '@dr/shared';
import { connectRaw, createRoom } from '../support/clients.js';
import { startServer } from '../support/testServer.js';
import { pageLoad } from '../support/webJoin.js';
import { percentile } from './stats.js';
import { WireSocket } from './wireClient.js';

const HALL = Number(process.env['BENCH_HALL'] ?? 1000);
const SPREAD_MS = Number(process.env['BENCH_HALL_SPREAD_S'] ?? 60) * 1000;
const LOOPS = 20;
const RETRY_MS = 3000;
/** A stranger's join unanswered this long (ms) is given up and counted. */
const UNANSWERED_MS = 60_000;

interface HallRun {
  /** From the first resident's page load to the last one's member id, ms. */
  allInMs: number;
  /** Each resident's time from their page load to their member id (p50, p95), ms. */
  waits: number[];
  refused: number;
  /** Residents whose page or connection failed on the way at least once (tried again). */
  dropped: number;
  ghosts: number;
  /** The loops' joins the server answered neither way within UNANSWERED_MS. */
  unanswered: number;
}

/** One resident: page, connection, name; again after a refusal. Resolves with their wait. */
async function resident(url: string, roomId: string, token: string, i: number, open: WireSocket[]) {
  const t0 = performance.now();
  let refused = false;
  let dropped = false;
  for (;;) {
    // A page or a connection that fails on the way (a busy machine) is tried again, like a refusal,
    // but counted apart: it is the network's, not the server's answer.
    const cookie = await pageLoad(url, roomId).catch(() => undefined);
    const answer =
      cookie === undefined
        ? 'dropped'
        : await new Promise<'in' | 'refused' | 'dropped'>((resolve) => {
            const socket = new WireSocket(
              url,
              { roomId, token, protocolVersion: PROTOCOL_VERSION, waitForName: true },
              () => resolve('dropped'),
              cookie ? { cookie } : undefined,
            );
            socket.on('connect_error', () => resolve('refused'));
            socket.on('nameRequired', () =>
              socket.emit('join', { name: `居民 ${i}`, presence: 'in_room' }, (ack) => {
                const ok = (ack as { ok: boolean }).ok;
                if (ok) open.push(socket);
                else socket.close();
                resolve(ok ? 'in' : 'refused');
              }),
            );
          });
    if (answer === 'in') return { ms: performance.now() - t0, refused, dropped };
    if (answer === 'refused') refused = true;
    else dropped = true;
    await new Promise((r) => setTimeout(r, RETRY_MS));
  }
}

/** 20 loops joining by name, each leaving at once, until stopped; counts their members. */
function strangerLoops(url: string, roomId: string, token: string) {
  let stop = false;
  let ghosts = 0;
  let unanswered = 0;
  let n = 0;
  const loops = Array.from({ length: LOOPS }, async () => {
    while (!stop) {
      await new Promise<void>((resolve) => {
        const socket = connectRaw(url, { roomId, token, protocolVersion: PROTOCOL_VERSION, name: `Ghost ${(n += 1)}` });
        // socket.io-client has no timeout for a namespace's handshake: a join the server never
        // answers would hold the loop (and the bench) for good; it is counted instead.
        const timer = setTimeout(() => ((unanswered += 1), done()), UNANSWERED_MS);
        const done = () => (clearTimeout(timer), socket.close(), resolve());
        socket.once('welcome', () => ((ghosts += 1), done()));
        socket.once('connect_error', done);
        socket.once('disconnect', done);
      });
    }
  });
  return {
    ghosts: () => ghosts,
    unanswered: () => unanswered,
    stop: async () => {
      stop = true;
      await Promise.all(loops);
    },
  };
}

/** The hall arriving over the spread; with `stranger`, the loops run from 5 s before until all are in. */
async function hall(url: string, roomId: string, token: string, stranger: boolean, label: string): Promise<HallRun> {
  const open: WireSocket[] = [];
  const loops = stranger ? strangerLoops(url, roomId, token) : null;
  if (loops) await new Promise((r) => setTimeout(r, 5000));
  const t0 = performance.now();
  // A line every 10 s on stderr, so a run that stalls says where.
  const progress = setInterval(() => {
    const s = Math.round((performance.now() - t0) / 1000);
    console.error(
      `  … ${label}, ${s} s: ${open.length}/${HALL} in${loops ? `, the loops' members ${loops.ghosts()}` : ''}`,
    );
  }, 10_000);
  const results = await Promise.all(
    Array.from({ length: HALL }, async (_, i) => {
      await new Promise((r) => setTimeout(r, (i / HALL) * SPREAD_MS));
      return resident(url, roomId, token, i, open);
    }),
  ).finally(() => clearInterval(progress));
  const allInMs = performance.now() - t0;
  await loops?.stop();
  for (const socket of open) socket.close();
  return {
    allInMs,
    waits: results.map((r) => r.ms),
    refused: results.filter((r) => r.refused).length,
    dropped: results.filter((r) => r.dropped).length,
    ghosts: loops?.ghosts() ?? 0,
    unanswered: loops?.unanswered() ?? 0,
  };
}

/** The baseline: a page and a Socket.IO relay that asks for a name and takes every one at once. */
async function bareRelay(): Promise<{ url: string; close: () => Promise<void> }> {
  const http: HttpServer = createServer((_req, res) => res.writeHead(200).end('<!doctype html>'));
  const io = new Server(http);
  let next = 0;
  io.on('connection', (socket) => {
    socket.emit('nameRequired');
    socket.on('join', (request: unknown, ack: (v: unknown) => void) => {
      const memberId = `m${(next += 1)}`;
      void socket.join('room');
      io.to('room').emit('events', { events: [{ type: 'member.joined', memberId, request }] });
      ack({ ok: true, memberId });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => void io.close(() => resolve())),
  };
}

function line(label: string, run: HallRun): string {
  const p = (q: number) => (percentile(run.waits, q) / 1000).toFixed(1);
  return `  ${label.padEnd(34)} all in ${(run.allInMs / 1000).toFixed(1).padStart(6)} s   wait p50 ${p(50)} s, p95 ${p(95)} s   refused ${run.refused}, dropped ${run.dropped}${run.ghosts ? `   the loops' members ${run.ghosts}, joins unanswered ${run.unanswered}` : ''}`;
}

export async function runHallJoinBench(): Promise<string[]> {
  const lines = [
    `hallJoin: ${HALL} residents open the link within ${SPREAD_MS / 1000} s, through the real join path (page, connection, name)`,
  ];
  const relay = await bareRelay();
  const bare = await hall(relay.url, 'bare', 'bare', false, 'bare relay');
  await relay.close();
  lines.push(line('bare Socket.IO relay', bare));
  for (const stranger of [false, true]) {
    const server = await startServer();
    try {
      const room = await createRoom(server.url);
      const run = await hall(
        server.url,
        room.roomId,
        room.tokens.participant,
        stranger,
        stranger ? 'ours with loops' : 'ours',
      );
      lines.push(line(stranger ? `ours, with ${LOOPS} join loops` : 'ours', run));
      if (!stranger) lines.push(`  ratio (ours / bare), all in: ${(run.allInMs / bare.allInMs).toFixed(2)}×`);
    } finally {
      await server.stop({ removeData: true });
    }
  }
  return lines;
}
