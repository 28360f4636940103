/**
 * A big round in a welcome (issue 30): a round of more than `LIMITS.welcomeBallots` ballots comes
 * packed, each ballot as its level alone, and a client that unpacks it and folds the events after it
 * counts exactly what the server counts, through changed and new votes; a big room's welcome says who
 * is present (`state.roll`) without its members. Through the real server and sockets.
 */
import {
  LIMITS,
  applyAll,
  attendanceNow,
  presentState,
  roundCounts,
  roundResponses,
  unpackRounds,
  type RoomState,
  type WelcomeState,
} from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { connect, createRoom, ok } from '../support/clients.js';
import { roundOn } from '../support/rounds.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
const VOTERS = LIMITS.welcomeBallots + 20;

describe('a big round in a welcome', () => {
  it('comes packed, and a client keeps the server’s count from it', async () => {
    const room = await createRoom(suite.url);
    const live = (await suite.server.app.registry.get(room.roomId))!;
    const host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
    const ids: string[] = [];
    for (let i = 0; i < VOTERS; i += 50) {
      const added = await Promise.all(
        Array.from({ length: Math.min(50, VOTERS - i) }, (_, k) =>
          live.dispatch({ role: 'host', memberId: null }, { type: 'member.addInRoom', name: `居民 ${i + k + 1}` }),
        ),
      );
      ids.push(...added.map((ack) => (ack.ok ? ack.id! : '')));
    }
    const { roundId } = await roundOn(suite.url, room, host, 'Clean the well', 'The well is cleaned every spring.');
    const vote = (memberId: string, level: number, reason?: string) =>
      live.dispatch({ role: 'participant', memberId }, { type: 'consensus.vote', roundId, level, reason });
    await Promise.all(ids.map((id, i) => vote(id, 2 + (i % 4))));
    await vote(ids[0]!, 0, 'The pump is broken.');

    const watcher = await connect(suite.url, { roomId: room.roomId, token: room.tokens.observer });
    const welcomed = watcher.welcome.state as unknown as WelcomeState;
    const packed = welcomed.rounds[roundId]!;
    expect(Object.keys(packed.ballots)).toHaveLength(1); // the block, with its reason
    expect(Object.keys(packed.levels!)).toHaveLength(VOTERS - 1);
    // Who is present, without the members: the chair and every resident.
    expect(Object.keys(welcomed.members).length).toBeLessThanOrEqual(LIMITS.welcomeMembers);
    expect(attendanceNow(welcomed).present).toBe(VOTERS + 1);

    // Votes change and come after the welcome: the client's count follows the server's.
    const seq = watcher.welcome.seq;
    await vote(ids[1]!, 5);
    await vote(ids[2]!, 1, 'Fix the pump first.');
    await ok(host, { type: 'consensus.vote', roundId, level: 4 });
    const last = live.current.seq;
    await watcher.waitForEvent((e) => e.seq === last);
    const client: RoomState = applyAll(
      { ...unpackRounds(welcomed), seq },
      watcher.received.filter((e) => e.seq > seq),
    );
    const server = presentState(live.current).rounds[roundId]!;
    expect(roundCounts(client.rounds[roundId]!)).toEqual(roundCounts(server));
    expect(roundResponses(client.rounds[roundId]!)).toEqual({ digital: VOTERS + 1, counted: 0, total: VOTERS + 1 });
    watcher.close();
    host.close();
  });
});
