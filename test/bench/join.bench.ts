/**
 * Joining a room with a long history: the room loads from its latest snapshot plus the events after
 * it, not by replaying everything. Compared with a full replay of the same events in the same run.
 */
import { applyAll, emptyState } from '@dr/shared';
import { connect, createRoom } from '../support/clients.js';
import { startServer } from '../support/testServer.js';

const EVENTS = Number(process.env['BENCH_HISTORY'] ?? 5000);

export async function runJoinBench(): Promise<string[]> {
  const server = await startServer();
  const room = await createRoom(server.url);
  const member = await connect(server.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Busy' });
  const actor = { role: 'participant' as const, memberId: member.welcome.you.memberId! };
  member.close();
  // Straight into the room's write path (the socket's per-person rate limit would make this slow).
  const live = (await server.app.registry.get(room.roomId))!;
  for (let i = 0; i < EVENTS; i += 2) {
    await live.dispatch(actor, { type: 'queue.raise' });
    await live.dispatch(actor, { type: 'queue.lower' });
  }
  await server.stop();

  // A fresh process state: the room is not in memory, so the first join loads it from the store.
  const restarted = await startServer(server.dataDir);
  const t0 = performance.now();
  const first = await connect(restarted.url, { roomId: room.roomId, token: room.tokens.observer });
  const coldJoin = performance.now() - t0;
  first.close();

  const t1 = performance.now();
  const all = await restarted.store.readEvents(room.roomId, 0);
  const replayed = applyAll(emptyState(room.roomId), all);
  const fullReplay = performance.now() - t1;
  await restarted.stop({ removeData: true });

  return [
    `Cold join of a room with ${replayed.seq} events (snapshot every 100 events)`,
    `  join (snapshot + tail, over the network)  ${coldJoin.toFixed(1)} ms`,
    `  full replay of every event (store read + fold, no network)  ${fullReplay.toFixed(1)} ms`,
  ];
}
