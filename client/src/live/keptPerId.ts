/**
 * One kind of record this browser keeps per id in localStorage (`<prefix><id>`, as JSON): the
 * members' credentials per room and per council, the last room state seen. Read back only when
 * `read` accepts what is stored (a copy from another version, or edited by hand, is null); writing
 * and forgetting never fail, since storage may be disabled or full (the record then lasts as long
 * as the page).
 */
export interface KeptPerId<T> {
  load: (id: string) => T | null;
  save: (id: string, value: T) => void;
  forget: (id: string) => void;
}

export function keptPerId<T>(prefix: string, read: (stored: Partial<T>, id: string) => T | null): KeptPerId<T> {
  const keyFor = (id: string) => `${prefix}${id}`;
  return {
    load(id) {
      try {
        const parsed: unknown = JSON.parse(localStorage.getItem(keyFor(id)) ?? 'null');
        return parsed && typeof parsed === 'object' ? read(parsed as Partial<T>, id) : null;
      } catch {
        return null;
      }
    },
    save(id, value) {
      try {
        localStorage.setItem(keyFor(id), JSON.stringify(value));
      } catch {
        // Storage full or disabled: see above.
      }
    },
    forget(id) {
      try {
        localStorage.removeItem(keyFor(id));
      } catch {
        // Nothing stored.
      }
    },
  };
}
