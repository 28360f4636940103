/**
 * Lookups in keyed records that see only the record's own entries. Ids in commands come from
 * clients, and the state travels as JSON, so its records are plain objects with a prototype:
 * `state.items['constructor']` would find `Object` and a fold would throw on it. Every read of the
 * state's keyed records by a key goes through `own` (an ESLint rule holds the code to it), and
 * tallies keyed by free text (group names) start from `dictionary()`, so no key can set a prototype.
 */

/** The entry of `record` under `key` when it is the record's own, else undefined (never a built-in). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Whether `record` has its own entry under `key` (`constructor`, `__proto__` … are never entries). */
export function hasOwnEntry(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.hasOwn(record, key);
}

/**
 * An empty record without a prototype, for records filled by assignment under keys that may come
 * from people (a group called `__proto__` is then an entry like any other, not the prototype).
 */
export function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The own entries of `record` under `keys`, in that order; keys without an entry are left out. */
export function ownEntries<T>(record: Readonly<Record<string, T>>, keys: readonly string[]): T[] {
  return keys.flatMap((key) => (Object.hasOwn(record, key) ? [record[key] as T] : []));
}
