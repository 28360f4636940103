/**
 * Folding a stored history that may hold an event `apply` cannot fold: one stored before the
 * write path folded first (rooms broken by an id such as `constructor`), or of a type this version
 * does not know. Such an event is skipped (only its seq and time are taken, so the seqs after it
 * still follow on) and reported, and the room opens with everything else. `apply` itself stays
 * pure and strict; the server's write path never stores an event it could not fold.
 */
import { FoldRun } from '../core/foldRun.js';
import { applyIn } from './apply.js';
import type { RoomEvent } from '../model/events.js';
import type { RoomState } from '../model/state.js';

/** Called once for each event that was skipped, with what `apply` threw. */
export type OnUnfoldable = (event: RoomEvent, error: unknown) => void;

/**
 * Folds `event` into `state` (as a step of `run`, when given: core/foldRun.ts), or on failure only
 * moves `seq`/`updatedAt` past it and calls `onSkip`.
 */
export function foldOneSafely(state: RoomState, event: RoomEvent, onSkip: OnUnfoldable, run?: FoldRun): RoomState {
  try {
    return applyIn(run, state, event);
  } catch (error) {
    onSkip(event, error);
    // A damaged record may lack a time; event times must never go backwards or become NaN.
    const at = Number.isFinite(event.at) ? Math.max(event.at, state.updatedAt) : state.updatedAt;
    return { ...state, seq: event.seq, updatedAt: at };
  }
}

/** `applyAll` for stored histories: every event that folds is folded, the rest skipped and reported. */
export function foldSafely(state: RoomState, events: readonly RoomEvent[], onSkip: OnUnfoldable): RoomState {
  const run = new FoldRun();
  return events.reduce((current, event) => foldOneSafely(current, event, onSkip, run), state);
}
