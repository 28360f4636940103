/**
 * Recomputes a stream's hash chain (stream/chain.ts) and the rounds' text fingerprints, and finds
 * where the record was changed, removed or reordered. Pure over the events as given: the store's
 * (`GET /api/rooms/:roomId/verify`) or an archive's `events.ndjson` (`pnpm verify-archive`).
 */
import { hashText } from '@dr/shared';
import { fingerprint, linkHash, SECRET_FIELDS, type ChainLink } from '../stream/chain.js';

/** One thing found wrong, and where (seqs as the events carry them). */
export type ChainProblem =
  /** The event's content no longer matches its own hash. */
  | { kind: 'changed'; seq: number }
  /** The event does not follow the hash of the event before it: that one was replaced or removed. */
  | { kind: 'brokenLink'; seq: number }
  /** Seqs missing between two events (or after the last, against the expected head). */
  | { kind: 'removed'; fromSeq: number; toSeq: number }
  /** The event comes after an event with a higher seq. */
  | { kind: 'reordered'; seq: number; afterSeq: number }
  /** An event without a hash after the chain began. */
  | { kind: 'unchained'; seq: number }
  /** A round's frozen text no longer matches its fingerprint. */
  | { kind: 'roundText'; seq: number; roundId: string }
  /** The last event is not the head the archive's manifest names. */
  | { kind: 'head'; seq: number }
  /** An archive's file differs from the digest its manifest names, or is missing. */
  | { kind: 'file'; file: string }
  /** A line of `events.ndjson` is not an event. */
  | { kind: 'unreadable'; line: number };

export interface ChainReport {
  ok: boolean;
  /** How many events were checked. */
  events: number;
  /** The first chained event's seq (events before it predate the chain), or null when none is chained. */
  chainedFrom: number | null;
  /** The last event's seq and hash, and its short fingerprint. */
  head: { seq: number; hash: string | null; fingerprint: string | null } | null;
  /** Personal fields erased (their digest kept in place of the salt). */
  erased: number;
  problems: ChainProblem[];
}

type Checked = { seq: number; type?: string; text?: string; textHash?: string; roundId?: string } & Partial<ChainLink>;

/** Checks `events` in the order given; `expectedHead` (an archive's manifest) also catches a cut-off tail. */
export async function verifyChain(
  events: readonly object[],
  expectedHead?: { seq: number; hash: string | null },
): Promise<ChainReport> {
  const list = events as readonly Checked[];
  const problems: ChainProblem[] = [];
  const bySeq = new Map(list.map((e) => [e.seq, e]));
  const seqs = [...bySeq.keys()].sort((a, b) => a - b);
  for (let i = 1; i < list.length; i += 1) {
    if (list[i]!.seq < list[i - 1]!.seq)
      problems.push({ kind: 'reordered', seq: list[i]!.seq, afterSeq: list[i - 1]!.seq });
  }
  for (let i = 0; i < seqs.length; i += 1) {
    const expected = i === 0 ? 1 : seqs[i - 1]! + 1;
    if (seqs[i]! > expected) problems.push({ kind: 'removed', fromSeq: expected, toSeq: seqs[i]! - 1 });
  }
  let chainedFrom: number | null = null;
  let erased = 0;
  for (const seq of seqs) {
    const event = bySeq.get(seq)!;
    if (event.hash === undefined) {
      if (chainedFrom !== null) problems.push({ kind: 'unchained', seq });
      continue;
    }
    chainedFrom ??= seq;
    // A secret's digest is how every archive keeps it (withoutSecrets), not an erasure.
    const secrets = SECRET_FIELDS[event.type ?? ''] ?? [];
    erased += Object.entries(event.seals ?? {}).filter(
      ([field, s]) => 'digest' in s && !secrets.includes(field),
    ).length;
    if (linkHash(event, event.prev ?? null) !== event.hash) problems.push({ kind: 'changed', seq });
    const before = bySeq.get(seq - 1);
    const beforeHash = before?.hash ?? null;
    if (before && seq !== chainedFrom && event.prev !== beforeHash) problems.push({ kind: 'brokenLink', seq });
    if (!before && seq > 1 && seq === chainedFrom && event.prev !== null) problems.push({ kind: 'brokenLink', seq });
    if (event.type === 'consensus.opened' && event.text !== undefined) {
      if ((await hashText(event.text)) !== event.textHash)
        problems.push({ kind: 'roundText', seq, roundId: event.roundId ?? '' });
    }
  }
  const last = seqs.length > 0 ? bySeq.get(seqs.at(-1)!)! : null;
  if (expectedHead && (!last || last.seq !== expectedHead.seq || (last.hash ?? null) !== expectedHead.hash)) {
    if (last && last.seq < expectedHead.seq)
      problems.push({ kind: 'removed', fromSeq: last.seq + 1, toSeq: expectedHead.seq });
    else problems.push({ kind: 'head', seq: last?.seq ?? 0 });
  }
  const hash = last?.hash ?? null;
  return {
    ok: problems.length === 0,
    events: list.length,
    chainedFrom,
    head: last ? { seq: last.seq, hash, fingerprint: fingerprint(hash) } : null,
    erased,
    problems,
  };
}
