import { describe, expect, it } from 'vitest';
import { quorumNeeded, roundQuorum, roundResponses } from './quorum.js';
import { roundCounts, verdict } from './verdict.js';
import { applyAll } from '../room/apply.js';
import type { RoomEvent } from '../model/events.js';
import { emptyState } from '../model/state.js';
import { meetingOnItem } from '../testing/meetingOnItem.js';

const frozenDraft = { text: 'The east lane becomes one-way from May.', textHash: 'f'.repeat(64) };

describe('quorumNeeded', () => {
  it('a count needs exactly that many', () => {
    expect(quorumNeeded({ count: 6 }, null)).toBe(6);
    expect(quorumNeeded({ count: 6 }, 40)).toBe(6);
  });

  it('a share needs that share of those entitled, rounded up, with no floating-point drift', () => {
    expect(quorumNeeded({ share: 2 / 3 }, 30)).toBe(20); // two thirds of the households
    expect(quorumNeeded({ share: 2 / 3 }, 31)).toBe(21);
    expect(quorumNeeded({ share: 0.5 }, 40)).toBe(20);
    expect(quorumNeeded({ share: 0.5 }, 41)).toBe(21);
    expect(quorumNeeded({ share: 0.7 }, 10)).toBe(7); // 0.7 × 10 is 7.000000000000001 in floating point
    expect(quorumNeeded({ share: 1 }, 9)).toBe(9);
    expect(quorumNeeded({ share: 0.01 }, 3)).toBe(1);
  });

  it('"more than" a share needs the next whole number above it (more than half of the adults)', () => {
    expect(quorumNeeded({ share: 0.5, moreThan: true }, 40)).toBe(21);
    expect(quorumNeeded({ share: 0.5, moreThan: true }, 41)).toBe(21);
    expect(quorumNeeded({ share: 0.5, moreThan: true }, 6)).toBe(4);
    expect(quorumNeeded({ share: 2 / 3, moreThan: true }, 30)).toBe(21);
  });

  it('no quorum, or a share with nothing to take it of, needs nothing', () => {
    expect(quorumNeeded(null, 40)).toBeNull();
    expect(quorumNeeded({ share: 0.5 }, null)).toBeNull();
  });
});

describe('verdict with a quorum', () => {
  it('is no_quorum one response short, whatever the levels, and decides at exactly the quorum', () => {
    const short = verdict([0, 0, 0, 0, 0, 3], 'consensus', { of: 'responses', needed: 4, reached: 3, met: false });
    expect(short).toMatchObject({ outcome: 'no_quorum', reason: 'no_quorum' });
    const exact = verdict([0, 0, 0, 0, 0, 4], 'consensus', { of: 'responses', needed: 4, reached: 4, met: true });
    expect(exact).toMatchObject({ outcome: 'adopted', reason: 'met', quorum: { needed: 4, reached: 4 } });
    // A block in a room without quorum: still no quorum first (nothing was decided).
    expect(
      verdict([1, 0, 0, 0, 0, 0], 'consensus', { of: 'responses', needed: 4, reached: 1, met: false }).outcome,
    ).toBe('no_quorum');
  });
});

const meeting = () => meetingOnItem('East lane');

describe('rounds and the quorum (定会纪)', () => {
  it('counts phone ballots and the room’s hands toward the quorum, and closes no_quorum one short', () => {
    const { room, host, ana, bo, itemId } = meeting();
    room.must(host, { type: 'rules.set', eligibleCount: 6, quorum: { share: 0.5, moreThan: true } });
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(ana, { type: 'consensus.vote', roundId, level: 5 });
    const round = () => room.state.rounds[roundId]!;
    expect(roundQuorum(round(), null)).toEqual({ of: 'responses', needed: 4, reached: 1, met: false });
    // "Consensus reached" never shows before the quorum: 1 of 6, all in favour, is no quorum.
    expect(verdict(roundCounts(round()), 'consensus', roundQuorum(round(), null))).toMatchObject({
      reason: 'no_quorum',
    });
    room.must(bo, { type: 'consensus.vote', roundId, level: 4 });
    room.must(host, { type: 'consensus.tally', roundId, counts: { '4': 1 } });
    expect(roundResponses(round())).toEqual({ digital: 2, counted: 1, total: 3 });
    const fork = room.fork();
    fork.must(host, { type: 'consensus.close', roundId });
    expect(fork.state.rounds[roundId]!.result?.outcome).toBe('no_quorum');
    // The recorded decision says so: "not decided".
    fork.must(host, { type: 'decision.record', roundId, statement: 'Not decided: too few present.' });
    expect(Object.values(fork.state.decisions)[0]).toMatchObject({ outcome: 'no_quorum' });

    room.must(host, { type: 'consensus.tally', roundId, counts: { '4': 1, '3': 1 }, confirm: true });
    expect(roundQuorum(round(), null)).toEqual({ of: 'responses', needed: 4, reached: 4, met: true });
    room.must(host, { type: 'consensus.close', roundId });
    expect(round().result?.outcome).toBe('adopted');
  });

  it('a round keeps the quorum it opened with', () => {
    const { room, host, ana, itemId } = meeting();
    room.must(host, { type: 'rules.set', quorum: { count: 2 } });
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(host, { type: 'rules.set', quorum: null });
    room.must(ana, { type: 'consensus.vote', roundId, level: 5 });
    room.must(host, { type: 'consensus.close', roundId });
    expect(room.state.rounds[roundId]).toMatchObject({ quorum: { count: 2 }, result: { outcome: 'no_quorum' } });
  });

  it('refuses a quorum that cannot be reached, and changes nothing', () => {
    const { room, host } = meeting();
    expect(room.refusal(host, { type: 'rules.set', quorum: { share: 0.5 } })).toBe('invalid');
    expect(room.run(host, { type: 'rules.set', quorum: { share: 0.5 } }).decision).toMatchObject({
      error: { reason: 'rules.quorumNeedsEligible' },
    });
    room.must(host, { type: 'rules.set', eligibleCount: 5 });
    expect(room.run(host, { type: 'rules.set', quorum: { count: 6 } }).decision).toMatchObject({
      error: { reason: 'rules.quorumAboveEligible', params: { count: 6, eligible: 5 } },
    });
    expect(room.refusal(host, { type: 'rules.set', quorum: { share: 1, moreThan: true } })).toBe('invalid');
    room.must(host, { type: 'rules.set', quorum: { share: 0.5 } });
    // Clearing the eligible count under a share quorum would leave it with nothing to count against.
    expect(room.refusal(host, { type: 'rules.set', eligibleCount: null })).toBe('invalid');
    expect(room.state.rules).toMatchObject({ eligibleCount: 5, quorum: { share: 0.5 } });
  });
});

describe('rooms recorded before quorums', () => {
  it('still fold: rules without the new fields take the defaults, rounds open without a quorum', () => {
    const old: RoomEvent[] = [
      { type: 'room.created', roomId: 'r', title: 'Old', locale: 'en', seq: 1, at: 1, actor: null },
      {
        type: 'rules.set',
        // The shape of a rules.set recorded before quorums and interests existed.
        rules: {
          speakingLimitSec: 60,
          queuePolicy: 'fifo',
          maxTurnsPerItem: null,
          pointsOfOrder: true,
          decisionRule: 'majority',
        } as never,
        seq: 2,
        at: 2,
        actor: null,
      },
      {
        type: 'agenda.proposed',
        itemId: 'i3',
        title: 'Lane',
        description: '',
        proposedBy: null,
        seq: 3,
        at: 3,
        actor: null,
      },
      {
        type: 'consensus.opened',
        roundId: 'r4',
        itemId: 'i3',
        text: 'x',
        textHash: 'h',
        anonymous: false,
        visibility: 'live',
        rule: 'majority',
        seq: 4,
        at: 4,
        actor: null,
      },
    ];
    const state = applyAll(emptyState('r'), old);
    expect(state.rules).toMatchObject({ decisionRule: 'majority', eligibleCount: null, quorum: null });
    expect(state.rounds['r4']).toMatchObject({ quorum: null, eligibleCount: null });
    expect(roundQuorum(state.rounds['r4']!, null)).toBeNull();
  });
});
