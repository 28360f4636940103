import { describe, expect, it } from 'vitest';
import { RoomHarness } from '../testing/roomHarness.js';
import type { Actor } from '../model/ruling.js';
import type { Command } from '../model/commands.js';
import { principalsOf, standingProxies } from './proxyRules.js';

const frozenDraft = { text: 'The east lane becomes one-way from May.', textHash: 'f'.repeat(64) };

/** A room allowing proxies (at most `max` per holder): a host, Ana, Bo, Cai, and Dai seated in advance (not come). */
function meeting(max = 1) {
  const room = new RoomHarness();
  const host = room.join('Chair', 'host', 'in_room');
  const ana = room.join('Ana');
  const bo = room.join('Bo');
  const cai = room.join('Cai');
  const dai = room.seat('m90', 'Dai');
  const eve = room.seat('m91', 'Eve');
  room.must(host, { type: 'rules.set', proxies: true, maxProxiesPerHolder: max });
  const itemId = room.must(host, { type: 'agenda.propose', title: 'East lane' });
  room.must(host, { type: 'room.setPhase', phase: 'in_session' });
  room.must(host, { type: 'agenda.activate', itemId });
  return { room, host, ana, bo, cai, dai, eve, itemId };
}

function reason(room: RoomHarness, actor: Actor, command: Command): string | undefined {
  const { decision } = room.run(actor, command);
  return decision.ok ? undefined : decision.error.reason;
}

const id = (a: Actor) => a.memberId!;

describe('proxy.grant', () => {
  it('is off by default, and refused with a reason', () => {
    const room = new RoomHarness();
    const ana = room.join('Ana');
    const bo = room.join('Bo');
    expect(reason(room, ana, { type: 'proxy.grant', principalId: id(ana), holderId: id(bo) })).toBe('proxy.off');
  });

  it('lets a member name a holder, and the host record a paper proxy with its reference', () => {
    const { room, host, ana, bo, cai, dai } = meeting(2);
    const mine = room.must(ana, { type: 'proxy.grant', principalId: id(ana), holderId: id(bo) });
    const paper = room.must(host, { type: 'proxy.grant', principalId: id(dai), holderId: id(cai), reference: 'No. 7' });
    expect(room.state.proxies[mine]).toMatchObject({
      principalId: id(ana),
      holderId: id(bo),
      reference: null,
      grantedBy: id(ana),
    });
    expect(room.state.proxies[paper]).toMatchObject({ reference: 'No. 7', grantedBy: id(host), revokedAt: null });
    // A host console without membership records paper proxies too.
    expect(standingProxies(room.state).map((p) => p.id)).toEqual([mine, paper]);
  });

  it('refuses another member’s proxy from a participant, oneself, a second proxy, chains and a full holder', () => {
    const { room, host, ana, bo, cai, dai, eve } = meeting(1);
    expect(reason(room, bo, { type: 'proxy.grant', principalId: id(ana), holderId: id(bo) })).toBe(
      'role.hostForOthers',
    );
    expect(reason(room, ana, { type: 'proxy.grant', principalId: id(ana), holderId: id(ana) })).toBe('proxy.self');
    room.must(host, { type: 'proxy.grant', principalId: id(dai), holderId: id(bo) });
    expect(reason(room, host, { type: 'proxy.grant', principalId: id(dai), holderId: id(cai) })).toBe(
      'proxy.givenAlready',
    );
    // Bo carries Dai's: nobody may name Bo's principal-to-be… Bo cannot pass his own vote on while he carries one.
    expect(reason(room, bo, { type: 'proxy.grant', principalId: id(bo), holderId: id(cai) })).toBe('proxy.chain');
    // Dai gave hers: she cannot carry Eve's (A→B→C through her).
    expect(reason(room, host, { type: 'proxy.grant', principalId: id(eve), holderId: id(dai) })).toBe('proxy.chain');
    expect(reason(room, host, { type: 'proxy.grant', principalId: id(eve), holderId: id(bo) })).toBe(
      'proxy.holderFull',
    );
    expect(room.run(host, { type: 'proxy.grant', principalId: id(eve), holderId: id(bo) }).decision).toMatchObject({
      error: { params: { max: 1 } },
    });
    room.must(host, { type: 'proxy.grant', principalId: id(eve), holderId: id(cai) });
  });

  it('refuses a holder who declared an interest in a topic of the meeting', () => {
    const { room, ana, bo, itemId } = meeting();
    room.must(bo, { type: 'interest.declare', itemId, note: 'My shop is on the lane' });
    expect(reason(room, ana, { type: 'proxy.grant', principalId: id(ana), holderId: id(bo) })).toBe(
      'proxy.holderInterested',
    );
  });
});

describe('voting by proxy', () => {
  it('the holder votes for an absent principal: the ballot is the principal’s, cast by the holder', () => {
    const { room, host, bo, dai, itemId } = meeting();
    room.must(host, { type: 'proxy.grant', principalId: id(dai), holderId: id(bo), reference: 'No. 7' });
    expect(principalsOf(room.state, id(bo)).map((m) => m.id)).toEqual([id(dai)]);
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    const own = room.must(bo, { type: 'consensus.vote', roundId, level: 3 });
    const forDai = room.must(bo, { type: 'consensus.vote', roundId, level: 5, forMemberId: id(dai) });
    expect(forDai).not.toBe(own);
    expect(room.state.rounds[roundId]!.ballots[forDai]).toMatchObject({ memberId: id(dai), castBy: id(bo), level: 5 });
    // Sending again changes that ballot.
    expect(room.must(bo, { type: 'consensus.vote', roundId, level: 4, forMemberId: id(dai) })).toBe(forDai);
    room.must(host, { type: 'consensus.close', roundId });
    expect(room.state.rounds[roundId]!.result!.counts).toEqual([0, 0, 0, 1, 1, 0]);
  });

  it('a principal who arrives takes the vote back: the holder may no longer vote for them, their own ballot counts', () => {
    const { room, host, bo, dai, itemId } = meeting();
    room.must(host, { type: 'proxy.grant', principalId: id(dai), holderId: id(bo) });
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(bo, { type: 'consensus.vote', roundId, level: 5, forMemberId: id(dai) });
    room.arrive(id(dai));
    expect(principalsOf(room.state, id(bo))).toEqual([]);
    expect(reason(room, bo, { type: 'consensus.vote', roundId, level: 4, forMemberId: id(dai) })).toBe(
      'round.notHolder',
    );
    const { events } = room.run(dai, { type: 'consensus.vote', roundId, level: 1, reason: 'Too narrow' });
    // Named round: the proxy's ballot goes as she votes in person, under a ballot of her own.
    expect(events.map((e) => e.type)).toEqual(['consensus.ballotWithdrawn', 'consensus.voted']);
    room.must(host, { type: 'consensus.close', roundId });
    expect(room.state.rounds[roundId]!.result!.counts).toEqual([0, 1, 0, 0, 0, 0]);
  });

  it('refuses a non-holder, and a holder with an interest in the item', () => {
    const { room, host, bo, cai, dai, itemId } = meeting(2);
    room.must(host, { type: 'proxy.grant', principalId: id(dai), holderId: id(bo) });
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    expect(reason(room, cai, { type: 'consensus.vote', roundId, level: 4, forMemberId: id(dai) })).toBe(
      'round.notHolder',
    );
    room.must(host, { type: 'interest.declare', itemId, memberId: id(bo), note: 'His shop' });
    expect(reason(room, bo, { type: 'consensus.vote', roundId, level: 4, forMemberId: id(dai) })).toBe(
      'proxy.holderInterested',
    );
  });

  it('a revoked proxy’s ballot stops counting; revoking is for the principal, the holder or the host', () => {
    const { room, host, ana, bo, dai, eve, itemId } = meeting();
    const proxyId = room.must(host, { type: 'proxy.grant', principalId: id(dai), holderId: id(bo) });
    room.must(host, { type: 'proxy.grant', principalId: id(eve), holderId: id(ana) });
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(bo, { type: 'consensus.vote', roundId, level: 5, forMemberId: id(dai) });
    expect(reason(room, ana, { type: 'proxy.revoke', principalId: id(dai) })).toBe('role.hostForOthers');
    expect(reason(room, host, { type: 'proxy.revoke' })).toBe('proxy.whose');
    expect(reason(room, host, { type: 'proxy.revoke', proxyId: 'p999' })).toBe('proxy.unknown');
    const { events } = room.run(bo, { type: 'proxy.revoke', principalId: id(dai) });
    expect(events.map((e) => e.type)).toEqual(['consensus.ballotWithdrawn', 'proxy.revoked']);
    expect(room.state.proxies[proxyId]).toMatchObject({ revokedBy: id(bo) });
    expect(reason(room, host, { type: 'proxy.revoke', proxyId })).toBe('proxy.revokedAlready');
    expect(reason(room, host, { type: 'proxy.revoke', principalId: id(dai) })).toBe('proxy.none');
    // The list keeps it, and a new proxy may follow.
    room.must(host, { type: 'proxy.grant', principalId: id(dai), holderId: id(bo) });
    expect(Object.keys(room.state.proxies)).toHaveLength(3);
    room.must(host, { type: 'consensus.close', roundId });
    expect(room.state.rounds[roundId]!.result!.counts).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('a member who gives their proxy and leaves is voted for; back, they vote themselves', () => {
    const { room, host, ana, bo, itemId } = meeting();
    room.must(ana, { type: 'proxy.grant', principalId: id(ana), holderId: id(bo) });
    // Present, Ana votes herself: Bo may not vote for her yet.
    expect(principalsOf(room.state, id(bo))).toEqual([]);
    room.must(host, { type: 'attendance.markDeparted', memberId: id(ana) });
    expect(principalsOf(room.state, id(bo)).map((m) => m.name)).toEqual(['Ana']);
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(bo, { type: 'consensus.vote', roundId, level: 4, forMemberId: id(ana) });
    room.must(host, { type: 'attendance.markReturned', memberId: id(ana) });
    expect(reason(room, bo, { type: 'consensus.vote', roundId, level: 5, forMemberId: id(ana) })).toBe(
      'round.notHolder',
    );
    // Ana leaves again without voting: Bo's ballot for her stands and counts.
    room.must(host, { type: 'attendance.markDeparted', memberId: id(ana) });
    room.must(host, { type: 'consensus.close', roundId });
    expect(room.state.rounds[roundId]!.result!.counts).toEqual([0, 0, 0, 0, 1, 0]);
  });

  it('refuses a vote for a principal who voted in person, or who declared an interest', () => {
    const { room, host, ana, bo, itemId } = meeting();
    room.must(ana, { type: 'proxy.grant', principalId: id(ana), holderId: id(bo) });
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(ana, { type: 'consensus.vote', roundId, level: 3 });
    room.must(host, { type: 'attendance.markDeparted', memberId: id(ana) });
    expect(reason(room, bo, { type: 'consensus.vote', roundId, level: 5, forMemberId: id(ana) })).toBe(
      'round.principalVoted',
    );
    room.must(host, { type: 'interest.declare', itemId, memberId: id(ana), note: 'Her shop' });
    room.must(host, { type: 'attendance.markDeparted', memberId: id(ana) });
    expect(reason(room, bo, { type: 'consensus.vote', roundId, level: 5, forMemberId: id(ana) })).toBe(
      'round.principalInterested',
    );
  });
});
