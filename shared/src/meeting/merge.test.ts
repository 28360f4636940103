import { describe, expect, it } from 'vitest';
import { nameKey } from '../core/names.js';
import { participation } from '../queue/participation.js';
import { presentEvents } from '../room/redaction.js';
import { currentMembers } from '../model/state.js';
import { RoomHarness } from '../testing/roomHarness.js';
import { nameAlerts } from './sameName.js';

const frozenDraft = { text: 'Plant plane trees on Willow Lane.', textHash: 'c'.repeat(64) };

describe('nameKey', () => {
  it('ignores case, spaces and full/half width; keeps different names apart', () => {
    expect(nameKey('Wang Fang')).toBe(nameKey('wangfang'));
    expect(nameKey('ＡＮＡ')).toBe(nameKey('ana'));
    expect(nameKey('王 芳')).toBe(nameKey('王芳'));
    expect(nameKey(' Ana\u200B ')).toBe(nameKey('Ana'));
    expect(nameKey('Ana')).not.toBe(nameKey('Anna'));
    expect(nameKey('王芳')).not.toBe(nameKey('王方'));
  });
});

function meeting() {
  const room = new RoomHarness();
  const host = room.join('Chair', 'host', 'in_room');
  const ana = room.join('Ana Wu');
  const itemId = room.must(host, { type: 'agenda.propose', title: 'Trees' });
  room.must(host, { type: 'room.setPhase', phase: 'in_session' });
  room.must(host, { type: 'agenda.activate', itemId });
  return { room, host, ana, itemId };
}

describe('one person, one voice', () => {
  it('a second join under the same name is flagged for the host at once; a different name is not', () => {
    const { room, ana } = meeting();
    const again = room.join('ａｎａ  WU');
    room.join('Bo');
    expect(room.state.members[again.memberId!]!.sameNameAs).toBe(ana.memberId);
    expect(nameAlerts(room.state).map((a) => [a.member.id, a.sameAs.id])).toEqual([[again.memberId, ana.memberId]]);
  });

  it('the host adding someone by a name already present is flagged too', () => {
    const { room, host, ana } = meeting();
    const id = room.must(host, { type: 'member.addInRoom', name: 'Ana Wu' });
    expect(room.state.members[id]!.sameNameAs).toBe(ana.memberId);
  });

  it('keeping both ends the alert', () => {
    const { room, host } = meeting();
    const again = room.join('Ana Wu');
    room.must(host, { type: 'member.keepBoth', memberId: again.memberId! });
    expect(nameAlerts(room.state)).toEqual([]);
    expect(room.run(host, { type: 'member.keepBoth', memberId: again.memberId! }).decision).toMatchObject({
      error: { code: 'conflict', reason: 'member.noNameAlert' },
    });
  });

  it('merging keeps the latest ballot of each open round, moves turns and hands, and removes the second membership', () => {
    const { room, host, ana, itemId } = meeting();
    const again = room.join('Ana Wu');
    // The second phone speaks once and raises a hand again; the first phone votes, then the second.
    room.must(again, { type: 'queue.raise' });
    room.must(host, { type: 'queue.next' });
    room.tick(20_000);
    room.must(again, { type: 'speaker.end' });
    room.must(again, { type: 'queue.raise' });
    room.must(host, { type: 'rules.set', interestedMayVote: true });
    room.must(again, { type: 'interest.declare', itemId, note: 'Lives on the lane' });
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(ana, { type: 'consensus.vote', roundId, level: 2 });
    room.tick(1_000);
    room.must(again, { type: 'consensus.vote', roundId, level: 5 });

    const { events } = room.run(host, { type: 'member.merge', memberId: again.memberId!, intoMemberId: ana.memberId! });
    expect(events.map((e) => e.type)).toEqual(['consensus.ballotWithdrawn', 'member.merged']);
    const ballots = Object.values(room.state.rounds[roundId]!.ballots);
    expect(ballots).toEqual([expect.objectContaining({ memberId: ana.memberId, level: 5 })]);
    expect(room.state.queue.map((e) => e.memberId)).toEqual([ana.memberId]);
    expect(participation(room.state, room.now).byMember[ana.memberId!]?.spokenMs).toBe(20_000);
    expect(room.state.items[itemId]!.interests.map((d) => d.memberId)).toEqual([ana.memberId]);
    expect(room.state.members[again.memberId!]).toMatchObject({ mergedInto: ana.memberId, removedAt: room.now });
    expect(currentMembers(room.state).map((m) => m.name)).toEqual(['Chair', 'Ana Wu']);
    expect(nameAlerts(room.state)).toEqual([]);
    // The merged membership can no longer act; her one voice is the first phone's.
    expect(room.refusal(again, { type: 'consensus.vote', roundId, level: 1, reason: 'x' })).toBe('forbidden');
    room.must(ana, { type: 'consensus.vote', roundId, level: 4 });
    expect(Object.values(room.state.rounds[roundId]!.ballots)).toHaveLength(1);
  });

  it('when the first phone voted last, its ballot survives; a second hand is lowered', () => {
    const { room, host, ana, itemId } = meeting();
    const again = room.join('Ana Wu');
    room.must(ana, { type: 'queue.raise' });
    room.must(again, { type: 'queue.raise' });
    const roundId = room.must(host, { type: 'consensus.open', itemId, anonymous: true }, { frozenDraft });
    room.must(again, { type: 'consensus.vote', roundId, level: 5 });
    room.tick(1_000);
    room.must(ana, { type: 'consensus.vote', roundId, level: 3 });
    const { events } = room.run(host, { type: 'member.merge', memberId: again.memberId!, intoMemberId: ana.memberId! });
    // An anonymous round withdraws nothing (that would show which ballot was whose): the closing count keeps the later.
    expect(events.map((e) => e.type)).toEqual(['queue.lowered', 'member.merged']);
    expect(presentEvents(events, room.state).map((e) => e.type)).toEqual(['queue.lowered', 'member.merged']);
    expect(room.state.queue.map((e) => e.memberId)).toEqual([ana.memberId]);
    room.must(host, { type: 'consensus.close', roundId });
    expect(room.state.rounds[roundId]!.result!.counts).toEqual([0, 0, 0, 1, 0, 0]);
  });

  it('is for the host, between two current members, never the membership in use, not after closing', () => {
    const { room, host, ana } = meeting();
    const again = room.join('Ana Wu');
    const merge = (memberId: string, intoMemberId: string) => ({
      type: 'member.merge' as const,
      memberId,
      intoMemberId,
    });
    expect(room.refusal(ana, merge(again.memberId!, ana.memberId!))).toBe('forbidden');
    expect(room.refusal(host, merge(ana.memberId!, ana.memberId!))).toBe('invalid');
    expect(room.refusal(host, merge(host.memberId!, ana.memberId!))).toBe('conflict');
    expect(room.refusal(host, merge('m999', ana.memberId!))).toBe('not_found');
    room.must(host, { type: 'member.remove', memberId: again.memberId! });
    expect(room.refusal(host, merge(again.memberId!, ana.memberId!))).toBe('conflict');
    const third = room.join('Ana Wu');
    room.must(host, { type: 'room.setPhase', phase: 'closed' });
    expect(room.refusal(host, merge(third.memberId!, ana.memberId!))).toBe('conflict');
  });
});
