/** Live participation figures (议难成): who has spoken, how often and how long, by member, group and presence. */
import { speakerClock } from './speakerClock.js';
import type { RoomState } from '../model/state.js';
import { dictionary, own } from '../core/own.js';
import type { Presence } from '../core/vocabulary.js';

export interface Tally {
  turns: number;
  spokenMs: number;
}

export interface Participation {
  /** Keyed by member id; read with `own`. */
  byMember: Record<string, Tally>;
  /** Keyed by group name (free text: a record without a prototype); members without a group count under the empty string. */
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
    byMember: dictionary<Tally>(),
    byGroup: dictionary<Tally>(),
    byPresence: { in_room: emptyTally(), remote: emptyTally() },
    distinctSpeakers: 0,
    total: emptyTally(),
  };
  for (const turn of counted) {
    const member = own(state.members, turn.memberId);
    add(entryOf(result.byMember, turn.memberId), turn.spokenMs);
    add(entryOf(result.byGroup, member?.group ?? ''), turn.spokenMs);
    add(result.byPresence[member?.presence ?? 'remote'], turn.spokenMs);
    add(result.total, turn.spokenMs);
  }
  result.distinctSpeakers = Object.keys(result.byMember).length;
  return result;
}

/** The tally under `key`, created empty on first use (own entries only: a group may be called `constructor`). */
function entryOf(tallies: Record<string, Tally>, key: string): Tally {
  const existing = own(tallies, key);
  if (existing) return existing;
  const tally = emptyTally();
  Object.defineProperty(tallies, key, { value: tally, enumerable: true, writable: true, configurable: true });
  return tally;
}

function emptyTally(): Tally {
  return { turns: 0, spokenMs: 0 };
}

function add(tally: Tally, spokenMs: number): void {
  tally.turns += 1;
  tally.spokenMs += spokenMs;
}
