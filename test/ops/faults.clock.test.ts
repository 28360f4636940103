/**
 * The wall clock of a node steps by minutes mid-meeting (issue 27, "Faults": an NTP jump, through the
 * server's injectable wall clock): a speaker's countdown and spoken time stay right, every screen
 * (welcomed before or after the step) counts from the same times, and event times keep the event order.
 */
import { speakerClock, type RoomEvent } from '@dr/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, createRoom, ok, type TestClient } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const MINUTES = 60_000;
let step = 0;
const suite = serverSuite({ server: { wallClock: () => Date.now() + step } });
const clients: TestClient[] = [];
afterAll(() => {
  for (const client of clients) client.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One turn: Ana raises her hand, the host gives her the floor; `during` runs while she speaks. */
async function timedTurn(host: TestClient, ana: TestClient, during: () => Promise<void>) {
  await ok(ana, { type: 'queue.raise' });
  const given = await host.command({ type: 'queue.next', turnId: null });
  if (!given.ok) throw new Error(given.error.message);
  const started = performance.now();
  await during();
  const held = performance.now() - started; // she spoke at least this long, by a clock that never steps
  const ended = await host.command({ type: 'speaker.end', turnId: given.seq });
  if (!ended.ok) throw new Error(ended.error.message);
  const turn = (await host.waitForEvent((e) => e.seq === ended.seq)) as RoomEvent;
  return { turnId: given.seq, endSeq: turn.seq, held };
}

describe('a wall clock stepped by minutes on the node', () => {
  it('keeps countdowns, spoken time and event order right, backwards and forwards', async () => {
    const server = suite.server;
    const room = await createRoom(server.url, 'Clock check', 'en');
    const host = await connect(server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
    const ana = await connect(server.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Ana' });
    clients.push(host, ana);
    await ok(host, { type: 'rules.set', speakingLimitSec: 120 });

    for (const jump of [-10 * MINUTES, +10 * MINUTES]) {
      let late: TestClient | undefined;
      const turn = await timedTurn(host, ana, async () => {
        await pause(200);
        step += jump; // NTP steps the node's clock while Ana speaks
        await pause(200);
        // A screen opened after the step counts down from the same start as the others.
        late = await connect(server.url, { roomId: room.roomId, token: room.tokens.observer });
        clients.push(late);
        const speaker = late.welcome.state.speaker;
        expect(speaker).not.toBeNull();
        const shown = speakerClock(speaker!, late.welcome.serverTime);
        expect(shown.elapsedMs).toBeGreaterThanOrEqual(400 * 0.99);
        expect(shown.remainingMs!).toBeGreaterThan(120_000 - MINUTES); // not 10 minutes in overtime
      });
      // The spoken time is what passed, not the step.
      const stored = await server.store.readEvents(room.roomId, 0);
      const started = stored.find((e) => e.seq === turn.turnId)!;
      const ended = stored.find((e) => e.seq === turn.endSeq)!;
      const spoken = ended.at - started.at;
      expect(spoken).toBeGreaterThanOrEqual(turn.held * (1 - 0.01));
      expect(spoken).toBeLessThan(MINUTES);
    }

    // Event order: seqs without gaps, times never going backwards, across both steps.
    const events = await server.store.readEvents(room.roomId, 0);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    for (let i = 1; i < events.length; i += 1) expect(events[i]!.at).toBeGreaterThanOrEqual(events[i - 1]!.at);
  });
});
