/** The state of the floor: raised hands, the speaker, and finished turns. */
import type { HandKind } from '../core/vocabulary.js';

export interface QueueEntry {
  memberId: string;
  kind: HandKind;
  raisedAt: number;
}

/** The member who has the floor. Time spoken is derived from these fields, never broadcast per second. */
export interface Speaker {
  /**
   * Names this turn: the seq of its `speaker.started` event, so every turn has its own, even the same
   * member's next one. Commands on the floor carry it (`queue.stale` when it is no longer current).
   */
  turnId: number;
  memberId: string;
  itemId: string | null;
  kind: HandKind;
  startedAt: number;
  /** The limit at the start of the turn plus extensions; null when turns are not timed. */
  limitSec: number | null;
  /** Set while paused. */
  pausedAt: number | null;
  /** Paused time before `pausedAt`, excluded from the time spoken. */
  pausedMs: number;
}

/** One finished turn at speaking, for participation figures. */
export interface Turn {
  memberId: string;
  itemId: string | null;
  kind: HandKind;
  startedAt: number;
  spokenMs: number;
}
