/**
 * Folding `member.erased` (个人信息保护法, issue 27): what the server's rewrite of the stored events
 * changed, done to a state already held, so a screen open during an erasure shows the pseudonym at
 * once. Only the person's name, their own interest notes and their name as an action item's owner
 * change; counts, ballots and decisions stay as they were.
 */
import { own } from '../core/own.js';
import type { EventOf } from '../model/events.js';
import type { RoomState } from '../model/state.js';

export function foldErasure(s: RoomState, { memberId, pseudonym, note }: EventOf<'member.erased'>): RoomState {
  const member = own(s.members, memberId);
  if (!member) return s;
  const items = Object.fromEntries(
    Object.entries(s.items).map(([id, item]) => [
      id,
      item.interests.some((d) => d.memberId === memberId)
        ? { ...item, interests: item.interests.map((d) => (d.memberId === memberId ? { ...d, note } : d)) }
        : item,
    ]),
  );
  const actions = Object.fromEntries(
    Object.entries(s.actions).map(([id, a]) => [id, a.ownerMemberId === memberId ? { ...a, owner: pseudonym } : a]),
  );
  return { ...s, members: { ...s.members, [member.id]: { ...member, name: pseudonym } }, items, actions };
}
