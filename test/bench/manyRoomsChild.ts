/** The many-rooms load generator as a child process (as voteBurstChild.ts): `connect`, `run`, `close`. */
import { ManyRoomsLoad, type ManySpec } from './manyRoomsLoad.js';

type Order =
  | { type: 'connect'; spec: ManySpec }
  | { type: 'run'; periodMs: number; durationMs: number }
  | { type: 'close' }
  | { type: 'exit' };

const load = new ManyRoomsLoad();
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
    case 'run':
      return load.run(order.periodMs, order.durationMs);
    case 'close':
      return load.close();
    case 'exit':
      load.close();
      return setImmediate(() => process.exit(0));
  }
}
