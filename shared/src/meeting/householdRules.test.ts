import { describe, expect, it } from 'vitest';
import { RoomHarness } from '../testing/roomHarness.js';
import { unitsAmong } from './householdRules.js';
import { currentMembers } from '../model/state.js';

const frozenDraft = { text: 'The well is cleaned every spring.', textHash: 'e'.repeat(64) };

/** Two households of two (Ana and Bo in No. 3, Cai and Dai in No. 5) and Eve without a label. */
function meeting(unit: 'people' | 'households' = 'households') {
  const room = new RoomHarness();
  const host = room.join('Chair', 'host', 'in_room');
  const [ana, bo, cai, dai, eve] = ['Ana', 'Bo', 'Cai', 'Dai', 'Eve'].map((n) => room.join(n));
  for (const [m, h] of [
    [ana, 'No. 3'],
    [bo, 'No. 3'],
    [cai, 'No. 5'],
    [dai, 'No. 5'],
  ] as const) {
    room.must(host, { type: 'member.setHousehold', memberId: m!.memberId!, household: h });
  }
  room.must(host, { type: 'rules.set', eligibleCount: { count: 40, unit } });
  const itemId = room.must(host, { type: 'agenda.propose', title: 'The well' });
  room.must(host, { type: 'room.setPhase', phase: 'in_session' });
  const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
  return { room, host, ana: ana!, bo: bo!, cai: cai!, dai: dai!, eve: eve!, roundId };
}

describe('households (户)', () => {
  it('eligibleCount says whether it counts people or households', () => {
    const { room } = meeting();
    expect(room.state.rules).toMatchObject({ eligibleCount: 40, eligibleUnit: 'households' });
    // Six members (the host has no label): No. 3, No. 5, Eve and the host.
    expect(unitsAmong(room.state, currentMembers(room.state))).toBe(4);
  });

  it('one household votes once: a second member’s ballot is refused with the household named', () => {
    const { room, host, ana, bo, cai, eve, roundId } = meeting();
    room.must(ana, { type: 'consensus.vote', roundId, level: 5 });
    const { decision } = room.run(bo, { type: 'consensus.vote', roundId, level: 0, reason: 'No' });
    expect(decision).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'round.householdVoted', params: { household: 'No. 3' } },
    });
    // Ana may change her own.
    room.must(ana, { type: 'consensus.vote', roundId, level: 4 });
    room.must(cai, { type: 'consensus.vote', roundId, level: 3 });
    room.must(eve, { type: 'consensus.vote', roundId, level: 4 });
    room.must(host, { type: 'consensus.close', roundId });
    expect(room.state.rounds[roundId]!.result!.counts).toEqual([0, 0, 0, 1, 2, 0]);
  });

  it('counting people, members of one household each vote', () => {
    const { room, ana, bo, roundId } = meeting('people');
    room.must(ana, { type: 'consensus.vote', roundId, level: 5 });
    room.must(bo, { type: 'consensus.vote', roundId, level: 5 });
  });

  it('a household set after both voted counts its first ballot only', () => {
    const { room, host, eve, ana, roundId } = meeting();
    room.must(eve, { type: 'consensus.vote', roundId, level: 1, reason: 'Costly' });
    room.must(ana, { type: 'consensus.vote', roundId, level: 5 });
    room.must(host, { type: 'member.setHousehold', memberId: ana.memberId!, household: null });
    room.must(host, { type: 'member.setHousehold', memberId: eve.memberId!, household: 'No. 3' });
    room.must(host, { type: 'member.setHousehold', memberId: ana.memberId!, household: 'No. 3' });
    room.must(host, { type: 'consensus.close', roundId });
    expect(room.state.rounds[roundId]!.result!.counts).toEqual([0, 1, 0, 0, 0, 0]);
  });

  it('the household’s representative (户代表, from the roster) speaks for it, before or after another member', () => {
    const { room, host, cai, roundId } = meeting();
    const head = room.seat('m-head', 'Head of No. 5', 'participant', { household: 'No. 5', representative: true });
    const other = room.seat('m-son', 'Son of No. 7', 'participant', { household: 'No. 7' });
    const rep7 = room.seat('m-rep7', 'Head of No. 7', 'participant', { household: 'No. 7', representative: true });
    // Cai (No. 5) votes first; the representative still may, and theirs is the household's ballot.
    room.must(cai, { type: 'consensus.vote', roundId, level: 0, reason: 'No' });
    room.must(head, { type: 'consensus.vote', roundId, level: 5 });
    // Once the representative of No. 7 has voted, another member of No. 7 may not.
    room.must(rep7, { type: 'consensus.vote', roundId, level: 4 });
    expect(room.refusal(other, { type: 'consensus.vote', roundId, level: 1, reason: 'Costly' })).toBe('conflict');
    room.must(host, { type: 'consensus.close', roundId });
    expect(room.state.rounds[roundId]!.result!.counts).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it('is set by the host only, on a current member, and shown on the member', () => {
    const { room, ana, bo } = meeting();
    expect(room.refusal(ana, { type: 'member.setHousehold', memberId: bo.memberId!, household: 'x' })).toBe(
      'forbidden',
    );
    expect(room.state.members[ana.memberId!]!.household).toBe('No. 3');
  });

  it('the host adds someone without a phone with their household', () => {
    const { room, host } = meeting();
    const elder = room.must(host, { type: 'member.addInRoom', name: 'Grandpa Liu', household: 'No. 9' });
    expect(room.state.members[elder]!.household).toBe('No. 9');
  });
});
