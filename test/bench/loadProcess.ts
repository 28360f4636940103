/**
 * The bench's side of a load generator in a child process (loadChild.ts): `forkLoad(kind)` gives the
 * generator's public methods, each sent to the child as an order and resolved with its answer (one
 * order at a time per child), and `exit()`, which ends the child.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ManyRoomsLoad } from './manyRoomsLoad.js';
import type { StormLoad } from './stormLoad.js';
import type { VoteLoad } from './voteBurstLoad.js';

/** The load generators a child can run, by the name given on its command line. */
export interface Loads {
  manyRooms: ManyRoomsLoad;
  storm: StormLoad;
  voteBurst: VoteLoad;
}
export type LoadKind = keyof Loads;

/** One order over IPC: the generator's method and its arguments (`exit` ends the child). */
export interface LoadOrder {
  method: string;
  args: unknown[];
}

/** A generator's methods as seen from the bench: every answer arrives later. */
export type RemoteLoad<L> = {
  [M in keyof L]: L[M] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
} & { exit(): Promise<void> };

export function forkLoad<K extends LoadKind>(kind: K): RemoteLoad<Loads[K]> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./loadChild.ts', import.meta.url)), [kind], {
    cwd: fileURLToPath(new URL('..', import.meta.url)), // where `--import tsx` resolves from
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  const order = (method: string, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      child.once('message', (answer: { type: string; result?: unknown; message?: string }) =>
        answer.type === 'done' ? resolve(answer.result) : reject(new Error(answer.message)),
      );
      child.send({ method, args } satisfies LoadOrder);
    });
  const exit = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send({ method: 'exit', args: [] } satisfies LoadOrder);
    await exited;
  };
  // `then` stays undefined, so that the generator is not taken for a promise when returned or awaited.
  return new Proxy({} as RemoteLoad<Loads[K]>, {
    get: (_, method: string) =>
      method === 'then' ? undefined : method === 'exit' ? exit : (...args: unknown[]) => order(method, args),
  });
}
