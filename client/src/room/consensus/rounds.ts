/** Which rounds and decisions a view shows, and how many have responded. Pure; no rule of the meeting. */
import {
  own,
  roundCounts,
  roundResponses,
  type Decision,
  type LevelCounts,
  type PresenceMessage,
  type RoomState,
  type Round,
} from '@dr/shared';

/** An item's rounds, oldest first. */
export function roundsOf(state: RoomState, itemId: string): Round[] {
  return (own(state.items, itemId)?.roundIds ?? []).flatMap((id) => own(state.rounds, id) ?? []);
}

/** The round to show for an item: the open one, else the last one that closed (a void one shows nothing). */
export function currentRound(state: RoomState, itemId: string): Round | undefined {
  const last = roundsOf(state, itemId).at(-1);
  return last && last.status !== 'void' ? last : undefined;
}

export function decisionOf(state: RoomState, roundId: string): Decision | undefined {
  return Object.values(state.decisions).find((d) => d.roundId === roundId);
}

/** The counts a meter shows: the closing totals once closed, else phones whose level is visible plus the room. */
export function shownCounts(round: Round): LevelCounts {
  return round.result?.counts ?? roundCounts(round);
}

/** Responses so far: every phone ballot (even one whose level is hidden) and every hand counted in the room. */
export function responses(round: Round): { phones: number; room: number; total: number } {
  const { digital, counted, total } = roundResponses(round);
  return { phones: digital, room: counted, total };
}

/**
 * Those present who could respond: members online now, and the people without a phone the host
 * added (never online), from the state's roll: no member list needed (a big room's phone has none).
 */
export function presentCount(state: RoomState, presence: PresenceMessage | null): number | null {
  if (!presence) return null;
  return new Set(presence.online).size + state.roll.withoutPhone;
}

/** Whether the levels are hidden from everyone for now (the round shows results only after closing). */
export function resultsHidden(round: Round): boolean {
  return round.status === 'open' && round.visibility === 'afterClose';
}
