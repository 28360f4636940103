/**
 * The vote-burst load generator as a child process (see voteBurst.bench.ts for why): it obeys the
 * bench process over IPC — `connect`, `burst`, `close` — and answers each with `done` (and figures).
 */
import { VoteLoad, type LoadSpec } from './voteBurstLoad.js';

type Order = { type: 'connect'; spec: LoadSpec } | { type: 'burst' } | { type: 'close' } | { type: 'exit' };

const load = new VoteLoad();
process.on('message', (order: Order) => {
  void handle(order).then(
    (result) => process.send!({ type: 'done', result }),
    (error: unknown) =>
      process.send!({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});

async function handle(order: Order): Promise<unknown> {
  switch (order.type) {
    case 'connect':
      return load.connect(order.spec);
    case 'burst':
      return load.burst();
    case 'close':
      return load.close();
    case 'exit':
      load.close();
      return setImmediate(() => process.exit(0));
  }
}
