/**
 * Folding `member.merged`: one person's second membership goes into the first. Everything the
 * meeting keeps by member moves (hands, the floor, turns, supports, interests, action items,
 * ballots in open rounds); closed rounds keep their ballots and results as they closed.
 */
import { own } from '../core/own.js';
import type { AgendaItem, RoomState } from '../model/state.js';

export function foldMerge(s: RoomState, from: string, into: string, at: number): RoomState {
  const swap = (memberId: string) => (memberId === from ? into : memberId);
  const source = own(s.members, from);
  const target = own(s.members, into);
  const members = {
    ...s.members,
    ...(source ? { [source.id]: { ...source, removedAt: at, mergedInto: into, sameNameAs: null } } : {}),
    ...(target?.sameNameAs === from ? { [target.id]: { ...target, sameNameAs: null } } : {}),
  };

  const rounds = Object.fromEntries(
    Object.entries(s.rounds).map(([id, round]) => {
      if (round.status !== 'open') return [id, round];
      const ballots = Object.fromEntries(
        Object.entries(round.ballots).map(([ballotId, b]) => [
          ballotId,
          b.memberId === from ? { ...b, memberId: into } : b,
        ]),
      );
      return [id, { ...round, ballots }];
    }),
  );
  const items = Object.fromEntries(
    Object.entries(s.items).map(([id, item]): [string, AgendaItem] => {
      const supporters = [...new Set(item.supporters.map(swap))];
      const hasOwn = item.interests.some((d) => d.memberId === into);
      const interests = item.interests
        .filter((d) => !(hasOwn && d.memberId === from))
        .map((d) => (d.memberId === from ? { ...d, memberId: into } : d));
      return [id, { ...item, supporters, interests }];
    }),
  );
  // The item they own and the item they supervise are the kept member's (supervision was lost before:
  // the removed id could never confirm); if that makes one person owner and supervisor, the
  // confirmation is refused until the host names another (actionRules.ts `supervisorBarred`).
  const moved = (id: string | null) => (id === from ? into : id);
  const actions = Object.fromEntries(
    Object.entries(s.actions).map(([id, a]) => [
      id,
      a.ownerMemberId === from || a.supervisorMemberId === from
        ? { ...a, ownerMemberId: moved(a.ownerMemberId), supervisorMemberId: moved(a.supervisorMemberId) }
        : a,
    ]),
  );
  return {
    ...s,
    members,
    rounds,
    items,
    actions,
    queue: s.queue.map((e) => (e.memberId === from ? { ...e, memberId: into } : e)),
    speaker: s.speaker && s.speaker.memberId === from ? { ...s.speaker, memberId: into } : s.speaker,
    turns: s.turns.map((t) => (t.memberId === from ? { ...t, memberId: into } : t)),
  };
}
