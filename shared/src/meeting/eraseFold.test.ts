import { describe, expect, it } from 'vitest';
import type { RoomState } from '../model/state.js';
import { apply } from '../room/apply.js';
import { decidedMeeting } from '../testing/decidedMeeting.js';

/** The server's record of an erasure, folded as a screen's feed folds it. */
const erase = (s: RoomState, memberId: string, pseudonym: string) =>
  apply(s, {
    type: 'member.erased',
    memberId,
    pseudonym,
    note: '(erased)',
    seq: s.seq + 1,
    at: s.updatedAt,
    actor: null,
  });

describe('member.erased', () => {
  it('puts the pseudonym in place of the name, the note and the owner, and leaves ballots and counts alone', () => {
    const { room, host, ana, itemId, decisionId, roundId } = decidedMeeting();
    const anaId = ana.memberId!;
    room.must(ana, { type: 'interest.declare', itemId, note: 'My shop is on the east lane' });
    const actionId = room.must(host, {
      type: 'action.create',
      decisionId,
      title: 'Put up the signs',
      owner: 'Ana',
      ownerMemberId: anaId,
      tier: 'committee',
      dueDate: '2027-05-01',
    });
    const before = room.state;
    const after = erase(before, anaId, 'Member 7F3A');
    expect(after.members[anaId]!.name).toBe('Member 7F3A');
    expect(after.items[itemId]!.interests.map((d) => [d.memberId, d.note])).toEqual([[anaId, '(erased)']]);
    expect(after.actions[actionId]!.owner).toBe('Member 7F3A');
    expect(after.rounds[roundId]).toEqual(before.rounds[roundId]);
    expect(after.decisions).toEqual(before.decisions);
    expect(Object.keys(after.members)).toEqual(Object.keys(before.members));
    expect(after.members[host.memberId!]).toEqual(before.members[host.memberId!]);
  });

  it('changes nothing for someone who is not a member', () => {
    const { room } = decidedMeeting();
    const before = room.state;
    expect({ ...erase(before, 'constructor', 'Member 0000'), seq: before.seq }).toEqual(before);
  });
});
