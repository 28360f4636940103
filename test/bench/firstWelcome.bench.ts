/**
 * The first welcome of a room of 50, 500 and 2,000 members (BENCH_WELCOME_MEMBERS): its bytes (the
 * JSON of the message; Socket.IO adds a few characters) against the whole room as one message, which
 * is what every welcome carried before members were paged (and what a relay that sends the room
 * would send), and the bytes and time of the `members` pages that bring the rest, median of 10.
 * A hall whose phones open the link together waits for the first; the pages follow on each phone.
 * Then, in the biggest room, the same with a named round open on a topic and every member's ballot
 * in it (issue 30: the round comes packed, its ballots' levels alone; target ≤ 50 KB).
 */
import { PROTOCOL_VERSION, type MembersAck } from '@dr/shared';
import { connect, connectRaw, createRoom, type CreatedRoom } from '../support/clients.js';
import { roundOn } from '../support/rounds.js';
import { startServer } from '../support/testServer.js';
import { percentile } from './stats.js';

const SIZES = (process.env['BENCH_WELCOME_MEMBERS'] ?? '50,500,2000').split(',').map(Number);
const RUNS = 10;

export async function runFirstWelcomeBench(): Promise<string[]> {
  const lines = ['First welcome: bytes of the first message on a connection, by room size (median of 10)'];
  const biggest = Math.max(...SIZES);
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
      lines.push(
        `  ${String(Object.keys(live.current.members).length).padStart(5)} members: ${await measure(server.url, room, JSON.stringify(live.current).length)}`,
      );
      if (members === biggest) {
        // Every member responds to a named round with live results: the biggest a round's ballots get.
        const { roundId } = await roundOn(
          server.url,
          room,
          chair,
          'Clean the well',
          'The well is cleaned every spring.',
        );
        const ids = Object.keys(live.current.members);
        for (let i = 0; i < ids.length; i += 100) {
          await Promise.all(
            ids
              .slice(i, i + 100)
              .map((memberId, k) =>
                live.dispatch(
                  { role: memberId === chair.welcome.you.memberId ? 'host' : 'participant', memberId },
                  { type: 'consensus.vote', roundId, level: 2 + ((i + k) % 4) },
                ),
              ),
          );
        }
        const ballots = Object.keys(live.current.rounds[roundId]!.ballots).length;
        lines.push(
          `        an open round of ${ballots} ballots (target ≤ 50 KB): ${await measure(server.url, room, JSON.stringify(live.current).length)}`,
        );
      }
      chair.close();
    } finally {
      await server.stop({ removeData: true });
    }
  }
  return lines;
}

/** The first welcome of an observer's socket and the member pages after it, median of `RUNS`, as a line; `whole`: the room's state as JSON. */
async function measure(url: string, room: CreatedRoom, whole: number): Promise<string> {
  const samples: { welcome: number; pages: number; pageCount: number; ms: number }[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const socket = connectRaw(url, {
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
  const median = (pick: (s: (typeof samples)[number]) => number) => percentile(samples.map(pick), 50);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return (
    `first welcome ${kb(median((s) => s.welcome)).padStart(9)}` +
    `   the whole room in one message (before) ${kb(whole).padStart(9)}` +
    `   then ${median((s) => s.pageCount)} members pages, ${kb(median((s) => s.pages))} in ${median((s) => s.ms).toFixed(0)} ms`
  );
}
