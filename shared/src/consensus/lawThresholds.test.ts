/**
 * The law's thresholds (issue 24), each worked case of the table and its mirror: a quorum of
 * attendance, a majority of those present, two thirds of all eligible (村民委员会组织法 art. 22,
 * art. 25–26; 农村土地承包法 art. 19).
 */
import { describe, expect, it } from 'vitest';
import type { RulePreset } from '../core/vocabulary.js';
import type { Command } from '../model/commands.js';
import { RoomHarness } from '../testing/roomHarness.js';
import { roundVerdict } from './verdict.js';
import { attendanceNow } from '../meeting/attendance.js';
import { competence } from './competence.js';

const frozenDraft = { text: 'Repair the east lane.\n\nThe fund pays half.', textHash: 'f'.repeat(64) };

/**
 * A meeting whose host is in the hall with `hall` more people counted without an entry, under
 * `preset` with `eligible` entitled; one round open on one item. Hands are counted by the host.
 */
function meeting(
  preset: RulePreset,
  eligible: number,
  hall: number,
  category: Command & { type: 'agenda.propose' } = { type: 'agenda.propose', title: 'East lane' },
) {
  const room = new RoomHarness();
  const host = room.join('Chair', 'host', 'in_room');
  room.must(host, { type: 'rules.set', eligibleCount: eligible, preset });
  room.must(host, { type: 'attendance.setHeadcount', count: hall });
  const itemId = room.must(host, category);
  room.must(host, { type: 'agenda.activate', itemId });
  const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
  const hands = (support: number, against: number) =>
    room.must(host, { type: 'consensus.tally', roundId, counts: { '4': support, '2': against } });
  const close = () => {
    room.must(host, { type: 'consensus.close', roundId });
    return room.state.rounds[roundId]!;
  };
  return { room, host, itemId, roundId, hands, close };
}

describe('村民会议 (villagersMeeting, art. 22): quorum of attendance, more than half of those present', () => {
  it('120 adults, 61 attend, 40 respond, 21 support: validly held, not adopted (needs 31)', () => {
    const { hands, close } = meeting('villagersMeeting', 120, 60); // the host + 60 in the hall = 61
    hands(21, 19);
    const round = close();
    expect(round.result).toMatchObject({
      outcome: 'not_adopted',
      attendance: { members: 1, headcount: 60, present: 61 },
    });
    const v = roundVerdict(round, { members: 0, headcount: 0, present: 0 });
    expect(v.quorum).toEqual({ of: 'present', needed: 61, reached: 61, met: true });
    expect(v.share).toEqual({ of: 'present', denominator: 61, needed: 31, inFavour: 21 });
    expect(v.reason).toBe('below_threshold');
  });

  it('mirror: 31 of the 61 present support it: adopted', () => {
    const { hands, close } = meeting('villagersMeeting', 120, 60);
    hands(31, 9);
    expect(close().result?.outcome).toBe('adopted');
  });

  it('mirror: 30 of 61 is not more than half; 60 attend is no quorum, however many support', () => {
    const short = meeting('villagersMeeting', 120, 60);
    short.hands(30, 10);
    expect(short.close().result?.outcome).toBe('not_adopted');
    const few = meeting('villagersMeeting', 120, 59); // 60 present: not more than half of 120
    few.hands(55, 0);
    expect(few.close().result?.outcome).toBe('no_quorum');
  });

  it('the quorum is attendance: 40 responses of 61 present decide; a quorum over responses would not', () => {
    const law = meeting('villagersMeeting', 120, 60);
    law.hands(35, 5);
    expect(law.close().result?.outcome).toBe('adopted');
    // The same meeting with the quorum written over responses says no quorum: wrong, as the law reads.
    const old = meeting('custom', 120, 60);
    old.room.must(old.host, { type: 'rules.set', quorum: { share: 0.5, moreThan: true }, quorumOf: 'responses' });
    const roundId = old.room.must(
      old.host,
      { type: 'consensus.open', itemId: old.room.must(old.host, { type: 'agenda.propose', title: 'Again' }) },
      { frozenDraft },
    );
    old.room.must(old.host, { type: 'consensus.tally', roundId, counts: { '4': 35, '2': 5 } });
    old.room.must(old.host, { type: 'consensus.close', roundId });
    expect(old.room.state.rounds[roundId]!.result?.outcome).toBe('no_quorum');
  });
});

describe('村民代表会议 (representativesMeeting, art. 25–26): at least two thirds present, more than half of them', () => {
  it('30 representatives, 20 present (two thirds, exactly), 11 support: adopted; 10: not', () => {
    const yes = meeting('representativesMeeting', 30, 19);
    yes.hands(11, 9);
    expect(yes.close().result?.outcome).toBe('adopted');
    const no = meeting('representativesMeeting', 30, 19);
    no.hands(10, 10);
    expect(no.close().result?.outcome).toBe('not_adopted');
  });

  it('mirror: 19 of 30 present is no quorum', () => {
    const few = meeting('representativesMeeting', 30, 18);
    few.hands(19, 0);
    expect(few.close().result?.outcome).toBe('no_quorum');
  });
});

describe('土地承包方案 (landContracting, 农村土地承包法 art. 19): two thirds of all eligible', () => {
  it('90 members, 70 vote, 48 support: not adopted (needs 60 of 90, not ⅔ of 70)', () => {
    const { hands, close } = meeting('landContracting', 90, 69);
    hands(48, 22);
    const round = close();
    expect(round.result?.outcome).toBe('not_adopted');
    expect(roundVerdict(round, round.result!.attendance!).share).toEqual({
      of: 'eligible',
      denominator: 90,
      needed: 60,
      inFavour: 48,
    });
  });

  it('mirror: 60 of 90 support it (exactly two thirds, 以上 includes it): adopted; 59: not', () => {
    const yes = meeting('landContracting', 90, 69);
    yes.hands(60, 10);
    expect(yes.close().result?.outcome).toBe('adopted');
    const no = meeting('landContracting', 90, 69);
    no.hands(59, 11);
    expect(no.close().result?.outcome).toBe('not_adopted');
  });

  it('a topic of the land-contracting category forces it, whatever the room’s preset', () => {
    const land = meeting('villagersMeeting', 90, 69, {
      type: 'agenda.propose',
      title: 'Contracting plan 2027',
      category: 'landContracting',
    });
    expect(land.room.state.rounds[land.roundId]).toMatchObject({
      preset: 'landContracting',
      rule: 'supermajority',
      majorityOf: 'eligible',
    });
    land.hands(48, 22); // more than half of the 70 present, but not two thirds of the 90
    expect(land.close().result?.outcome).toBe('not_adopted');
  });

  it('refuses to open a land plan without the number of eligible', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host', 'in_room');
    const itemId = room.must(host, { type: 'agenda.propose', title: 'Plan', category: 'landContracting' });
    expect(room.run(host, { type: 'consensus.open', itemId }, { frozenDraft }).decision).toMatchObject({
      error: { reason: 'round.needsEligible' },
    });
  });
});

describe('attendance: the figure at the close is the one the round uses and keeps', () => {
  it('a member the host marks departed is not present; the closed round keeps its figure after later counts', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host', 'in_room');
    const ana = room.join('Ana');
    const bo = room.join('Bo');
    room.must(host, { type: 'rules.set', eligibleCount: 5, preset: 'villagersMeeting' });
    expect(attendanceNow(room.state)).toEqual({ members: 3, headcount: 0, present: 3 });
    const itemId = room.must(host, { type: 'agenda.propose', title: 'Lane' });
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(ana, { type: 'consensus.vote', roundId, level: 4 });
    room.must(bo, { type: 'consensus.vote', roundId, level: 4 });
    room.must(host, { type: 'attendance.markDeparted', memberId: bo.memberId! });
    expect(room.refusal(host, { type: 'attendance.markDeparted', memberId: bo.memberId! })).toBe('conflict');
    expect(attendanceNow(room.state).present).toBe(2); // 2 of 5 is no quorum
    room.must(host, { type: 'attendance.setHeadcount', count: 1 });
    room.must(host, { type: 'consensus.close', roundId });
    const round = room.state.rounds[roundId]!;
    expect(round.result).toMatchObject({ outcome: 'adopted', attendance: { members: 2, headcount: 1, present: 3 } });
    room.must(host, { type: 'attendance.setHeadcount', count: 40 });
    expect(roundVerdict(round, attendanceNow(room.state)).quorum).toMatchObject({ reached: 3 });
    expect(room.state.headcount).toMatchObject({ count: 40, countedAt: expect.any(Number) });
  });

  it('a departed member who acts again is back; the host can mark it too', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host', 'in_room');
    const ana = room.join('Ana');
    room.must(host, { type: 'attendance.markDeparted', memberId: ana.memberId! });
    expect(room.state.members[ana.memberId!]!.departedAt).not.toBeNull();
    room.must(ana, { type: 'queue.raise' });
    expect(room.state.members[ana.memberId!]!.departedAt).toBeNull();
    room.must(host, { type: 'attendance.markDeparted', memberId: ana.memberId! });
    room.must(host, { type: 'attendance.markReturned', memberId: ana.memberId! });
    expect(room.refusal(host, { type: 'attendance.markReturned', memberId: ana.memberId! })).toBe('conflict');
    expect(room.refusal(ana, { type: 'attendance.setHeadcount', count: 3 })).toBe('forbidden');
  });
});

describe('presets (rules.set { preset })', () => {
  it('sets the law’s rules, refuses a rule beside it that contradicts them, and needs the eligible count', () => {
    const room = new RoomHarness();
    const host = room.join('Chair', 'host');
    expect(room.run(host, { type: 'rules.set', preset: 'villagersMeeting' }).decision).toMatchObject({
      error: { reason: 'rules.quorumNeedsEligible' },
    });
    expect(
      room.run(host, { type: 'rules.set', preset: 'villagersMeeting', eligibleCount: 120, decisionRule: 'consensus' })
        .decision,
    ).toMatchObject({
      error: { reason: 'rules.presetFixes', params: { rule: 'decisionRule' } },
    });
    room.must(host, { type: 'rules.set', preset: 'villagersMeeting', eligibleCount: 120, decisionRule: 'majority' });
    expect(room.state.rules).toMatchObject({
      preset: 'villagersMeeting',
      quorum: { share: 0.5, moreThan: true },
      quorumOf: 'present',
      decisionRule: 'majority',
      majorityOf: 'present',
    });
    // Changing a rule the preset fixes, by hand, makes the rules custom; other rules keep the preset.
    room.must(host, { type: 'rules.set', speakingLimitSec: 60 });
    expect(room.state.rules.preset).toBe('villagersMeeting');
    room.must(host, { type: 'rules.set', majorityOf: 'responses' });
    expect(room.state.rules.preset).toBe('custom');
    expect(
      room.run(host, { type: 'rules.set', eligibleCount: null, quorum: null, majorityOf: 'eligible' }).decision,
    ).toMatchObject({
      error: { reason: 'rules.majorityNeedsEligible' },
    });
  });
});

describe('reserved matters (村民委员会组织法 art. 24)', () => {
  it('warns where the rules are not competent, and only there', () => {
    expect(competence('consent', { category: null })).toBe('competent');
    expect(competence('villagersMeeting', { category: 'homestead' })).toBe('competent');
    expect(competence('representativesMeeting', { category: 'homestead' })).toBe('ifAuthorised');
    expect(competence('consent', { category: 'compensation' })).toBe('notCompetent');
    expect(competence('custom', { category: 'landContracting' })).toBe('notCompetent');
    expect(competence('landContracting', { category: 'landContracting' })).toBe('competent');
    expect(competence('landContracting', { category: 'collectiveIncome' })).toBe('notCompetent');
  });
});
