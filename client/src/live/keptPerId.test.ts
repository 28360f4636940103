import { afterEach, describe, expect, it, vi } from 'vitest';
import { keptPerId } from './keptPerId';
import { memoryStorage } from './memoryStorage';

interface Pair {
  a: string;
  b: number;
}
const kept = keptPerId<Pair>('test:', ({ a, b }, id) => (typeof a === 'string' && b === id.length ? { a, b } : null));

afterEach(() => vi.unstubAllGlobals());

describe('a record kept per id', () => {
  it('is read back as saved, under its own key, until forgotten', () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    expect(kept.load('xyz')).toBeNull();
    kept.save('xyz', { a: 'one', b: 3 });
    expect(storage.items.get('test:xyz')).toBe('{"a":"one","b":3}');
    expect(kept.load('xyz')).toEqual({ a: 'one', b: 3 });
    kept.forget('xyz');
    expect(kept.load('xyz')).toBeNull();
  });

  it('is null when what is stored is not one (another shape, not JSON, not an object)', () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    for (const text of ['{"a":"one","b":4}', '{', '"text"', 'null', '[]']) {
      storage.items.set('test:xyz', text);
      expect(kept.load('xyz'), text).toBeNull();
    }
  });

  it('never throws when storage is disabled', () => {
    const refuse = () => {
      throw new Error('SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: refuse, setItem: refuse, removeItem: refuse });
    expect(() => kept.save('xyz', { a: 'one', b: 3 })).not.toThrow();
    expect(kept.load('xyz')).toBeNull();
    expect(() => kept.forget('xyz')).not.toThrow();
  });
});
