/**
 * A phone coming back after a Wi-Fi drop, in a hall of 2,000 members (BENCH_RECONNECT_MEMBERS)
 * where 20 things happened meanwhile: what it is sent with a whole welcome (the room's state)
 * against a resumed one (`auth.resume`: a welcome without state, then one `sync`). Bytes are the
 * JSON of the messages (Socket.IO adds a few characters to each); times from connect to a state
 * that is up to date, median of 20.
 */
import { PROTOCOL_VERSION, STATE_VERSION, type RoomEvent, type SyncAck } from '@dr/shared';
import { connect, connectRaw, createRoom } from '../support/clients.js';
import { startServer } from '../support/testServer.js';
import { percentile } from './stats.js';

const MEMBERS = Number(process.env['BENCH_RECONNECT_MEMBERS'] ?? 2000);
const MISSED = 20;
const RUNS = 20;

export async function runReconnectBench(): Promise<string[]> {
  const server = await startServer();
  try {
    const room = await createRoom(server.url);
    // Straight into the room's write path, 100 at a time (the socket's rate limit would make this slow).
    const live = (await server.app.registry.get(room.roomId))!;
    const host = { role: 'host' as const, memberId: null };
    const ids: string[] = [];
    for (let i = 0; i < MEMBERS; i += 100) {
      const acks = await Promise.all(
        Array.from({ length: Math.min(100, MEMBERS - i) }, (_, k) =>
          live.dispatch(host, { type: 'member.addInRoom', name: `居民 ${i + k + 1}`, group: '村民' }),
        ),
      );
      for (const ack of acks) if (ack.ok && ack.id) ids.push(ack.id);
    }
    const auth = { roomId: room.roomId, token: room.tokens.observer, protocolVersion: PROTOCOL_VERSION };
    const whole: { bytes: number; ms: number }[] = [];
    const resumed: { bytes: number; ms: number }[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const before = await connect(server.url, auth);
      const seq = before.welcome.seq;
      const at = before.welcome.state.updatedAt;
      before.close();
      for (let k = 0; k < MISSED / 2; k += 1) {
        const memberId = ids[(run * MISSED + k) % ids.length]!;
        await live.dispatch(host, { type: 'queue.raise', memberId });
        await live.dispatch(host, { type: 'queue.lower', memberId });
      }
      whole.push(await measure({ ...auth }, null));
      resumed.push(await measure({ ...auth, resume: { seq, at, stateVersion: STATE_VERSION } }, seq));
    }
    const line = (label: string, samples: { bytes: number; ms: number }[]) =>
      `  ${label.padEnd(30)} ${(
        percentile(
          samples.map((s) => s.bytes),
          50,
        ) / 1024
      )
        .toFixed(1)
        .padStart(7)} KB   ${percentile(
        samples.map((s) => s.ms),
        50,
      )
        .toFixed(1)
        .padStart(6)} ms`;
    return [
      `A phone reconnecting to a room of ${MEMBERS} members after ${MISSED} events (median of ${RUNS})`,
      line('whole welcome', whole),
      line('resumed welcome + one sync', resumed),
    ];
  } finally {
    await server.stop({ removeData: true });
  }

  /** Connects and brings a state up to date: from the welcome alone, or by a sync after a resumed one. */
  async function measure(auth: Record<string, unknown>, from: number | null): Promise<{ bytes: number; ms: number }> {
    const t0 = performance.now();
    const socket = connectRaw(server.url, auth);
    const welcome = await new Promise<Record<string, unknown>>((resolve) => socket.once('welcome', resolve));
    let bytes = JSON.stringify(welcome).length;
    if (from !== null) {
      if (welcome['resumed'] !== true) throw new Error('the server did not resume');
      const ack = (await socket.emitWithAck('sync', { afterSeq: from })) as SyncAck;
      if (!ack.ok || (ack.events as RoomEvent[]).length !== MISSED)
        throw new Error('the sync did not bring what was missed');
      bytes += JSON.stringify(ack).length;
    }
    const ms = performance.now() - t0;
    socket.close();
    return { bytes, ms };
  }
}
