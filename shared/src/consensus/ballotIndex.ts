/**
 * A round's ballots by member, without reading them all. Deciding a vote asks which ballots the
 * voter (or their principal) already has; scanned, 2,000 votes read 2 million ballots. The index
 * belongs to one `ballots` record (by identity: states are never changed, so a record's index
 * stays true), is built on the first question about that record, and is kept true when a fold run
 * (core/foldRun.ts) adds to the record in place, which `setBallot` is the one way to do.
 */
import type { FoldRun } from '../core/foldRun.js';
import { own } from '../core/own.js';
import type { Ballot } from '../model/state.js';

type Ballots = Readonly<Record<string, Ballot>>;
/** Ballot ids by the member they are for, each list in the record's order. */
type Index = Map<string | null, string[]>;

const indexes = new WeakMap<Ballots, Index>();

function indexOf(ballots: Ballots): Index {
  let index = indexes.get(ballots);
  if (!index) {
    index = new Map();
    for (const [id, ballot] of Object.entries(ballots)) add(index, ballot.memberId, id);
    indexes.set(ballots, index);
  }
  return index;
}

function add(index: Index, memberId: string | null, id: string): void {
  const ids = index.get(memberId);
  if (ids) ids.push(id);
  else index.set(memberId, [id]);
}

/** The ballots for `memberId` (their own and any cast for them by proxy), as [ballotId, ballot], in the record's order. */
export function ballotsFor(ballots: Ballots, memberId: string | null): [string, Ballot][] {
  return (indexOf(ballots).get(memberId) ?? []).map((id) => [id, own(ballots, id)!]);
}

/** `ballots` with `ballot` under `id`: a copy, or within `run` the run's own record grown in place. */
export function setBallot(
  ballots: Record<string, Ballot>,
  id: string,
  ballot: Ballot,
  run: FoldRun | undefined,
): Record<string, Ballot> {
  if (!run?.owns(ballots)) return run ? run.set(ballots, id, ballot) : { ...ballots, [id]: ballot };
  const before = own(ballots, id);
  run.set(ballots, id, ballot);
  const index = indexes.get(ballots);
  if (!index || before?.memberId === ballot.memberId) return ballots;
  // A new ballot is the record's last entry, and so the last of its member's.
  if (!before) add(index, ballot.memberId, id);
  // A ballot now for someone else keeps its place in the record: simplest to index it again when asked.
  else indexes.delete(ballots);
  return ballots;
}
