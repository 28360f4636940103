/** Live participation figures (议难成): who has spoken, how often and how long, by member, group and presence. */
import type { Presence } from './protocol.js';
import { speakerClock } from './speakerClock.js';
import type { RoomState } from './state.js';

export interface Tally {
  turns: number;
  spokenMs: number;
}

export interface Participation {
  byMember: Record<string, Tally>;
  /** Keyed by group name; members without a group count under the empty string. */
  byGroup: Record<string, Tally>;
  byPresence: Record<Presence, Tally>;
  distinctSpeakers: number;
  total: Tally;
}

/** Figures at server time `now`, counting the turn in progress; optionally for one agenda item only. */
export function participation(state: RoomState, now: number, itemId?: string | null): Participation {
  const turns = state.turns.map((t) => ({ memberId: t.memberId, itemId: t.itemId, spokenMs: t.spokenMs }));
  if (state.speaker) {
    const { memberId, itemId: speakerItem } = state.speaker;
    turns.push({ memberId, itemId: speakerItem, spokenMs: speakerClock(state.speaker, now).elapsedMs });
  }
  const counted = itemId === undefined ? turns : turns.filter((t) => t.itemId === itemId);

  const result: Participation = {
    byMember: {},
    byGroup: {},
    byPresence: { in_room: emptyTally(), remote: emptyTally() },
    distinctSpeakers: 0,
    total: emptyTally(),
  };
  for (const turn of counted) {
    const member = state.members[turn.memberId];
    add((result.byMember[turn.memberId] ??= emptyTally()), turn.spokenMs);
    add((result.byGroup[member?.group ?? ''] ??= emptyTally()), turn.spokenMs);
    add(result.byPresence[member?.presence ?? 'remote'], turn.spokenMs);
    add(result.total, turn.spokenMs);
  }
  result.distinctSpeakers = Object.keys(result.byMember).length;
  return result;
}

function emptyTally(): Tally {
  return { turns: 0, spokenMs: 0 };
}

function add(tally: Tally, spokenMs: number): void {
  tally.turns += 1;
  tally.spokenMs += spokenMs;
}
