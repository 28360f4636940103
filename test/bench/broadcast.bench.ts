/**
 * Command-to-broadcast latency: 50 members take turns sending commands, and all N screens wait for
 * each event (turns, because each connection is rate-limited like a person's phone). The same
 * pattern over a bare Socket.IO relay (no validation, no store, no fold) is the baseline, measured in
 * the same run, so the report is a ratio that holds across machines.
 *
 * BENCH_WATCHERS sets the room sizes (default "50,2000") and BENCH_MESSAGES the messages per size
 * (default 300 for rooms up to 100, else 100). Sockets connect 50 at a time (watchers.ts). The
 * screens speak the wire protocol through the light client of the vote-burst bench (wireClient.ts)
 * on both sides, so that 2,000 of them fit in this process beside the server.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { PROTOCOL_VERSION } from '@dr/shared';
import { createRoom } from '../support/clients.js';
import { startServer } from '../support/testServer.js';
import { relayCommands } from './bareRelay.js';
import { measureFanOut } from './fanOut.js';
import { row, type Summary } from './stats.js';
import { openAll, openWatcher } from './watchers.js';

const SIZES = (process.env['BENCH_WATCHERS'] ?? '50,2000').split(',').map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`BENCH_WATCHERS wants room sizes like "50,2000", got "${process.env['BENCH_WATCHERS']}"`);
/** Connections that send the commands, in turn (a person's phone is rate-limited); the rest watch. */
const SENDERS = 50;
const messagesFor = (watchers: number) => Number(process.env['BENCH_MESSAGES'] ?? (watchers <= 100 ? 300 : 100));
/** Settles with an error once any watcher is dropped: a waiting bench would otherwise hang. */
class Drops {
  readonly dropped: Promise<never>;
  report: (reason: string) => void = () => undefined;
  constructor() {
    this.dropped = new Promise<never>((_, reject) => {
      this.report = (reason) => reject(new Error(`a watcher was dropped: ${reason}`));
    });
    this.dropped.catch(() => undefined); // read by whoever waits; unread, it must not crash the bench
  }
}

async function baseline(watchers: number): Promise<Summary> {
  const http = createServer();
  const io = new Server(http);
  relayCommands(io);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const drops = new Drops();
  const members = await openAll(watchers, () => openWatcher(url, {}, (reason) => drops.report(reason)));
  const event = { type: 'queue.raised', memberId: 'm2', kind: 'speak', seq: 1, at: Date.now(), actor: 'm2' };
  const senders = Math.min(SENDERS, watchers);
  const send = (i: number) => members[i % senders]!.emit('command', { ...event, seq: i }, () => undefined);
  const result = await measureFanOut(send, members, messagesFor(watchers), drops.dropped);
  drops.report = () => undefined;
  for (const s of members) s.close();
  io.close();
  return result;
}

async function deliberationRoom(watchers: number): Promise<Summary> {
  const server = await startServer();
  const room = await createRoom(server.url);
  // The senders are added straight through the room (as a join link would, minus the sockets);
  // the others watch as observers. With thousands of members, each arrival's presence list (all
  // online members, to everyone) would make connecting this process's own 2,000 screens the whole
  // bench; the broadcast of a command costs the same whoever watches.
  const live = (await server.app.registry.get(room.roomId))!;
  const drops = new Drops();
  const auths: Record<string, unknown>[] = [];
  for (let i = 0; i < watchers; i += 1) {
    const auth = { roomId: room.roomId, protocolVersion: PROTOCOL_VERSION };
    if (i >= SENDERS) {
      auths.push({ ...auth, token: room.tokens.observer });
      continue;
    }
    const joined = await live.join('participant', `Member ${i}`, 'in_room');
    if (!joined.ok) throw new Error(`joining member ${i}: ${joined.error.message}`);
    const { memberId, memberSecret } = joined;
    auths.push({ ...auth, token: room.tokens.participant, memberId, memberSecret });
  }
  const members = await openAll(watchers, (i) => openWatcher(server.url, auths[i]!, (reason) => drops.report(reason)));
  const senders = Math.min(SENDERS, watchers);
  // Each sender raises, then lowers, its hand: every command is valid, stored durably (SQLite,
  // synchronous=FULL), folded and broadcast.
  const send = (i: number) => {
    const type = Math.floor(i / senders) % 2 ? 'queue.lower' : 'queue.raise';
    members[i % senders]!.emit('command', { type }, () => undefined);
  };
  const result = await measureFanOut(send, members, messagesFor(watchers), drops.dropped);
  drops.report = () => undefined;
  for (const c of members) c.close();
  await server.stop({ removeData: true });
  return result;
}

export async function runBroadcastBench(): Promise<string[]> {
  const lines: string[] = [];
  for (const watchers of SIZES) {
    // Each side runs twice and the second run counts, so neither pays for the JIT alone.
    await baseline(watchers);
    const bare = await baseline(watchers);
    await deliberationRoom(watchers);
    const ours = await deliberationRoom(watchers);
    lines.push(
      `Command → broadcast to ${watchers} watchers, ${messagesFor(watchers)} messages, one at a time`,
      row('bare Socket.IO relay', bare),
      row('Deliberation Room (validate+store+fold)', ours),
      `ratio (ours / bare): median ${(ours.median / bare.median).toFixed(2)}×, throughput ${(ours.perSecond / bare.perSecond).toFixed(2)}×`,
    );
  }
  return lines;
}
