/**
 * One run of folds: the events of one message on a phone, or the commands of one group commit on
 * the server. `apply` never changes the state it is given, so a fold that adds one entry to a
 * record of N entries copies all N: 2,000 votes folded one by one copied 2 million ballots (on the
 * server and on every phone), a second and a half of CPU at the room's cap. Within a run, the first
 * addition copies the record once and the run owns that copy; the additions after it go into the
 * copy in place. Nothing the run did not make is ever changed, so the state a run starts from stays
 * as it was.
 *
 * The states between a run's first and last fold share the records it grows: only the run's last
 * state is a state to keep (an earlier one may already hold entries added after it). A run ends
 * when its owner drops it; the states it made are then as immutable as any other.
 */
export class FoldRun {
  private readonly made = new WeakSet<object>();

  /** Whether this run made `record` (and so may change it in place). */
  owns(record: object): boolean {
    return this.made.has(record);
  }

  /** `record` with `value` under `key`: the same record when this run made it, else a copy the run now owns. */
  set<T>(record: Record<string, T>, key: string, value: T): Record<string, T> {
    if (!this.made.has(record)) {
      const copy = { ...record, [key]: value };
      this.made.add(copy);
      return copy;
    }
    // Defined, not assigned: `record['__proto__'] = …` would set the prototype, not an entry.
    Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
    return record;
  }
}
