import { describe, expect, it } from 'vitest';
import { roundResponses } from '../consensus/quorum.js';
import { roundCounts } from '../consensus/verdict.js';
import type { Actor } from '../model/ruling.js';
import type { RoomState } from '../model/state.js';
import { RoomHarness } from '../testing/roomHarness.js';
import { applyAll } from './apply.js';
import { presentEvents, presentState } from './redaction.js';
import { packRounds, unpackRounds } from './welcomeRounds.js';

const frozenDraft = { text: 'The well is cleaned every spring.', textHash: 'e'.repeat(64) };
/** Packed beyond this many ballots here (the room's limit is `LIMITS.welcomeBallots`). */
const LIMIT = 3;

/** A host and six voters; a round open with `options`, and five of them responded. */
function votedRound(options: { anonymous?: boolean; visibility?: 'live' | 'afterClose' } = {}) {
  const room = new RoomHarness();
  const host = room.join('Chair', 'host');
  const voters = ['Ana', 'Bo', 'Cai', 'Dai', 'Eve', 'Fu'].map((n) => room.join(n)) as Actor[];
  const itemId = room.must(host, { type: 'agenda.propose', title: 'The well' });
  const roundId = room.must(host, { type: 'consensus.open', itemId, ...options }, { frozenDraft });
  room.must(voters[0]!, { type: 'consensus.vote', roundId, level: 4 });
  room.must(voters[1]!, { type: 'consensus.vote', roundId, level: 5 });
  room.must(voters[2]!, { type: 'consensus.vote', roundId, level: 0, reason: 'The pump is broken.' });
  room.must(voters[3]!, { type: 'consensus.vote', roundId, level: 3 });
  room.must(voters[4]!, { type: 'consensus.vote', roundId, level: 4 });
  return { room, host, voters, roundId };
}

/** What a phone holds after a welcome: the presented state, packed by the server and unpacked by the phone. */
function welcomed(state: RoomState): RoomState {
  return unpackRounds(JSON.parse(JSON.stringify(packRounds(presentState(state), LIMIT))) as RoomState);
}

describe('a big round in a welcome', () => {
  it('carries each ballot as its level, whole only the one with a reason, and counts the same', () => {
    const { room, roundId } = votedRound();
    const packed = packRounds(presentState(room.state), LIMIT).rounds[roundId]!;
    expect(Object.keys(packed.ballots)).toHaveLength(1); // the block, with its reason and who gave it
    expect(Object.values(packed.levels!).sort()).toEqual([3, 4, 4, 5]);
    const round = welcomed(room.state).rounds[roundId]!;
    const shown = presentState(room.state).rounds[roundId]!;
    expect(roundCounts(round)).toEqual(roundCounts(shown));
    expect(roundResponses(round)).toEqual(roundResponses(shown));
  });

  it('keeps the count exact as votes change and come after it', () => {
    const { room, voters, roundId } = votedRound();
    let phone = welcomed(room.state);
    for (const [voter, level] of [
      [voters[0]!, 1],
      [voters[5]!, 2],
      [voters[3]!, 5],
    ] as const) {
      const { events } = room.run(voter, { type: 'consensus.vote', roundId, level, reason: 'Fix the pump first.' });
      phone = applyAll(phone, presentEvents(events, room.state));
    }
    expect(roundCounts(phone.rounds[roundId]!)).toEqual(roundCounts(room.state.rounds[roundId]!));
    expect(roundResponses(phone.rounds[roundId]!)).toEqual({ digital: 6, counted: 0, total: 6 });
  });

  it('never says who voted what in an anonymous round, nor a hidden level', () => {
    const { room, roundId } = votedRound({ anonymous: true, visibility: 'afterClose' });
    const json = JSON.stringify(packRounds(presentState(room.state), LIMIT).rounds[roundId]);
    for (const member of Object.keys(room.state.members)) expect(json).not.toContain(`"${member}"`);
    for (const level of [0, 3, 4, 5]) expect(json).not.toContain(`:${level}`);
    expect(roundResponses(welcomed(room.state).rounds[roundId]!).total).toBe(5);
  });

  it('leaves out a closed round’s ballots, whose result says it all, and leaves a small round as it is', () => {
    const { room, host, roundId } = votedRound();
    room.must(host, { type: 'consensus.close', roundId });
    const closed = welcomed(room.state).rounds[roundId]!;
    expect(closed.ballots).toEqual({});
    expect(closed.result).toEqual(room.state.rounds[roundId]!.result);
    expect(roundResponses(closed).total).toBe(5);
    const small = presentState(room.state);
    expect(packRounds(small, 10)).toBe(small);
  });
});
