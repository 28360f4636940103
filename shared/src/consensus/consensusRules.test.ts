import { describe, expect, it } from 'vitest';
import { roundCounts, verdict } from './verdict.js';
import { ballotsOf, presentEvent, presentState } from '../room/redaction.js';
import { meetingOnItem } from '../testing/meetingOnItem.js';

const frozenDraft = { text: 'The east lane becomes one-way from May.', textHash: 'f'.repeat(64) };

const meeting = () => meetingOnItem('East lane');

describe('consensus rounds', () => {
  it('freezes the draft text, locks the draft, and moves the item to deciding', () => {
    const { room, host, itemId } = meeting();
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    expect(room.state.rounds[roundId]).toMatchObject({
      ...frozenDraft,
      status: 'open',
      rule: 'consensus',
      anonymous: false,
    });
    expect(room.state.items[itemId]).toMatchObject({ draftLocked: true, step: 'deciding', roundIds: [roundId] });
    expect(room.refusal(host, { type: 'consensus.open', itemId }, { frozenDraft })).toBe('conflict');
  });

  it('refuses to open a round on an empty draft', () => {
    const { room, host, itemId } = meeting();
    expect(
      room.refusal(host, { type: 'consensus.open', itemId }, { frozenDraft: { text: ' \n', textHash: 'x' } }),
    ).toBe('conflict');
  });

  it('keeps one ballot per member, which they may change while the round is open', () => {
    const { room, host, ana, itemId } = meeting();
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    const first = room.must(ana, { type: 'consensus.vote', roundId, level: 2 });
    const again = room.must(ana, { type: 'consensus.vote', roundId, level: 4 });
    expect(again).toBe(first);
    expect(Object.values(room.state.rounds[roundId]!.ballots)).toEqual([
      expect.objectContaining({ memberId: ana.memberId, level: 4 }),
    ]);
  });

  it('needs a reason for a block or a serious concern', () => {
    const { room, host, ana, itemId } = meeting();
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    expect(room.refusal(ana, { type: 'consensus.vote', roundId, level: 0 })).toBe('invalid');
    expect(room.refusal(ana, { type: 'consensus.vote', roundId, level: 1, reason: '  ' })).toBe('invalid');
    room.must(ana, { type: 'consensus.vote', roundId, level: 0, reason: 'Blocks the fire lane' });
  });

  it('merges the room’s count with phone responses, and closes by the rule', () => {
    const { room, host, ana, bo, itemId } = meeting();
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(ana, { type: 'consensus.vote', roundId, level: 5 });
    room.must(bo, { type: 'consensus.vote', roundId, level: 2 });
    room.must(host, { type: 'consensus.tally', roundId, counts: { '3': 4, '4': 2 }, confirm: true });
    // A recount replaces; more people than the room knows of is confirmed each time.
    room.must(host, { type: 'consensus.tally', roundId, counts: { '3': 5, '4': 2 }, confirm: true });
    expect(roundCounts(room.state.rounds[roundId]!)).toEqual([0, 0, 1, 5, 2, 1]);
    room.must(host, { type: 'consensus.close', roundId });
    const round = room.state.rounds[roundId]!;
    expect(round).toMatchObject({ status: 'closed', result: { outcome: 'adopted', counts: [0, 0, 1, 5, 2, 1] } });
    expect(room.state.items[itemId]!.draftLocked).toBe(false);
    expect(room.refusal(ana, { type: 'consensus.vote', roundId, level: 4 })).toBe('conflict');
    expect(room.refusal(host, { type: 'consensus.tally', roundId, counts: { '5': 1 } })).toBe('conflict');
  });

  it('does not adopt a blocked text, and shows the block’s reason', () => {
    const { room, host, ana, bo, itemId } = meeting();
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(ana, { type: 'consensus.vote', roundId, level: 0, reason: 'The fire lane must stay two-way' });
    room.must(bo, { type: 'consensus.vote', roundId, level: 5 });
    room.must(host, { type: 'consensus.close', roundId });
    expect(room.state.rounds[roundId]!.result).toEqual({
      outcome: 'not_adopted',
      counts: [1, 0, 0, 0, 0, 1],
      reasons: [{ level: 0, reason: 'The fire lane must stay two-way', memberId: ana.memberId }],
      // Host, Ana and Bo joined by phone: present as it closed.
      attendance: { members: 3, headcount: 0, present: 3 },
    });
  });

  it('uses the room’s decision rule as it stood when the round opened', () => {
    const { room, host, ana, bo, itemId } = meeting();
    room.must(host, { type: 'rules.set', decisionRule: 'majority' });
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(host, { type: 'rules.set', decisionRule: 'consensus' });
    room.must(ana, { type: 'consensus.vote', roundId, level: 0, reason: 'No' });
    room.must(bo, { type: 'consensus.vote', roundId, level: 4 });
    room.must(host, { type: 'consensus.tally', roundId, counts: { '5': 1 } });
    room.must(host, { type: 'consensus.close', roundId });
    expect(room.state.rounds[roundId]!.result?.outcome).toBe(verdict([1, 0, 0, 0, 1, 1], 'majority').outcome);
    expect(room.state.rounds[roundId]!.result?.outcome).toBe('adopted');
  });

  it('voids the round when the host unlocks its draft', () => {
    const { room, host, ana, itemId } = meeting();
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(ana, { type: 'consensus.vote', roundId, level: 4 });
    room.must(host, { type: 'draft.unlock', itemId });
    expect(room.state.rounds[roundId]!.status).toBe('void');
    expect(room.state.items[itemId]!.draftLocked).toBe(false);
    expect(room.refusal(host, { type: 'consensus.close', roundId })).toBe('conflict');
  });

  it('records the decision of a closed round once, and moves an adopted item on to acting', () => {
    const { room, host, ana, itemId } = meeting();
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(ana, { type: 'consensus.vote', roundId, level: 4 });
    expect(room.refusal(host, { type: 'decision.record', roundId, statement: 'Too early' })).toBe('conflict');
    room.must(host, { type: 'consensus.close', roundId });
    const decisionId = room.must(host, { type: 'decision.record', roundId, statement: 'One-way from May' });
    expect(room.state.decisions[decisionId]).toMatchObject({
      itemId,
      roundId,
      statement: 'One-way from May',
      ...frozenDraft,
      outcome: 'adopted',
      rule: 'consensus',
      recordedBy: host.memberId,
    });
    expect(room.state.items[itemId]).toMatchObject({ step: 'acting', decisionIds: [decisionId] });
    expect(room.refusal(host, { type: 'decision.record', roundId, statement: 'Again' })).toBe('conflict');
  });

  it('keeps every round in the item’s history', () => {
    const { room, host, ana, itemId } = meeting();
    const first = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    room.must(ana, { type: 'consensus.vote', roundId: first, level: 1, reason: 'Add a date' });
    room.must(host, { type: 'consensus.close', roundId: first });
    const second = room.must(
      host,
      { type: 'consensus.open', itemId },
      { frozenDraft: { text: 'Amended', textHash: 'a' } },
    );
    expect(room.state.items[itemId]!.roundIds).toEqual([first, second]);
  });

  it('refuses observers, participants tallying, unknown rounds and out-of-range levels', () => {
    const { room, host, ana, itemId } = meeting();
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    expect(room.refusal({ role: 'observer', memberId: null }, { type: 'consensus.vote', roundId, level: 4 })).toBe(
      'forbidden',
    );
    expect(room.refusal(ana, { type: 'consensus.tally', roundId, counts: { '4': 3 } })).toBe('forbidden');
    expect(room.refusal(ana, { type: 'consensus.open', itemId }, { frozenDraft })).toBe('forbidden');
    expect(room.refusal(ana, { type: 'consensus.vote', roundId: 'r404', level: 4 })).toBe('not_found');
  });
});

describe('what others see', () => {
  it('hides who voted in an anonymous round, and levels while results are hidden', () => {
    const { room, host, ana, itemId } = meeting();
    const roundId = room.must(
      host,
      { type: 'consensus.open', itemId, anonymous: true, visibility: 'afterClose' },
      { frozenDraft },
    );
    const { events } = room.run(ana, { type: 'consensus.vote', roundId, level: 1, reason: 'Too fast' });
    expect(presentEvent(events[0]!, room.state)).toMatchObject({
      memberId: null,
      actor: null,
      level: null,
      reason: null,
    });
    const shown = presentState(room.state).rounds[roundId]!;
    expect(Object.values(shown.ballots)).toEqual([expect.objectContaining({ memberId: null, level: null })]);
    expect(ballotsOf(room.state, ana.memberId!)).toEqual({ [roundId]: Object.keys(shown.ballots)[0] });

    room.must(host, { type: 'consensus.close', roundId });
    const closed = presentState(room.state).rounds[roundId]!;
    expect(closed.result).toEqual({
      outcome: 'not_adopted',
      counts: [0, 1, 0, 0, 0, 0],
      reasons: [{ level: 1, reason: 'Too fast', memberId: null }],
      attendance: expect.objectContaining({ headcount: 0 }),
    });
  });

  it('shows everything in a named, live round', () => {
    const { room, host, ana, itemId } = meeting();
    const roundId = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
    const { events } = room.run(ana, { type: 'consensus.vote', roundId, level: 4 });
    expect(presentEvent(events[0]!, room.state)).toBe(events[0]);
    expect(presentState(room.state)).toBe(room.state);
  });
});

describe('draft versions', () => {
  it('keeps named versions with their text, author and time', () => {
    const { room, host, itemId } = meeting();
    const first = room.must(host, { type: 'draft.saveVersion', itemId, name: 'First reading' }, { frozenDraft });
    room.tick(60_000);
    room.must(
      host,
      { type: 'draft.saveVersion', itemId, name: 'Amended' },
      { frozenDraft: { text: 'v2', textHash: 'x' } },
    );
    expect(room.state.items[itemId]!.versions).toEqual([
      { id: first, name: 'First reading', text: frozenDraft.text, savedAt: expect.any(Number), savedBy: host.memberId },
      expect.objectContaining({ name: 'Amended', text: 'v2' }),
    ]);
  });

  it('lets only the host save versions', () => {
    const { room, ana, itemId } = meeting();
    expect(room.refusal(ana, { type: 'draft.saveVersion', itemId, name: 'Mine' }, { frozenDraft })).toBe('forbidden');
  });
});
