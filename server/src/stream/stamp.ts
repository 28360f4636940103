/**
 * The one place an event gets its place in a stream: its seq (one after the last), its time and who
 * caused it. Every stream's first event and every committed batch is stamped here, so what each
 * stored event carries (and later a link to the one before it) is decided in one function.
 */

/** What stamping adds to an event's body. */
export interface EventStamp {
  seq: number;
  /** Milliseconds since the epoch. */
  at: number;
  /** The acting member's id; null for a console without one or the server. */
  actor: string | null;
}

export type Stamped<B> = B & EventStamp;

/** `bodies` stamped as the events after `afterSeq`, at `at`, by `actor`. */
export function stampEvents<B extends object>(
  bodies: readonly B[],
  afterSeq: number,
  at: number,
  actor: string | null,
): Stamped<B>[] {
  return bodies.map((body, i) => ({ ...body, seq: afterSeq + i + 1, at, actor }));
}
