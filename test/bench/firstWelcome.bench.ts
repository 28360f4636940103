/**
 * The first welcome of a room of 50, 500 and 2,000 members (BENCH_WELCOME_MEMBERS): its bytes (the
 * JSON of the message; Socket.IO adds a few characters) against the whole room as one message, which
 * is what every welcome carried before members were paged (and what a relay that sends the room
 * would send), and the bytes and time of the `members` pages that bring the rest, median of 10.
 * A hall whose phones open the link together waits for the first; the pages follow on each phone.
 */
import { PROTOCOL_VERSION, type MembersAck } from '@dr/shared';
import { connect, connectRaw, createRoom } from '../support/clients.js';
import { startServer } from '../support/testServer.js';
import { percentile } from './stats.js';

const SIZES = (process.env['BENCH_WELCOME_MEMBERS'] ?? '50,500,2000').split(',').map(Number);
const RUNS = 10;

export async function runFirstWelcomeBench(): Promise<string[]> {
  const lines = ['First welcome: bytes of the first message on a connection, by room size (median of 10)'];
  for (const members of SIZES) {
    const server = await startServer();
    try {
      const room = await createRoom(server.url);
      const live = (await server.app.registry.get(room.roomId))!;
      const host = { role: 'host' as const, memberId: null };
      for (let i = 1; i < members; i += 100) {
        await Promise.all(
          Array.from({ length: Math.min(100, members - i) }, (_, k) =>
            live.dispatch(host, { type: 'member.addInRoom', name: `居民 ${i + k}`, group: '村民' }),
          ),
        );
      }
      // The members are the host who opened it (below) and the residents added above.
      const chair = await connect(server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
      const whole = JSON.stringify(live.current).length;
      const samples: { welcome: number; pages: number; pageCount: number; ms: number }[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const socket = connectRaw(server.url, {
          roomId: room.roomId,
          token: room.tokens.observer,
          protocolVersion: PROTOCOL_VERSION,
        });
        const welcome = await new Promise<Record<string, unknown>>((resolve) => socket.once('welcome', resolve));
        const t0 = performance.now();
        let pages = 0;
        let pageCount = 0;
        let from: number | null = welcome['memberCount'] === undefined ? null : 0;
        while (from !== null) {
          const ack = (await socket.emitWithAck('members', { from })) as MembersAck;
          if (!ack.ok) throw new Error(ack.error.message);
          pages += JSON.stringify(ack).length;
          pageCount += 1;
          from = ack.next;
        }
        samples.push({ welcome: JSON.stringify(welcome).length, pages, pageCount, ms: performance.now() - t0 });
        socket.close();
      }
      chair.close();
      const median = (pick: (s: (typeof samples)[number]) => number) => percentile(samples.map(pick), 50);
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      lines.push(
        `  ${String(Object.keys(live.current.members).length).padStart(5)} members: first welcome ${kb(median((s) => s.welcome)).padStart(9)}` +
          `   the whole room in one message (before) ${kb(whole).padStart(9)}` +
          `   then ${median((s) => s.pageCount)} members pages, ${kb(median((s) => s.pages))} in ${median((s) => s.ms).toFixed(0)} ms`,
      );
    } finally {
      await server.stop({ removeData: true });
    }
  }
  return lines;
}
