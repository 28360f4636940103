/**
 * A load generator in a child process (the benches' phones bring their own CPUs: see
 * voteBurst.bench.ts): `loadChild.ts <kind>` makes the generator named by `kind` and obeys the bench
 * process over IPC, calling the method each order names and answering with `done` (and its figures)
 * or `failed`. `exit` closes the generator and ends the process. The bench's side is loadProcess.ts.
 */
import type { LoadKind, LoadOrder, Loads } from './loadProcess.js';
import { ManyRoomsLoad } from './manyRoomsLoad.js';
import { StormLoad } from './stormLoad.js';
import { VoteLoad } from './voteBurstLoad.js';

const makers: { [K in LoadKind]: () => Loads[K] } = {
  manyRooms: () => new ManyRoomsLoad(),
  storm: () => new StormLoad(),
  voteBurst: () => new VoteLoad(),
};

const kind = process.argv[2] as LoadKind;
if (!(kind in makers)) throw new Error(`loadChild: no load generator "${kind}"`);
const load = makers[kind]() as unknown as Record<string, (...args: unknown[]) => unknown> & { close(): void };

process.on('message', ({ method, args }: LoadOrder) => {
  if (method === 'exit') {
    load.close();
    return setImmediate(() => process.exit(0));
  }
  void Promise.resolve()
    .then(() => load[method]!(...args))
    .then(
      (result) => process.send!({ type: 'done', result }),
      (error: unknown) =>
        process.send!({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
});
