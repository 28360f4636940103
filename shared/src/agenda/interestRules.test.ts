import { describe, expect, it } from 'vitest';
import { refusalText } from '../core/refusals.js';
import { roundCounts } from '../consensus/verdict.js';
import { Notice, presentNotice } from '../followup/notice.js';
import { meetingOnItem } from '../testing/meetingOnItem.js';

const frozenDraft = { text: 'The shop on the lane may extend its terrace.', textHash: 'a'.repeat(64) };

const meeting = () => meetingOnItem('Terrace');

describe('declared interests (利益回避)', () => {
  it('a member declares, changes the note, and withdraws; everyone sees who and why', () => {
    const { room, ana, itemId } = meeting();
    room.must(ana, { type: 'interest.declare', itemId, note: 'My brother owns the shop' });
    expect(room.state.items[itemId]!.interests).toEqual([
      { memberId: ana.memberId, note: 'My brother owns the shop', declaredAt: room.now, declaredBy: ana.memberId },
    ]);
    room.must(ana, { type: 'interest.declare', itemId, note: 'My brother and I own the shop' });
    expect(room.state.items[itemId]!.interests.map((d) => d.note)).toEqual(['My brother and I own the shop']);
    room.must(ana, { type: 'interest.withdraw', itemId });
    expect(room.state.items[itemId]!.interests).toEqual([]);
    expect(room.run(ana, { type: 'interest.withdraw', itemId }).decision).toMatchObject({
      error: { code: 'conflict', reason: 'interest.none' },
    });
  });

  it('the host may declare for a member (a host console too); a participant only for themselves', () => {
    const { room, host, ana, bo, itemId } = meeting();
    room.must(host, { type: 'interest.declare', itemId, note: 'Tenant of the shop', memberId: bo.memberId! });
    expect(room.state.items[itemId]!.interests[0]).toMatchObject({ memberId: bo.memberId, declaredBy: host.memberId });
    room.must({ role: 'host', memberId: null }, { type: 'interest.withdraw', itemId, memberId: bo.memberId! });
    expect(room.refusal(ana, { type: 'interest.declare', itemId, note: 'x', memberId: bo.memberId! })).toBe(
      'forbidden',
    );
    expect(room.refusal(host, { type: 'interest.declare', itemId: 'constructor', note: 'x' })).toBe('not_found');
    expect(room.refusal(host, { type: 'interest.declare', itemId, note: 'x', memberId: 'm999' })).toBe('not_found');
    expect(room.refusal({ role: 'host', memberId: null }, { type: 'interest.declare', itemId, note: 'x' })).toBe(
      'invalid',
    );
  });

  it('when interested members may not vote, their ballot is refused with the reason, and one given before is withdrawn', () => {
    const { room, host, ana, bo, itemId } = meeting();
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(ana, { type: 'consensus.vote', roundId, level: 5 });
    room.must(bo, { type: 'consensus.vote', roundId, level: 3 });
    const { events } = room.run(ana, { type: 'interest.declare', itemId, note: 'My brother owns the shop' });
    expect(events.map((e) => e.type)).toEqual(['consensus.ballotWithdrawn', 'interest.declared']);
    expect(roundCounts(room.state.rounds[roundId]!)).toEqual([0, 0, 0, 1, 0, 0]);
    const refused = room.run(ana, { type: 'consensus.vote', roundId, level: 5 });
    expect(refused.decision).toMatchObject({
      ok: false,
      error: { code: 'forbidden', reason: 'round.interested', params: { note: 'My brother owns the shop' } },
    });
    expect(refusalText('round.interested', 'en', { note: 'My brother owns the shop' })).toContain(
      'declared an interest',
    );
  });

  it('when the rules let interested members vote, they vote; barring them later withdraws their open ballots', () => {
    const { room, host, ana, itemId } = meeting();
    room.must(host, { type: 'rules.set', interestedMayVote: true });
    room.must(ana, { type: 'interest.declare', itemId, note: 'Neighbour of the shop' });
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(ana, { type: 'consensus.vote', roundId, level: 4 });
    const { events } = room.run(host, { type: 'rules.set', interestedMayVote: false });
    expect(events.map((e) => e.type)).toEqual(['consensus.ballotWithdrawn', 'rules.set']);
    expect(Object.keys(room.state.rounds[roundId]!.ballots)).toEqual([]);
  });

  it('the public notice shows the interests declared in a decided item, by name', () => {
    const { room, host, ana, bo, itemId } = meeting();
    room.must(host, { type: 'interest.declare', itemId, note: 'Tenant of the shop', memberId: bo.memberId! });
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(ana, { type: 'consensus.vote', roundId, level: 4 });
    room.must(host, { type: 'consensus.close', roundId });
    room.must(host, { type: 'decision.record', roundId, statement: 'The terrace may extend.' });
    const notice = presentNotice(room.state, room.now);
    expect(notice.decisions[0]).toMatchObject({
      interests: [{ name: 'Bo', note: 'Tenant of the shop' }],
      interestedMayVote: false,
    });
    expect(Notice.parse(notice)).toEqual(notice);
  });

  it('an interest in another item bars nothing here', () => {
    const { room, host, ana, itemId } = meeting();
    const other = room.must(host, { type: 'agenda.propose', title: 'Lights' });
    room.must(ana, { type: 'interest.declare', itemId: other, note: 'I sell lamps' });
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(ana, { type: 'consensus.vote', roundId, level: 4 });
  });
});
