/** The fan-out measure of the broadcast benches (broadcast.bench.ts, clusterFanOut.bench.ts). */
import { summarize, type Summary } from './stats.js';

/** A screen that hears the room's broadcasts: a WireSocket, or a test client's socket. */
export interface Watcher {
  on(event: 'events', listener: () => void): unknown;
}

/**
 * Sends `messages` one at a time (`send(i)`) and waits each time until every watcher has heard it:
 * the latency per message, summarized. `dropped` rejects when a watcher is lost, and the wait ends.
 */
export async function measureFanOut(
  send: (i: number) => void,
  watchers: readonly Watcher[],
  messages: number,
  dropped?: Promise<never>,
): Promise<Summary> {
  let pending = 0;
  let done: () => void = () => undefined;
  for (const w of watchers) {
    w.on('events', () => {
      pending -= 1;
      if (pending === 0) done();
    });
  }
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < messages; i += 1) {
    const t0 = performance.now();
    const received = new Promise<void>((resolve) => {
      pending = watchers.length;
      done = resolve;
      send(i);
    });
    await (dropped ? Promise.race([received, dropped]) : received);
    samples.push(performance.now() - t0);
  }
  return summarize(samples, performance.now() - started);
}
