/**
 * One token bucket per key (an address, a room and an address), created on first use. The map is
 * bounded: past `maxKeys` the longest-unused key is forgotten, which can only ever give that key a
 * fresh, full bucket, never refuse anyone. A key whose bucket is full is the same as no key.
 */
import { TokenBucket } from './tokenBucket.js';

export interface Rate {
  /** Actions allowed at once. */
  burst: number;
  /** Refill, in actions per second. */
  perSecond: number;
}

export class KeyedBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly rate: Rate,
    private readonly clock: () => number = Date.now,
    private readonly maxKeys = 50_000,
  ) {}

  /** Takes one action for `key`; false when its bucket is empty. */
  take(key: string): boolean {
    return this.bucket(key).take();
  }

  /** Whether `key` could act now, without taking anything (an unknown key always can). */
  peek(key: string): boolean {
    return this.buckets.get(key)?.peek() ?? true;
  }

  private bucket(key: string): TokenBucket {
    let bucket = this.buckets.get(key);
    if (bucket) {
      this.buckets.delete(key); // re-inserted below: the map's order is the order of last use
    } else {
      bucket = new TokenBucket(this.rate.burst, this.rate.perSecond, this.clock);
      if (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    }
    this.buckets.set(key, bucket);
    return bucket;
  }
}
