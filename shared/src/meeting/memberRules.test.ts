import { describe, expect, it } from 'vitest';
import { roundCounts } from '../consensus/verdict.js';
import { decideJoin } from '../room/decide.js';
import { meetingIndicators } from '../followup/indicators.js';
import { participation } from '../queue/participation.js';
import { presentEvents, presentState } from '../room/redaction.js';
import { currentMembers, membersInOrder, type Member, type RoomState } from '../model/state.js';
import { RoomHarness } from '../testing/roomHarness.js';
import { LIMITS } from '../core/limits.js';

const frozenDraft = { text: 'The east lane becomes one-way from May.', textHash: 'f'.repeat(64) };

/** Ana spoke once and raised her hand again; Bo has the floor; both voted in an open round. */
function meeting({ anonymous = false } = {}) {
  const room = new RoomHarness();
  const host = room.join('Chair', 'host', 'in_room');
  const ana = room.join('Ana');
  const bo = room.join('Bo');
  const itemId = room.must(host, { type: 'agenda.propose', title: 'East lane' });
  room.must(host, { type: 'room.setPhase', phase: 'in_session' });
  room.must(host, { type: 'agenda.activate', itemId });
  room.must(ana, { type: 'queue.raise' });
  room.must(host, { type: 'queue.next' });
  room.tick(30_000);
  room.must(ana, { type: 'speaker.end' });
  room.must(ana, { type: 'queue.raise' });
  room.must(bo, { type: 'queue.raise' });
  room.must(host, { type: 'queue.move', memberId: bo.memberId!, position: 0 });
  room.must(host, { type: 'queue.next' });
  const roundId = room.must(host, { type: 'consensus.open', itemId, anonymous }, { frozenDraft });
  room.must(ana, { type: 'consensus.vote', roundId, level: 0, reason: 'Blocks the fire lane' });
  room.must(bo, { type: 'consensus.vote', roundId, level: 4 });
  return { room, host, ana, bo, itemId, roundId };
}

describe('member.remove', () => {
  it('lowers the hand, withdraws ballots in open rounds, and keeps the member in the record as removed', () => {
    const { room, host, ana, roundId } = meeting();
    const { events } = room.run(host, { type: 'member.remove', memberId: ana.memberId! });
    expect(events.map((e) => e.type)).toEqual(['queue.lowered', 'consensus.ballotWithdrawn', 'member.removed']);
    expect(room.state.queue.map((e) => e.memberId)).toEqual([]);
    expect(roundCounts(room.state.rounds[roundId]!)).toEqual([0, 0, 0, 0, 1, 0]);
    expect(room.state.members[ana.memberId!]).toMatchObject({ name: 'Ana', removedAt: expect.any(Number) });
    expect(membersInOrder(room.state).map((m) => m.name)).toEqual(['Chair', 'Ana', 'Bo']);
    expect(currentMembers(room.state).map((m) => m.name)).toEqual(['Chair', 'Bo']);
    // What she did stays hers: participation figures and attendance still count her.
    expect(participation(room.state, 0).byMember[ana.memberId!]?.spokenMs).toBe(30_000);
    expect(meetingIndicators(room.state, 0).attendance.total).toBe(3);
  });

  it('ends the turn of a member who has the floor', () => {
    const { room, host, bo } = meeting();
    room.tick(5_000);
    const { events } = room.run(host, { type: 'member.remove', memberId: bo.memberId! });
    expect(events.map((e) => e.type)).toEqual(['speaker.ended', 'consensus.ballotWithdrawn', 'member.removed']);
    expect(room.state.speaker).toBeNull();
    expect(room.state.turns.at(-1)).toMatchObject({ memberId: bo.memberId, spokenMs: 5_000 });
  });

  it('leaves ballots of closed rounds alone', () => {
    const { room, host, bo, roundId } = meeting();
    room.must(host, { type: 'consensus.close', roundId });
    const before = room.state.rounds[roundId];
    const { events } = room.run(host, { type: 'member.remove', memberId: bo.memberId! });
    expect(events.map((e) => e.type)).toEqual(['speaker.ended', 'member.removed']);
    expect(room.state.rounds[roundId]).toBe(before);
  });

  it('a removed member can no longer act, be raised, get a group or own an action item', () => {
    const { room, host, ana } = meeting();
    room.must(host, { type: 'member.remove', memberId: ana.memberId! });
    expect(room.refusal(ana, { type: 'queue.raise' })).toBe('forbidden');
    expect(room.refusal(ana, { type: 'agenda.propose', title: 'Again' })).toBe('forbidden');
    expect(room.refusal(host, { type: 'queue.raise', memberId: ana.memberId! })).toBe('conflict');
    expect(room.refusal(host, { type: 'member.setGroup', memberId: ana.memberId!, group: 'x' })).toBe('conflict');
    expect(room.run(host, { type: 'queue.raise', memberId: ana.memberId! }).decision).toMatchObject({
      error: { reason: 'member.removed' },
    });
  });

  it('is for the host, once per member, never oneself, and not after the meeting closed', () => {
    const { room, host, ana, bo } = meeting();
    expect(room.refusal(bo, { type: 'member.remove', memberId: ana.memberId! })).toBe('forbidden');
    expect(room.refusal({ role: 'observer', memberId: null }, { type: 'member.remove', memberId: ana.memberId! })).toBe(
      'forbidden',
    );
    expect(room.refusal(host, { type: 'member.remove', memberId: host.memberId! })).toBe('conflict');
    expect(room.refusal(host, { type: 'member.remove', memberId: 'm999' })).toBe('not_found');
    // A host console (no membership) may remove.
    room.must({ role: 'host', memberId: null }, { type: 'member.remove', memberId: ana.memberId! });
    expect(room.run(host, { type: 'member.remove', memberId: ana.memberId! }).decision).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'member.removedAlready' },
    });
    room.must(host, { type: 'room.setPhase', phase: 'closed' });
    expect(room.refusal(host, { type: 'member.remove', memberId: bo.memberId! })).toBe('conflict');
  });

  it('in an anonymous round, the withdrawal names the ballot, never the member', () => {
    const { room, host, ana, roundId } = meeting({ anonymous: true });
    const { events } = room.run(host, { type: 'member.remove', memberId: ana.memberId! });
    const shown = presentEvents(events, room.state);
    const withdrawn = shown.find((e) => e.type === 'consensus.ballotWithdrawn')!;
    expect(Object.keys(withdrawn).sort()).toEqual(['actor', 'at', 'ballotId', 'roundId', 'seq', 'type']);
    const ballots = Object.values(presentState(room.state).rounds[roundId]!.ballots);
    expect(ballots).toEqual([expect.objectContaining({ memberId: null, level: 4 })]);
  });
});

describe('members per room', () => {
  /** The harness room with `count` current members added straight into the state (building 2,000 by events is slow). */
  function roomWith(count: number): { room: RoomHarness; state: RoomState } {
    const room = new RoomHarness();
    const members: Record<string, Member> = {};
    for (let i = 0; i < count; i += 1) {
      const id = `x${i}`;
      members[id] = {
        id,
        name: `P${i}`,
        role: 'participant',
        presence: 'remote',
        group: null,
        proxy: false,
        joinedAt: i,
        arrivedAt: i,
        removedAt: null,
        sameNameAs: null,
        mergedInto: null,
        departedAt: null,
      };
    }
    room.state = { ...room.state, members };
    return { room, state: room.state };
  }

  it(`are capped at ${LIMITS.members}: joining and adding in the room are refused room.full`, () => {
    const { room, state } = roomWith(LIMITS.members);
    const joined = decideJoin(state, { role: 'participant', name: 'Late', presence: undefined });
    expect(joined).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'room.full', params: { max: LIMITS.members } },
    });
    const host = { role: 'host' as const, memberId: null };
    expect(room.refusal(host, { type: 'member.addInRoom', name: 'Grandpa Liu' })).toBe('conflict');
  });

  it('removing a member makes room again', () => {
    const { room } = roomWith(LIMITS.members);
    room.must({ role: 'host', memberId: null }, { type: 'member.remove', memberId: 'x7' });
    expect(decideJoin(room.state, { role: 'participant', name: 'Late', presence: undefined }).ok).toBe(true);
  });
});
