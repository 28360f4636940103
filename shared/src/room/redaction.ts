/**
 * What others may see of the record: in anonymous rounds nobody learns whose ballot is whose, and
 * while a round hides its results nobody learns the levels. The server keeps the full record and
 * sends these redacted views, encoded once per room; a member learns their own ballot from its ack.
 */
import { own } from '../core/own.js';
import { movesRoll } from '../meeting/roll.js';
import type { RoomEvent } from '../model/events.js';
import type { Ballot, Round, RoomState } from '../model/state.js';

/**
 * The event as broadcast, given the state the round settings come from (they never change). An
 * event that may move the roll carries `state`'s (the state after it; the newest, in a sync): a
 * client's state may lack the members the roll counts (meeting/roll.ts).
 */
export function presentEvent(event: RoomEvent, state: RoomState): RoomEvent {
  if (movesRoll(event)) return { ...event, roll: state.roll };
  if (event.type !== 'consensus.voted') return event;
  const round = own(state.rounds, event.roundId);
  if (!round || (!round.anonymous && round.visibility === 'live')) return event;
  const hidden = round.visibility === 'afterClose';
  return {
    ...event,
    // Every anonymous ballot reads alike: none says it was cast by proxy, nor by whom.
    ...(round.anonymous ? { memberId: null, actor: null, castBy: null } : {}),
    ...(hidden ? { level: null, reason: null } : {}),
  };
}

export function presentEvents(events: readonly RoomEvent[], state: RoomState): RoomEvent[] {
  return events.map((e) => presentEvent(e, state));
}

/**
 * `events` as broadcast, `before` folded with each in turn (`foldOne`): each is presented with the
 * state right after it, so an event that moves the roll carries the roll it left. The node that
 * committed them and a node catching up on several at once then send the same event; presented with
 * the last state, arrivals caught up together all carried the last one's roll (cluster.test, 2026-12-08).
 */
export function presentFolding(
  before: RoomState,
  events: readonly RoomEvent[],
  foldOne: (state: RoomState, event: RoomEvent) => RoomState,
): { state: RoomState; presented: RoomEvent[] } {
  let state = before;
  const presented = events.map((event) => {
    state = foldOne(state, event);
    return presentEvent(event, state);
  });
  return { state, presented };
}

/** The state as sent in a welcome. */
export function presentState(state: RoomState): RoomState {
  const rounds = Object.values(state.rounds);
  if (!rounds.some((r) => r.anonymous || r.visibility === 'afterClose')) return state;
  return { ...state, rounds: Object.fromEntries(rounds.map((r) => [r.id, presentRound(r)])) };
}

function presentRound(round: Round): Round {
  if (!round.anonymous && round.visibility === 'live') return round;
  const ballots = Object.fromEntries(
    Object.entries(round.ballots).map(([id, ballot]): [string, Ballot] => [
      id,
      {
        ...ballot,
        ...(round.anonymous ? { memberId: null, castBy: null } : {}),
        ...(round.visibility === 'afterClose' ? { level: null, reason: null } : {}),
      },
    ]),
  );
  return { ...round, ballots };
}

/** The ballots a member cast, by round, for their own screen (sent only to them). */
export function ballotsOf(state: RoomState, memberId: string): Record<string, string> {
  return Object.fromEntries(
    Object.values(state.rounds).flatMap((round) => {
      const entry = Object.entries(round.ballots).find(([, b]) => b.memberId === memberId);
      return entry ? [[round.id, entry[0]]] : [];
    }),
  );
}
