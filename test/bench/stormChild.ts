/**
 * The reconnect storm's load generator as a child process (as voteBurstChild.ts): `connect`, `cut`,
 * `reconnect`, `close`, each answered with `done` (and figures).
 */
import { StormLoad, type StormSpec } from './stormLoad.js';

type Order =
  | { type: 'connect'; spec: StormSpec }
  | { type: 'cut' }
  | { type: 'reconnect'; targetSeq: number; timeoutMs: number }
  | { type: 'close' }
  | { type: 'exit' };

const load = new StormLoad();
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
    case 'cut':
      return load.cut();
    case 'reconnect':
      return load.reconnect(order.targetSeq, order.timeoutMs);
    case 'close':
      return load.close();
    case 'exit':
      load.close();
      return setImmediate(() => process.exit(0));
  }
}
