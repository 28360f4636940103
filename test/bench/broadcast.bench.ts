/**
 * Command-to-broadcast latency: members take turns sending commands, and all N wait for each event
 * (turns, because each connection is rate-limited like a person's phone). The same
 * pattern over a bare Socket.IO relay (no validation, no store, no fold) is the baseline, measured in
 * the same run, so the report is a ratio that holds across machines.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as connectClient, type Socket } from 'socket.io-client';
import { connect, createRoom } from '../support/clients.js';
import { startServer } from '../support/testServer.js';
import { row, summarize, type Summary } from './stats.js';

const WATCHERS = Number(process.env['BENCH_WATCHERS'] ?? 50);
const MESSAGES = Number(process.env['BENCH_MESSAGES'] ?? 300);

/** Sends one message at a time and waits until every watcher has it: latency per message. */
async function measure(send: (i: number) => void, watchers: Socket[], eventName: string): Promise<Summary> {
  let pending = 0;
  let done: () => void = () => undefined;
  for (const w of watchers) {
    w.on(eventName, () => {
      pending -= 1;
      if (pending === 0) done();
    });
  }
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < MESSAGES; i += 1) {
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      pending = watchers.length;
      done = resolve;
      send(i);
    });
    samples.push(performance.now() - t0);
  }
  return summarize(samples, performance.now() - started);
}

async function baseline(): Promise<Summary> {
  const http = createServer();
  const io = new Server(http);
  io.on('connection', (socket) => {
    void socket.join('room');
    socket.on('command', (payload: unknown, ack: (v: unknown) => void) => {
      io.to('room').emit('events', { events: [payload] });
      ack({ ok: true });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const open = () => connectClient(url, { transports: ['websocket'], forceNew: true });
  const members = await Promise.all(Array.from({ length: WATCHERS }, () => ready(open())));
  const event = { type: 'queue.raised', memberId: 'm2', kind: 'speak', seq: 1, at: Date.now(), actor: 'm2' };
  const send = (i: number) => members[i % WATCHERS]!.emit('command', { ...event, seq: i }, () => undefined);
  const result = await measure(send, members, 'events');
  for (const s of members) s.close();
  io.close();
  return result;
}

async function deliberationRoom(): Promise<Summary> {
  // The watchers join by name all at once; a hall that size signs in over an evening, not a second.
  const server = await startServer(undefined, 0, { limits: { memberJoins: { burst: WATCHERS + 10, perSecond: 5 } } });
  const room = await createRoom(server.url);
  const members = await Promise.all(
    Array.from({ length: WATCHERS }, (_, i) =>
      connect(server.url, { roomId: room.roomId, token: room.tokens.participant, name: `Member ${i}` }),
    ),
  );
  // Each member raises, then lowers, its hand: every command is valid, stored durably (SQLite,
  // synchronous=FULL), folded and broadcast.
  const send = (i: number) => {
    const type = Math.floor(i / WATCHERS) % 2 ? 'queue.lower' : 'queue.raise';
    members[i % WATCHERS]!.socket.emit('command', { type }, () => undefined);
  };
  const result = await measure(
    send,
    members.map((m) => m.socket),
    'events',
  );
  for (const c of members) c.close();
  await server.stop({ removeData: true });
  return result;
}

function ready(socket: Socket): Promise<Socket> {
  return new Promise((resolve) => socket.once('connect', () => resolve(socket)));
}

export async function runBroadcastBench(): Promise<string[]> {
  // Each side runs twice and the second run counts, so neither pays for the JIT alone.
  await baseline();
  const bare = await baseline();
  await deliberationRoom();
  const ours = await deliberationRoom();
  return [
    `Command → broadcast to ${WATCHERS} watchers, ${MESSAGES} messages, one at a time`,
    row('bare Socket.IO relay', bare),
    row('Deliberation Room (validate+store+fold)', ours),
    `ratio (ours / bare): median ${(ours.median / bare.median).toFixed(2)}×, throughput ${(ours.perSecond / bare.perSecond).toFixed(2)}×`,
  ];
}
