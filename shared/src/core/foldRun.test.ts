/**
 * A fold run grows the round's ballots in place, and must fold exactly what folding each event on
 * its own would: the same state (keys in the same order), the same decisions when each command is
 * decided against the run's state before it (the server's group commit), and never a change to
 * the state the run began from.
 */
import { describe, expect, it } from 'vitest';
import { ballotsFor } from '../consensus/ballotIndex.js';
import type { Command } from '../model/commands.js';
import type { RoomEvent } from '../model/events.js';
import type { Actor } from '../model/ruling.js';
import type { RoomState } from '../model/state.js';
import { apply, applyAll } from '../room/apply.js';
import { decide } from '../room/decide.js';
import { foldSafely } from '../room/foldSafely.js';
import { RoomHarness } from '../testing/roomHarness.js';
import { FoldRun } from './foldRun.js';

const frozenDraft = { text: 'The east lane becomes one-way from May.', textHash: 'f'.repeat(64) };

/** A round open with 40 members; Bo holds Dai's proxy. Then everyone votes, some twice, Bo also for Dai. */
function burst(anonymous: boolean) {
  const room = new RoomHarness();
  const host = room.join('Chair', 'host', 'in_room');
  const bo = room.join('Bo');
  const dai = room.seat('m900', 'Dai');
  room.must(host, { type: 'rules.set', proxies: true });
  room.must(host, { type: 'proxy.grant', principalId: dai.memberId!, holderId: bo.memberId! });
  const residents = Array.from({ length: 40 }, (_, i) => room.join(`Resident ${i}`));
  const itemId = room.must(host, { type: 'agenda.propose', title: 'East lane' });
  room.must(host, { type: 'room.setPhase', phase: 'in_session' });
  const roundId = room.must(host, { type: 'consensus.open', itemId, anonymous }, { frozenDraft });
  const vote = (level: number, forMemberId?: string): Command => ({
    type: 'consensus.vote',
    roundId,
    level,
    ...(level < 2 ? { reason: 'Too narrow' } : {}),
    ...(forMemberId ? { forMemberId } : {}),
  });
  const commands: [Actor, Command][] = [
    [bo, vote(3)],
    [bo, vote(5, dai.memberId!)],
    ...residents.map((r, i): [Actor, Command] => [r, vote(2 + (i % 4))]),
    // Changed minds, in the same burst: the same ballot again, not a second one.
    [residents[3]!, vote(1)],
    [bo, vote(4, dai.memberId!)],
    [residents[3]!, vote(5)],
    [host, vote(4)],
  ];
  return { room, roundId, commands };
}

/** The server's group commit: each command decided against the run's state so far, folded in the run. */
function decideInOneRun(start: RoomState, commands: readonly [Actor, Command][], now: number) {
  const run = new FoldRun();
  let state = start;
  const ids: string[] = [];
  for (const [actor, command] of commands) {
    const decision = decide(state, actor, command, now, {});
    if (!decision.ok) throw new Error(decision.error.message);
    ids.push(decision.id ?? '');
    const events = decision.events.map((b, i): RoomEvent => ({
      ...b,
      seq: state.seq + i + 1,
      at: now,
      actor: actor.memberId,
    }));
    state = applyAll(state, events, run);
  }
  return { state, ids };
}

describe.each([false, true])('a fold run (anonymous round: %s)', (anonymous) => {
  it('decides and folds a burst as one command after another would, leaving the start as it was', () => {
    const { room, roundId, commands } = burst(anonymous);
    const start = room.state;
    const before = JSON.stringify(start);
    const inRun = decideInOneRun(start, commands, room.now);
    const oneByOne = commands.map(([actor, command]) => room.must(actor, command));
    expect(JSON.stringify(start)).toBe(before);
    expect(inRun.ids).toEqual(oneByOne);
    expect(JSON.stringify(inRun.state)).toBe(JSON.stringify(room.state));
    const ballots = inRun.state.rounds[roundId]!.ballots;
    expect(Object.keys(ballots)).toHaveLength(43); // 40 residents, Bo, Dai by proxy, the chair
    for (const memberId of Object.keys(room.state.members))
      expect(ballotsFor(ballots, memberId)).toEqual(Object.entries(ballots).filter(([, b]) => b.memberId === memberId));
  });

  it('folds a message of votes as `apply` one by one does, and changes nothing it was given', () => {
    const { room, commands } = burst(anonymous);
    const start = room.state;
    const events = commands.flatMap(([actor, command]) => room.run(actor, command).events);
    const before = JSON.stringify(start);
    const oneByOne = events.reduce(apply, start);
    expect(JSON.stringify(applyAll(start, events))).toBe(JSON.stringify(oneByOne));
    expect(JSON.stringify(foldSafely(start, events, () => undefined))).toBe(JSON.stringify(oneByOne));
    // Folded again from the same start: the first run changed nothing the second one reads.
    expect(JSON.stringify(applyAll(start, events))).toBe(JSON.stringify(oneByOne));
    expect(JSON.stringify(start)).toBe(before);
  });
});

describe('FoldRun.set', () => {
  it('copies a record it did not make, then grows its copy; a key like __proto__ is an entry', () => {
    const run = new FoldRun();
    const given: Record<string, number> = { a: 1 };
    const first = run.set(given, 'b', 2);
    expect(first).not.toBe(given);
    expect(given).toEqual({ a: 1 });
    expect(run.set(first, '__proto__', 3)).toBe(first);
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect(Object.keys(first)).toEqual(['a', 'b', '__proto__']);
  });
});
