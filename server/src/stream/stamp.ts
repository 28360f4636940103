/**
 * The one place an event gets its place in a stream: its seq (one after the last), its time and who
 * caused it. Every stream's first event and every committed batch is stamped here, so what each
 * stored event carries, and its link to the one before it (chain.ts), is decided in one function.
 */
import { chainEvents, type ChainLink } from './chain.js';

/** What stamping adds to an event's body. */
export interface EventStamp {
  seq: number;
  /** Milliseconds since the epoch. */
  at: number;
  /** The acting member's id; null for a console without one or the server. */
  actor: string | null;
}

export type Stamped<B> = B & EventStamp;

/**
 * `bodies` stamped as the events after `afterSeq`, at `at`, by `actor`, and hash-chained after `prev`
 * (the hash of the event at `afterSeq`; null when there is none or it was stored before the chain).
 */
export function stampEvents<B extends object>(
  bodies: readonly B[],
  afterSeq: number,
  at: number,
  actor: string | null,
  prev: string | null,
): (Stamped<B> & ChainLink)[] {
  return chainEvents(
    bodies.map((body, i) => ({ ...body, seq: afterSeq + i + 1, at, actor })),
    prev,
  );
}
