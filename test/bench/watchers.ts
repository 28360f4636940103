/** Opening many watching screens for a bench: a few at a time, each welcomed before it counts. */
import { WireSocket } from './wireClient.js';

const CONNECT_CONCURRENCY = 50;

/**
 * Opens `count` connections, 50 at a time, as a hall's phones arrive over a minute: thousands of
 * handshakes in one instant overflow the listen backlog (ECONNRESET), on any server.
 */
export async function openAll<T>(count: number, open: (i: number) => Promise<T>): Promise<T[]> {
  const opened: T[] = new Array(count);
  let next = 0;
  let done = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      opened[i] = await open(i);
      done += 1;
      // Progress on stderr for the large rooms, whose connecting takes a while on a busy machine.
      if (done % 500 === 0)
        console.error(`  … ${done}/${count} connected in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONNECT_CONCURRENCY, count) }, worker));
  return opened;
}

/** A watcher, once its welcome arrived; `onDrop` hears of a connection lost afterwards. */
export function openWatcher(
  url: string,
  auth: Record<string, unknown>,
  onDrop: (reason: string) => void = () => undefined,
): Promise<WireSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WireSocket(url, auth, (reason) => {
      reject(new Error(`a watcher was dropped: ${reason}`));
      onDrop(reason);
    });
    socket.on('connect_error', (error) => reject(error as Error));
    socket.on('welcome', () => resolve(socket));
  });
}
