/**
 * The store as the rooms use it, with each append timed for `dr_store_append_seconds`. A proxy, not
 * a subclass: every other method (and an adapter's own extras, like SQLite's `eventCommits`) passes
 * through untouched, whichever adapter is behind it.
 */
import type { Store } from '../store/store.js';
import type { ServerMetrics } from './metrics.js';

export function instrumentStore<S extends Store>(store: S, metrics: Pick<ServerMetrics, 'appended'>): S {
  const append: Store['appendEvents'] = async (...args) => {
    const started = process.hrtime.bigint();
    try {
      return await store.appendEvents(...args);
    } finally {
      metrics.appended(Number(process.hrtime.bigint() - started) / 1e9);
    }
  };
  return new Proxy(store, {
    get(target, key) {
      if (key === 'appendEvents') return append;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
